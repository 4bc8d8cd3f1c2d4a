package ua.hromada.registry.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import ua.hromada.registry.api.organisation.FindOrganisationQuery;
import ua.hromada.registry.api.organisation.FindOrganisationsQuery;
import ua.hromada.registry.api.organisation.OrganisationId;
import ua.hromada.registry.api.organisation.OrganisationKind;
import ua.hromada.registry.api.organisation.OrganisationPage;
import ua.hromada.registry.api.organisation.OrganisationRegistration;
import ua.hromada.registry.api.organisation.OrganisationView;
import ua.hromada.registry.api.organisation.RegisterOrganisationCommand;
import ua.hromada.tenancy.TenantContext;
import ua.hromada.web.problem.NotFoundException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The register of organisations over HTTP, for the caller's council. Clients see and choose plain ids; inside, each
 * is scoped to the caller's tenant, so another council's organisation is simply not found. Reads come from the
 * directory projection, which follows the event store shortly after a write: a GET right after a POST may not see
 * it yet.
 */
@RestController
@RequestMapping(OrganisationController.PATH)
class OrganisationController {

    static final String PATH = "/api/registry/organisations";

    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";
    static final String ID_RULE =
            "must be 1 to 100 letters, digits, '.', '_', ':' or '-', starting with a letter or digit";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final TenantContext tenantContext;

    OrganisationController(CommandGateway commandGateway, QueryGateway queryGateway, TenantContext tenantContext) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.tenantContext = tenantContext;
    }

    /**
     * Answers 201 for a new organisation and 200 for an identical repeat. A client that does not choose ids can
     * still retry safely by sending an {@code Idempotency-Key}: the id is derived from it.
     */
    @PostMapping
    ResponseEntity<RegisteredOrganisation> register(
            @Valid @RequestBody RegisterOrganisationRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        String clientId = chooseClientId(request.id(), idempotencyKey);
        OrganisationRegistration registration = commandGateway.sendAndWait(new RegisterOrganisationCommand(
                inCallersCouncil(clientId), request.kind(), request.name(), request.registeredOn(), request.party(),
                request.code()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(clientId).toUri();
        RegisteredOrganisation body = new RegisteredOrganisation(clientId);
        return registration.newlyRegistered()
                ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    @GetMapping("/{id}")
    OrganisationView find(@PathVariable @Pattern(regexp = ID_PATTERN, message = ID_RULE) String id) {
        return queryGateway.query(new FindOrganisationQuery(inCallersCouncil(id)),
                        ResponseTypes.optionalInstanceOf(OrganisationView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("not_found", "id", "No organisation with id " + id + "."));
    }

    @GetMapping
    OrganisationPage list(@RequestParam(required = false) OrganisationKind kind,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queryGateway.query(new FindOrganisationsQuery(kind, page, size),
                ResponseTypes.instanceOf(OrganisationPage.class)).join();
    }

    private OrganisationId inCallersCouncil(String clientId) {
        return OrganisationId.of(tenantContext.scope(clientId).value());
    }

    /** The same Idempotency-Key in two councils names two organisations, because ids are scoped afterwards. */
    private static String chooseClientId(String requestedId, String idempotencyKey) {
        if (requestedId != null) {
            return requestedId;
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            return UUID.nameUUIDFromBytes(("organisation:" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
                    .toString();
        }
        return UUID.randomUUID().toString();
    }

    /** The answer to a registration: {@code {"id": "<client id>"}}. */
    record RegisteredOrganisation(String id) {
    }
}

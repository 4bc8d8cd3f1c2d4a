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
import ua.hromada.web.problem.NotFoundException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The register of organisations over HTTP. Reads come from the directory projection, which follows the
 * event store shortly after a write: a GET right after a POST may not see it yet.
 */
@RestController
@RequestMapping("/api/registry/organisations")
class OrganisationController {

    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";
    static final String ID_RULE =
            "must be 1 to 100 letters, digits, '.', '_', ':' or '-', starting with a letter or digit";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    OrganisationController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    /**
     * Answers 201 for a new organisation and 200 for an identical repeat. A client that does not choose ids can
     * still retry safely by sending an {@code Idempotency-Key}: the id is derived from it.
     */
    @PostMapping
    ResponseEntity<RegisteredOrganisation> register(
            @Valid @RequestBody RegisterOrganisationRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        OrganisationId organisationId = chooseId(request.id(), idempotencyKey);
        OrganisationRegistration registration = commandGateway.sendAndWait(new RegisterOrganisationCommand(
                organisationId, request.kind(), request.name(), request.registeredOn(), request.party(),
                request.code()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(organisationId.value()).toUri();
        RegisteredOrganisation body = new RegisteredOrganisation(organisationId);
        return registration.newlyRegistered()
                ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    @GetMapping("/{id}")
    OrganisationView find(@PathVariable @Pattern(regexp = ID_PATTERN, message = ID_RULE) String id) {
        return queryGateway.query(new FindOrganisationQuery(OrganisationId.of(id)),
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

    private static OrganisationId chooseId(String requestedId, String idempotencyKey) {
        if (requestedId != null) {
            return OrganisationId.of(requestedId);
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            return OrganisationId.of(UUID.nameUUIDFromBytes(
                    ("organisation:" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString());
        }
        return OrganisationId.random();
    }

    /** The answer to a registration: {@code {"id": "..."}}. */
    record RegisteredOrganisation(OrganisationId id) {
    }
}

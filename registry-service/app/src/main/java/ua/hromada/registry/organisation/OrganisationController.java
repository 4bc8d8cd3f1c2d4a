package ua.hromada.registry.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
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
import ua.hromada.registry.api.organisation.AmendOrganisationCommand;
import ua.hromada.registry.api.organisation.CorrectOrganisationCommand;
import ua.hromada.registry.api.organisation.CountOrganisationsQuery;
import ua.hromada.registry.api.organisation.FindOrganisationQuery;
import ua.hromada.registry.api.organisation.FindOrganisationsQuery;
import ua.hromada.registry.api.organisation.LiquidateOrganisationCommand;
import ua.hromada.registry.api.organisation.OrganisationCount;
import ua.hromada.registry.api.organisation.OrganisationDetails;
import ua.hromada.registry.api.organisation.OrganisationId;
import ua.hromada.registry.api.organisation.OrganisationKind;
import ua.hromada.registry.api.organisation.OrganisationPage;
import ua.hromada.registry.api.organisation.OrganisationStatus;
import ua.hromada.registry.api.organisation.OrganisationView;
import ua.hromada.registry.api.organisation.RegisterOrganisationCommand;
import ua.hromada.registry.api.organisation.RenameOrganisationCommand;
import ua.hromada.registry.api.organisation.WithdrawOrganisationCommand;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.registry.record.ClientIds;
import ua.hromada.registry.record.ExpectedVersion;
import ua.hromada.registry.record.ListRequest;
import ua.hromada.registry.record.RecordReference;
import ua.hromada.registry.record.WithdrawalRequest;
import ua.hromada.tenancy.TenantContext;
import ua.hromada.web.problem.NotFoundException;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

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
    private static final String IF_MATCH = "If-Match";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final TenantContext tenantContext;
    private final Clock clock;

    OrganisationController(CommandGateway commandGateway, QueryGateway queryGateway, TenantContext tenantContext,
                           Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.tenantContext = tenantContext;
        this.clock = clock;
    }

    /** Answers 201 for a new organisation and 200 for an identical repeat. */
    @PostMapping
    ResponseEntity<RecordReference> register(
            @Valid @RequestBody RegisterOrganisationRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        String clientId = ClientIds.choose("organisation", request.id(), idempotencyKey);
        CreationOutcome outcome = commandGateway.sendAndWait(registration(inCallersCouncil(clientId), request));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(clientId).toUri();
        RecordReference body = new RecordReference(clientId);
        return outcome.created()
                ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    static RegisterOrganisationCommand registration(OrganisationId id, RegisterOrganisationRequest request) {
        return new RegisterOrganisationCommand(id, request.kind(), request.name(), request.registeredOn(),
                request.liquidatedOn(), request.party(), request.code());
    }

    @PostMapping("/{id}/amendment")
    RecordReference amend(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                          @Valid @RequestBody OrganisationChangeRequests.Amendment request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new AmendOrganisationCommand(inCallersCouncil(id), request.party(),
                request.code(), request.amendedOn()), ifMatch);
        return new RecordReference(id);
    }

    @PostMapping("/{id}/renaming")
    RecordReference rename(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                           @Valid @RequestBody OrganisationChangeRequests.Renaming request,
                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new RenameOrganisationCommand(inCallersCouncil(id), request.name(),
                request.renamedOn()), ifMatch);
        return new RecordReference(id);
    }

    @PostMapping("/{id}/liquidation")
    RecordReference liquidate(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                              @Valid @RequestBody OrganisationChangeRequests.Liquidation request,
                              @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new LiquidateOrganisationCommand(inCallersCouncil(id),
                request.liquidatedOn()), ifMatch);
        return new RecordReference(id);
    }

    @PostMapping("/{id}/correction")
    RecordReference correct(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody OrganisationChangeRequests.Correction request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new CorrectOrganisationCommand(inCallersCouncil(id),
                new OrganisationDetails(request.kind(), request.name(), request.registeredOn(), request.liquidatedOn(),
                        request.party(), request.code()), request.reason()), ifMatch);
        return new RecordReference(id);
    }

    @PostMapping("/{id}/withdrawal")
    RecordReference withdraw(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                             @Valid @RequestBody WithdrawalRequest request,
                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new WithdrawOrganisationCommand(inCallersCouncil(id), request.reason()),
                ifMatch);
        return new RecordReference(id);
    }

    /** The organisation with its version as {@code ETag}, for a later change to name in {@code If-Match}. */
    @GetMapping("/{id}")
    ResponseEntity<OrganisationView> find(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id) {
        OrganisationView organisation = queryGateway.query(new FindOrganisationQuery(inCallersCouncil(id)),
                        ResponseTypes.optionalInstanceOf(OrganisationView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("not_found", "id", "No organisation with id " + id + "."));
        return ResponseEntity.ok().eTag(ExpectedVersion.etagOf(organisation.version())).body(organisation);
    }

    /** Organisations by name; withdrawn ones only with {@code status=withdrawn}. */
    @GetMapping
    OrganisationPage list(
            @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) OrganisationStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + ListRequest.DEFAULT_SIZE) @Min(1) @Max(ListRequest.MAX_SIZE) int size) {
        return queryGateway.query(new FindOrganisationsQuery(ListRequest.filter(kind, status, from, to, text, page,
                size)), ResponseTypes.instanceOf(OrganisationPage.class)).join();
    }

    /** How many organisations (of a kind) the register held at the end of {@code asOf}, by default today. */
    @GetMapping("/count")
    OrganisationCount count(
            @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        return queryGateway.query(new CountOrganisationsQuery(kind, day),
                ResponseTypes.instanceOf(OrganisationCount.class)).join();
    }

    private OrganisationId inCallersCouncil(String clientId) {
        return OrganisationId.of(tenantContext.scope(clientId).value());
    }
}

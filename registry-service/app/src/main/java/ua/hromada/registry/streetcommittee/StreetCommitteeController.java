package ua.hromada.registry.streetcommittee;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.registry.api.streetcommittee.CorrectStreetCommitteeCommand;
import ua.hromada.registry.api.streetcommittee.CorrectStreetCommitteeElectionCommand;
import ua.hromada.registry.api.streetcommittee.CountStreetCommitteesQuery;
import ua.hromada.registry.api.streetcommittee.DissolveStreetCommitteeCommand;
import ua.hromada.registry.api.streetcommittee.EstablishStreetCommitteeCommand;
import ua.hromada.registry.api.streetcommittee.FindStreetCommitteeQuery;
import ua.hromada.registry.api.streetcommittee.FindStreetCommitteesQuery;
import ua.hromada.registry.api.streetcommittee.RecordStreetCommitteeElectionCommand;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeCount;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeDetails;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeId;
import ua.hromada.registry.api.streetcommittee.StreetCommitteePage;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeStatus;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeView;
import ua.hromada.registry.api.streetcommittee.WithdrawStreetCommitteeCommand;
import ua.hromada.registry.api.streetcommittee.WithdrawStreetCommitteeElectionCommand;
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
 * The register of street committees over HTTP, for the caller's council. Clients see and choose plain ids; inside,
 * each is scoped to the caller's tenant, so another council's committee is simply not found. Reads come from the
 * directory projection, which follows the event store shortly after a write: a GET right after a POST may not see
 * it yet.
 */
@RestController
@RequestMapping(StreetCommitteeController.PATH)
class StreetCommitteeController {

    static final String PATH = "/api/registry/street-committees";
    private static final String IF_MATCH = "If-Match";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final TenantContext tenantContext;
    private final Clock clock;

    StreetCommitteeController(CommandGateway commandGateway, QueryGateway queryGateway, TenantContext tenantContext,
                              Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.tenantContext = tenantContext;
        this.clock = clock;
    }

    /** Answers 201 for a new committee and 200 for an identical repeat. */
    @PostMapping
    ResponseEntity<RecordReference> establish(
            @Valid @RequestBody EstablishStreetCommitteeRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        String clientId = ClientIds.choose("street-committee", request.id(), idempotencyKey);
        CreationOutcome outcome = commandGateway.sendAndWait(establishment(inCallersCouncil(clientId), request));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(clientId).toUri();
        RecordReference body = new RecordReference(clientId);
        return outcome.created()
                ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    static EstablishStreetCommitteeCommand establishment(StreetCommitteeId id,
                                                         EstablishStreetCommitteeRequest request) {
        return new EstablishStreetCommitteeCommand(id, request.street(), request.establishedOn(),
                request.dissolvedOn());
    }

    @PostMapping("/{id}/dissolution")
    RecordReference dissolve(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                             @Valid @RequestBody StreetCommitteeChangeRequests.Dissolution request,
                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new DissolveStreetCommitteeCommand(inCallersCouncil(id),
                request.dissolvedOn()), ifMatch);
        return new RecordReference(id);
    }

    @PostMapping("/{id}/correction")
    RecordReference correct(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody StreetCommitteeChangeRequests.Correction request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new CorrectStreetCommitteeCommand(inCallersCouncil(id),
                new StreetCommitteeDetails(request.street(), request.establishedOn(), request.dissolvedOn()),
                request.reason()), ifMatch);
        return new RecordReference(id);
    }

    @PostMapping("/{id}/withdrawal")
    RecordReference withdraw(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                             @Valid @RequestBody WithdrawalRequest request,
                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new WithdrawStreetCommitteeCommand(inCallersCouncil(id),
                request.reason()), ifMatch);
        return new RecordReference(id);
    }

    /**
     * Records an election; answers 201 with the election's id when it is new and 200 for an identical repeat. The
     * election shows in the committee's view.
     */
    @PostMapping("/{id}/elections")
    ResponseEntity<RecordReference> recordElection(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @Valid @RequestBody StreetCommitteeChangeRequests.Election request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        String electionId = ClientIds.choose("street-committee-election:" + id, request.id(), idempotencyKey);
        CreationOutcome outcome = ExpectedVersion.send(commandGateway, new RecordStreetCommitteeElectionCommand(
                inCallersCouncil(id), electionId, request.heldOn(), request.headName()), ifMatch);
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new RecordReference(electionId));
    }

    @PostMapping("/{id}/elections/{electionId}/correction")
    RecordReference correctElection(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String electionId,
            @Valid @RequestBody StreetCommitteeChangeRequests.ElectionCorrection request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new CorrectStreetCommitteeElectionCommand(inCallersCouncil(id),
                electionId, request.heldOn(), request.headName(), request.reason()), ifMatch);
        return new RecordReference(electionId);
    }

    @PostMapping("/{id}/elections/{electionId}/withdrawal")
    RecordReference withdrawElection(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String electionId,
            @Valid @RequestBody WithdrawalRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new WithdrawStreetCommitteeElectionCommand(inCallersCouncil(id),
                electionId, request.reason()), ifMatch);
        return new RecordReference(electionId);
    }

    /** The committee with its version as {@code ETag}, for a later change to name in {@code If-Match}. */
    @GetMapping("/{id}")
    ResponseEntity<StreetCommitteeView> find(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id) {
        StreetCommitteeView committee = queryGateway.query(new FindStreetCommitteeQuery(inCallersCouncil(id)),
                        ResponseTypes.optionalInstanceOf(StreetCommitteeView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("not_found", "id", "No street committee with id " + id
                        + "."));
        return ResponseEntity.ok().eTag(ExpectedVersion.etagOf(committee.version())).body(committee);
    }

    /** Committees by street; withdrawn ones only with {@code status=withdrawn}; dates filter the establishment. */
    @GetMapping
    StreetCommitteePage list(
            @RequestParam(required = false) StreetCommitteeStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + ListRequest.DEFAULT_SIZE) @Min(1) @Max(ListRequest.MAX_SIZE) int size) {
        return queryGateway.query(new FindStreetCommitteesQuery(ListRequest.filter(null, status, from, to, text, page,
                size)), ResponseTypes.instanceOf(StreetCommitteePage.class)).join();
    }

    /** How many street committees worked at the end of {@code asOf}, by default today. */
    @GetMapping("/count")
    StreetCommitteeCount count(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        return queryGateway.query(new CountStreetCommitteesQuery(day),
                ResponseTypes.instanceOf(StreetCommitteeCount.class)).join();
    }

    private StreetCommitteeId inCallersCouncil(String clientId) {
        return StreetCommitteeId.of(tenantContext.scope(clientId).value());
    }
}

package ua.hromada.registry.streetcommittee;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import ua.hromada.registry.record.ListRequest;
import ua.hromada.registry.record.RecordEndpoints;
import ua.hromada.registry.record.RecordReference;
import ua.hromada.registry.record.WithdrawalRequest;

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

    private final RecordEndpoints endpoints;

    StreetCommitteeController(RecordEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Answers 201 for a new committee and 200 for an identical repeat. */
    @PostMapping
    ResponseEntity<RecordReference> establish(
            @Valid @RequestBody EstablishStreetCommitteeRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        return endpoints.create("street-committee", request.id(), idempotencyKey,
                clientId -> establishment(inCallersCouncil(clientId), request));
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
        return endpoints.change(id, new DissolveStreetCommitteeCommand(inCallersCouncil(id), request.dissolvedOn()),
                ifMatch);
    }

    @PostMapping("/{id}/correction")
    RecordReference correct(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody StreetCommitteeChangeRequests.Correction request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new CorrectStreetCommitteeCommand(inCallersCouncil(id),
                new StreetCommitteeDetails(request.street(), request.establishedOn(), request.dissolvedOn()),
                request.reason()), ifMatch);
    }

    @PostMapping("/{id}/withdrawal")
    RecordReference withdraw(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                             @Valid @RequestBody WithdrawalRequest request,
                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new WithdrawStreetCommitteeCommand(inCallersCouncil(id), request.reason()),
                ifMatch);
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
        return endpoints.addPart("street-committee-election:" + id, request.id(), idempotencyKey,
                electionId -> new RecordStreetCommitteeElectionCommand(inCallersCouncil(id), electionId,
                        request.heldOn(), request.headName()), ifMatch);
    }

    @PostMapping("/{id}/elections/{electionId}/correction")
    RecordReference correctElection(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String electionId,
            @Valid @RequestBody StreetCommitteeChangeRequests.ElectionCorrection request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(electionId, new CorrectStreetCommitteeElectionCommand(inCallersCouncil(id),
                electionId, request.heldOn(), request.headName(), request.reason()), ifMatch);
    }

    @PostMapping("/{id}/elections/{electionId}/withdrawal")
    RecordReference withdrawElection(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String electionId,
            @Valid @RequestBody WithdrawalRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(electionId, new WithdrawStreetCommitteeElectionCommand(inCallersCouncil(id),
                electionId, request.reason()), ifMatch);
    }

    /** The committee with its version as {@code ETag}, for a later change to name in {@code If-Match}. */
    @GetMapping("/{id}")
    ResponseEntity<StreetCommitteeView> find(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id) {
        return endpoints.find(id, "street committee", new FindStreetCommitteeQuery(inCallersCouncil(id)),
                StreetCommitteeView.class, StreetCommitteeView::version);
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
        return endpoints.list(new FindStreetCommitteesQuery(ListRequest.filter(null, status, from, to, text, page,
                size)), StreetCommitteePage.class);
    }

    /** How many street committees worked at the end of {@code asOf}, by default today. */
    @GetMapping("/count")
    StreetCommitteeCount count(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return endpoints.count(asOf, CountStreetCommitteesQuery::new, StreetCommitteeCount.class);
    }

    private StreetCommitteeId inCallersCouncil(String clientId) {
        return endpoints.inCallersCouncil(clientId, StreetCommitteeId::of);
    }
}

package ua.hromada.registry.commission;

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
import ua.hromada.registry.api.commission.AbolishCommissionCommand;
import ua.hromada.registry.api.commission.AddCommissionMemberCommand;
import ua.hromada.registry.api.commission.CommissionCount;
import ua.hromada.registry.api.commission.CommissionDetails;
import ua.hromada.registry.api.commission.CommissionId;
import ua.hromada.registry.api.commission.CommissionKind;
import ua.hromada.registry.api.commission.CommissionPage;
import ua.hromada.registry.api.commission.CommissionStatus;
import ua.hromada.registry.api.commission.CommissionView;
import ua.hromada.registry.api.commission.CorrectCommissionCommand;
import ua.hromada.registry.api.commission.CountCommissionsQuery;
import ua.hromada.registry.api.commission.DecideAwardPetitionCommand;
import ua.hromada.registry.api.commission.EstablishCommissionCommand;
import ua.hromada.registry.api.commission.FindCommissionQuery;
import ua.hromada.registry.api.commission.FindCommissionsQuery;
import ua.hromada.registry.api.commission.HoldCommissionMeetingCommand;
import ua.hromada.registry.api.commission.RecordCommissionDecisionCommand;
import ua.hromada.registry.api.commission.RemoveCommissionMemberCommand;
import ua.hromada.registry.api.commission.WithdrawCommissionCommand;
import ua.hromada.registry.record.ClientIds;
import ua.hromada.registry.record.ListRequest;
import ua.hromada.registry.record.RecordEndpoints;
import ua.hromada.registry.record.RecordReference;
import ua.hromada.registry.record.WithdrawalRequest;

import java.time.LocalDate;

/**
 * The register of commissions, working groups and coordination councils over HTTP, for the caller's council.
 * Clients see and choose plain ids; inside, each is scoped to the caller's tenant, so another council's commission
 * is simply not found. Reads come from the directory projection, which follows the event store shortly after a
 * write: a GET right after a POST may not see it yet.
 */
@RestController
@RequestMapping(CommissionController.PATH)
class CommissionController {

    static final String PATH = "/api/registry/commissions";
    private static final String IF_MATCH = "If-Match";

    private final RecordEndpoints endpoints;

    CommissionController(RecordEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Answers 201 for a new commission and 200 for an identical repeat. */
    @PostMapping
    ResponseEntity<RecordReference> establish(
            @Valid @RequestBody EstablishCommissionRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        return endpoints.create("commission", request.id(), idempotencyKey,
                clientId -> establishment(inCallersCouncil(clientId), request));
    }

    static EstablishCommissionCommand establishment(CommissionId id, EstablishCommissionRequest request) {
        return new EstablishCommissionCommand(id, request.name(), request.kind(), request.establishedOn(),
                request.abolishedOn(), request.basis(), request.purpose());
    }

    @PostMapping("/{id}/abolition")
    RecordReference abolish(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody CommissionChangeRequests.Abolition request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new AbolishCommissionCommand(inCallersCouncil(id), request.abolishedOn()),
                ifMatch);
    }

    @PostMapping("/{id}/correction")
    RecordReference correct(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody CommissionChangeRequests.Correction request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new CorrectCommissionCommand(inCallersCouncil(id),
                new CommissionDetails(request.name(), request.kind(), request.establishedOn(), request.abolishedOn(),
                        request.basis(), request.purpose()), request.reason()), ifMatch);
    }

    @PostMapping("/{id}/withdrawal")
    RecordReference withdraw(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                             @Valid @RequestBody WithdrawalRequest request,
                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new WithdrawCommissionCommand(inCallersCouncil(id), request.reason()), ifMatch);
    }

    @PostMapping("/{id}/members")
    RecordReference addMember(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                              @Valid @RequestBody CommissionChangeRequests.Member request,
                              @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new AddCommissionMemberCommand(inCallersCouncil(id), request.name(),
                request.position()), ifMatch);
    }

    @PostMapping("/{id}/members/removal")
    RecordReference removeMember(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @Valid @RequestBody CommissionChangeRequests.MemberRemoval request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new RemoveCommissionMemberCommand(inCallersCouncil(id), request.name()),
                ifMatch);
    }

    /**
     * Records a meeting; answers 201 with the meeting's id when it is new and 200 for an identical repeat. The
     * meeting shows in the commission's view.
     */
    @PostMapping("/{id}/meetings")
    ResponseEntity<RecordReference> holdMeeting(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @Valid @RequestBody CommissionChangeRequests.Meeting request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.addPart("commission-meeting:" + id, request.id(), idempotencyKey,
                meetingId -> new HoldCommissionMeetingCommand(inCallersCouncil(id), meetingId, request.heldOn(),
                        CommissionChangeRequests.agendaOf(request.agenda())), ifMatch);
    }

    @PostMapping("/{id}/meetings/{meetingId}/decisions")
    RecordReference recordDecision(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String meetingId,
            @Valid @RequestBody CommissionChangeRequests.Decision request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new RecordCommissionDecisionCommand(inCallersCouncil(id), meetingId,
                request.itemId(), request.decision()), ifMatch);
    }

    @PostMapping("/{id}/award-petitions/{petitionId}/decision")
    RecordReference decideAwardPetition(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String petitionId,
            @Valid @RequestBody CommissionChangeRequests.PetitionDecision request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new DecideAwardPetitionCommand(inCallersCouncil(id), petitionId,
                request.outcome(), request.decidedOn()), ifMatch);
    }

    /** The commission with its version as {@code ETag}, for a later change to name in {@code If-Match}. */
    @GetMapping("/{id}")
    ResponseEntity<CommissionView> find(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id) {
        return endpoints.find(id, "commission", new FindCommissionQuery(inCallersCouncil(id)), CommissionView.class,
                CommissionView::version);
    }

    /** Commissions by name; withdrawn ones only with {@code status=withdrawn}; dates filter the establishment. */
    @GetMapping
    CommissionPage list(
            @RequestParam(required = false) CommissionKind kind,
            @RequestParam(required = false) CommissionStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + ListRequest.DEFAULT_SIZE) @Min(1) @Max(ListRequest.MAX_SIZE) int size) {
        return endpoints.list(new FindCommissionsQuery(ListRequest.filter(kind, status, from, to, text, page,
                size)), CommissionPage.class);
    }

    /** How many commissions (of a kind) worked at the end of {@code asOf}, by default today. */
    @GetMapping("/count")
    CommissionCount count(
            @RequestParam(required = false) CommissionKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return endpoints.count(asOf, day -> new CountCommissionsQuery(kind, day), CommissionCount.class);
    }

    private CommissionId inCallersCouncil(String clientId) {
        return endpoints.inCallersCouncil(clientId, CommissionId::of);
    }
}

package ua.hromada.registry.appeal;

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
import ua.hromada.registry.api.appeal.AppealChannel;
import ua.hromada.registry.api.appeal.CitizenAppealDetails;
import ua.hromada.registry.api.appeal.CitizenAppealId;
import ua.hromada.registry.api.appeal.CitizenAppealPage;
import ua.hromada.registry.api.appeal.CitizenAppealStatus;
import ua.hromada.registry.api.appeal.CitizenAppealView;
import ua.hromada.registry.api.appeal.CorrectCitizenAppealCommand;
import ua.hromada.registry.api.appeal.FindCitizenAppealQuery;
import ua.hromada.registry.api.appeal.FindCitizenAppealsQuery;
import ua.hromada.registry.api.appeal.ReceiveCitizenAppealCommand;
import ua.hromada.registry.api.appeal.ResolveCitizenAppealCommand;
import ua.hromada.registry.api.appeal.WithdrawCitizenAppealCommand;
import ua.hromada.registry.record.ClientIds;
import ua.hromada.registry.record.ListRequest;
import ua.hromada.registry.record.RecordEndpoints;
import ua.hromada.registry.record.RecordReference;
import ua.hromada.registry.record.WithdrawalRequest;
import ua.hromada.web.problem.InvalidInputException;

import java.time.LocalDate;

/**
 * The register of citizens' appeals over HTTP, for the caller's council. Clients see and choose plain ids; inside,
 * each is scoped to the caller's tenant, so another council's appeal is simply not found. Reads come from the
 * directory projection, which follows the event store shortly after a write.
 */
@RestController
@RequestMapping(CitizenAppealController.PATH)
class CitizenAppealController {

    static final String PATH = "/api/registry/citizen-appeals";
    private static final String IF_MATCH = "If-Match";

    private final RecordEndpoints endpoints;

    CitizenAppealController(RecordEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Answers 201 for a new appeal and 200 for an identical repeat. */
    @PostMapping
    ResponseEntity<RecordReference> receive(
            @Valid @RequestBody ReceiveCitizenAppealRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        return endpoints.create("citizen-appeal", request.id(), idempotencyKey,
                clientId -> receipt(inCallersCouncil(clientId), request));
    }

    static ReceiveCitizenAppealCommand receipt(CitizenAppealId id, ReceiveCitizenAppealRequest request) {
        return new ReceiveCitizenAppealCommand(id, request.channel(), request.receivedOn(), request.topic(),
                request.applicantName(), request.resolvedOn());
    }

    @PostMapping("/{id}/resolution")
    RecordReference resolve(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody CitizenAppealChangeRequests.Resolution request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new ResolveCitizenAppealCommand(inCallersCouncil(id), request.resolvedOn()),
                ifMatch);
    }

    @PostMapping("/{id}/correction")
    RecordReference correct(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody CitizenAppealChangeRequests.Correction request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new CorrectCitizenAppealCommand(inCallersCouncil(id),
                new CitizenAppealDetails(request.channel(), request.receivedOn(), request.topic(),
                        request.applicantName(), request.resolvedOn()), request.reason()), ifMatch);
    }

    @PostMapping("/{id}/withdrawal")
    RecordReference withdraw(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                             @Valid @RequestBody WithdrawalRequest request,
                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new WithdrawCitizenAppealCommand(inCallersCouncil(id), request.reason()),
                ifMatch);
    }

    /** The appeal with its version as {@code ETag}, for a later change to name in {@code If-Match}. */
    @GetMapping("/{id}")
    ResponseEntity<CitizenAppealView> find(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id) {
        return endpoints.find(id, "citizen appeal", new FindCitizenAppealQuery(inCallersCouncil(id)),
                CitizenAppealView.class, CitizenAppealView::version);
    }

    /**
     * Appeals by the day they were received; withdrawn ones only with {@code status=withdrawn}. The register's kind
     * is the channel: {@code ?channel=phone} and {@code ?kind=phone} filter alike.
     */
    @GetMapping
    CitizenAppealPage list(
            @RequestParam(required = false) AppealChannel channel,
            @RequestParam(required = false) AppealChannel kind,
            @RequestParam(required = false) CitizenAppealStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + ListRequest.DEFAULT_SIZE) @Min(1) @Max(ListRequest.MAX_SIZE) int size) {
        if (channel != null && kind != null && channel != kind) {
            throw new InvalidInputException("invalid_value", "channel", "channel " + channel.value()
                    + " and kind " + kind.value() + " name the same filter and must agree");
        }
        return endpoints.list(new FindCitizenAppealsQuery(ListRequest.filter(channel != null ? channel : kind,
                status, from, to, text, page, size)), CitizenAppealPage.class);
    }

    private CitizenAppealId inCallersCouncil(String clientId) {
        return endpoints.inCallersCouncil(clientId, CitizenAppealId::of);
    }
}

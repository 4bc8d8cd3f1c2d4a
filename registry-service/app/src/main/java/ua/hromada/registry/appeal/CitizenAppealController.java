package ua.hromada.registry.appeal;

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
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.registry.record.ClientIds;
import ua.hromada.registry.record.ExpectedVersion;
import ua.hromada.registry.record.ListRequest;
import ua.hromada.registry.record.RecordReference;
import ua.hromada.registry.record.WithdrawalRequest;
import ua.hromada.tenancy.TenantContext;
import ua.hromada.web.problem.InvalidInputException;
import ua.hromada.web.problem.NotFoundException;

import java.net.URI;
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

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final TenantContext tenantContext;

    CitizenAppealController(CommandGateway commandGateway, QueryGateway queryGateway, TenantContext tenantContext) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.tenantContext = tenantContext;
    }

    /** Answers 201 for a new appeal and 200 for an identical repeat. */
    @PostMapping
    ResponseEntity<RecordReference> receive(
            @Valid @RequestBody ReceiveCitizenAppealRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        String clientId = ClientIds.choose("citizen-appeal", request.id(), idempotencyKey);
        CreationOutcome outcome = commandGateway.sendAndWait(receipt(inCallersCouncil(clientId), request));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(clientId).toUri();
        RecordReference body = new RecordReference(clientId);
        return outcome.created()
                ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    static ReceiveCitizenAppealCommand receipt(CitizenAppealId id, ReceiveCitizenAppealRequest request) {
        return new ReceiveCitizenAppealCommand(id, request.channel(), request.receivedOn(), request.topic(),
                request.applicantName(), request.resolvedOn());
    }

    @PostMapping("/{id}/resolution")
    RecordReference resolve(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody CitizenAppealChangeRequests.Resolution request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new ResolveCitizenAppealCommand(inCallersCouncil(id),
                request.resolvedOn()), ifMatch);
        return new RecordReference(id);
    }

    @PostMapping("/{id}/correction")
    RecordReference correct(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody CitizenAppealChangeRequests.Correction request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new CorrectCitizenAppealCommand(inCallersCouncil(id),
                new CitizenAppealDetails(request.channel(), request.receivedOn(), request.topic(),
                        request.applicantName(), request.resolvedOn()), request.reason()), ifMatch);
        return new RecordReference(id);
    }

    @PostMapping("/{id}/withdrawal")
    RecordReference withdraw(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                             @Valid @RequestBody WithdrawalRequest request,
                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new WithdrawCitizenAppealCommand(inCallersCouncil(id),
                request.reason()), ifMatch);
        return new RecordReference(id);
    }

    /** The appeal with its version as {@code ETag}, for a later change to name in {@code If-Match}. */
    @GetMapping("/{id}")
    ResponseEntity<CitizenAppealView> find(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id) {
        CitizenAppealView appeal = queryGateway.query(new FindCitizenAppealQuery(inCallersCouncil(id)),
                        ResponseTypes.optionalInstanceOf(CitizenAppealView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("not_found", "id", "No citizen appeal with id " + id + "."));
        return ResponseEntity.ok().eTag(ExpectedVersion.etagOf(appeal.version())).body(appeal);
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
        return queryGateway.query(new FindCitizenAppealsQuery(ListRequest.filter(channel != null ? channel : kind,
                status, from, to, text, page, size)), ResponseTypes.instanceOf(CitizenAppealPage.class)).join();
    }

    private CitizenAppealId inCallersCouncil(String clientId) {
        return CitizenAppealId.of(tenantContext.scope(clientId).value());
    }
}

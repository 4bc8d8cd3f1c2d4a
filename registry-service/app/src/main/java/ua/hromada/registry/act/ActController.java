package ua.hromada.registry.act;

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
import ua.hromada.registry.api.act.ActDetails;
import ua.hromada.registry.api.act.ActId;
import ua.hromada.registry.api.act.ActKind;
import ua.hromada.registry.api.act.ActPage;
import ua.hromada.registry.api.act.ActStatus;
import ua.hromada.registry.api.act.ActView;
import ua.hromada.registry.api.act.AdoptActCommand;
import ua.hromada.registry.api.act.CorrectActCommand;
import ua.hromada.registry.api.act.FindActQuery;
import ua.hromada.registry.api.act.FindActsQuery;
import ua.hromada.registry.api.act.PublishActCommand;
import ua.hromada.registry.api.act.RecordActCommand;
import ua.hromada.registry.api.act.WithdrawActCommand;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.registry.record.ClientIds;
import ua.hromada.registry.record.ExpectedVersion;
import ua.hromada.registry.record.ListRequest;
import ua.hromada.registry.record.RecordReference;
import ua.hromada.registry.record.WithdrawalRequest;
import ua.hromada.tenancy.TenantContext;
import ua.hromada.web.problem.NotFoundException;

import java.net.URI;
import java.time.LocalDate;

/**
 * The register of council acts over HTTP, for the caller's council. Clients see and choose plain ids; inside, each
 * is scoped to the caller's tenant, so another council's act is simply not found. Reads come from the directory
 * projection, which follows the event store shortly after a write: a GET right after a POST may not see it yet.
 */
@RestController
@RequestMapping(ActController.PATH)
class ActController {

    static final String PATH = "/api/registry/acts";
    private static final String IF_MATCH = "If-Match";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final TenantContext tenantContext;

    ActController(CommandGateway commandGateway, QueryGateway queryGateway, TenantContext tenantContext) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.tenantContext = tenantContext;
    }

    /** Answers 201 for a new act and 200 for an identical repeat. */
    @PostMapping
    ResponseEntity<RecordReference> record(
            @Valid @RequestBody RecordActRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        String clientId = ClientIds.choose("act", request.id(), idempotencyKey);
        CreationOutcome outcome = commandGateway.sendAndWait(recording(inCallersCouncil(clientId), request));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(clientId).toUri();
        RecordReference body = new RecordReference(clientId);
        return outcome.created()
                ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    static RecordActCommand recording(ActId id, RecordActRequest request) {
        return new RecordActCommand(id, request.kind(), request.number(), request.title(), request.draftedOn(),
                request.adoptedOn(), request.publishedOn(), Boolean.TRUE.equals(request.preparedByDepartment()));
    }

    @PostMapping("/{id}/adoption")
    RecordReference adopt(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                          @Valid @RequestBody ActChangeRequests.Adoption request,
                          @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new AdoptActCommand(inCallersCouncil(id), request.adoptedOn(),
                request.number()), ifMatch);
        return new RecordReference(id);
    }

    @PostMapping("/{id}/publication")
    RecordReference publish(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody ActChangeRequests.Publication request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new PublishActCommand(inCallersCouncil(id), request.publishedOn()),
                ifMatch);
        return new RecordReference(id);
    }

    @PostMapping("/{id}/correction")
    RecordReference correct(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody ActChangeRequests.Correction request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new CorrectActCommand(inCallersCouncil(id), new ActDetails(
                request.kind(), request.number(), request.title(), request.draftedOn(), request.adoptedOn(),
                request.publishedOn(), Boolean.TRUE.equals(request.preparedByDepartment())), request.reason()),
                ifMatch);
        return new RecordReference(id);
    }

    @PostMapping("/{id}/withdrawal")
    RecordReference withdraw(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                             @Valid @RequestBody WithdrawalRequest request,
                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new WithdrawActCommand(inCallersCouncil(id), request.reason()), ifMatch);
        return new RecordReference(id);
    }

    /** The act with its version as {@code ETag}, for a later change to name in {@code If-Match}. */
    @GetMapping("/{id}")
    ResponseEntity<ActView> find(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id) {
        ActView act = queryGateway.query(new FindActQuery(inCallersCouncil(id)),
                        ResponseTypes.optionalInstanceOf(ActView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("not_found", "id", "No act with id " + id + "."));
        return ResponseEntity.ok().eTag(ExpectedVersion.etagOf(act.version())).body(act);
    }

    /**
     * Acts by their main date (adoptedOn, or draftedOn for drafts), which {@code from}/{@code to} filter on;
     * {@code text} looks in the number and title; withdrawn acts only with {@code status=withdrawn}.
     */
    @GetMapping
    ActPage list(
            @RequestParam(required = false) ActKind kind,
            @RequestParam(required = false) ActStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + ListRequest.DEFAULT_SIZE) @Min(1) @Max(ListRequest.MAX_SIZE) int size) {
        return queryGateway.query(new FindActsQuery(ListRequest.filter(kind, status, from, to, text, page, size)),
                ResponseTypes.instanceOf(ActPage.class)).join();
    }

    private ActId inCallersCouncil(String clientId) {
        return ActId.of(tenantContext.scope(clientId).value());
    }
}

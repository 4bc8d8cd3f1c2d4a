package ua.hromada.registry.act;

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
import ua.hromada.registry.record.ClientIds;
import ua.hromada.registry.record.ListRequest;
import ua.hromada.registry.record.RecordEndpoints;
import ua.hromada.registry.record.RecordReference;
import ua.hromada.registry.record.WithdrawalRequest;

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

    private final RecordEndpoints endpoints;

    ActController(RecordEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Answers 201 for a new act and 200 for an identical repeat. */
    @PostMapping
    ResponseEntity<RecordReference> record(
            @Valid @RequestBody RecordActRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        return endpoints.create("act", request.id(), idempotencyKey,
                clientId -> recording(inCallersCouncil(clientId), request));
    }

    static RecordActCommand recording(ActId id, RecordActRequest request) {
        return new RecordActCommand(id, request.kind(), request.number(), request.title(), request.draftedOn(),
                request.adoptedOn(), request.publishedOn(), Boolean.TRUE.equals(request.preparedByDepartment()));
    }

    @PostMapping("/{id}/adoption")
    RecordReference adopt(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                          @Valid @RequestBody ActChangeRequests.Adoption request,
                          @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new AdoptActCommand(inCallersCouncil(id), request.adoptedOn(),
                request.number()), ifMatch);
    }

    @PostMapping("/{id}/publication")
    RecordReference publish(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody ActChangeRequests.Publication request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new PublishActCommand(inCallersCouncil(id), request.publishedOn()), ifMatch);
    }

    @PostMapping("/{id}/correction")
    RecordReference correct(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody ActChangeRequests.Correction request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new CorrectActCommand(inCallersCouncil(id), new ActDetails(
                request.kind(), request.number(), request.title(), request.draftedOn(), request.adoptedOn(),
                request.publishedOn(), Boolean.TRUE.equals(request.preparedByDepartment())), request.reason()),
                ifMatch);
    }

    @PostMapping("/{id}/withdrawal")
    RecordReference withdraw(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                             @Valid @RequestBody WithdrawalRequest request,
                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new WithdrawActCommand(inCallersCouncil(id), request.reason()), ifMatch);
    }

    /** The act with its version as {@code ETag}, for a later change to name in {@code If-Match}. */
    @GetMapping("/{id}")
    ResponseEntity<ActView> find(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id) {
        return endpoints.find(id, "act", new FindActQuery(inCallersCouncil(id)), ActView.class, ActView::version);
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
        return endpoints.list(new FindActsQuery(ListRequest.filter(kind, status, from, to, text, page, size)),
                ActPage.class);
    }

    private ActId inCallersCouncil(String clientId) {
        return endpoints.inCallersCouncil(clientId, ActId::of);
    }
}

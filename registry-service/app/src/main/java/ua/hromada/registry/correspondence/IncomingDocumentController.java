package ua.hromada.registry.correspondence;

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
import ua.hromada.registry.api.correspondence.AnswerIncomingDocumentCommand;
import ua.hromada.registry.api.correspondence.CorrectIncomingDocumentCommand;
import ua.hromada.registry.api.correspondence.CountDocumentsOnLongTermControlQuery;
import ua.hromada.registry.api.correspondence.DocumentsOnLongTermControlCount;
import ua.hromada.registry.api.correspondence.FindIncomingDocumentQuery;
import ua.hromada.registry.api.correspondence.FindIncomingDocumentsQuery;
import ua.hromada.registry.api.correspondence.IncomingDocumentDetails;
import ua.hromada.registry.api.correspondence.IncomingDocumentId;
import ua.hromada.registry.api.correspondence.IncomingDocumentKind;
import ua.hromada.registry.api.correspondence.IncomingDocumentPage;
import ua.hromada.registry.api.correspondence.IncomingDocumentStatus;
import ua.hromada.registry.api.correspondence.IncomingDocumentView;
import ua.hromada.registry.api.correspondence.PutIncomingDocumentOnLongTermControlCommand;
import ua.hromada.registry.api.correspondence.ReceiveIncomingDocumentCommand;
import ua.hromada.registry.api.correspondence.TakeIncomingDocumentOffLongTermControlCommand;
import ua.hromada.registry.api.correspondence.WithdrawIncomingDocumentCommand;
import ua.hromada.registry.record.ClientIds;
import ua.hromada.registry.record.ListRequest;
import ua.hromada.registry.record.RecordEndpoints;
import ua.hromada.registry.record.RecordReference;
import ua.hromada.registry.record.WithdrawalRequest;

import java.time.LocalDate;

/**
 * The register of incoming documents over HTTP, for the caller's council. Clients see and choose plain ids; inside,
 * each is scoped to the caller's tenant, so another council's document is simply not found. Reads come from the
 * directory projection, which follows the event store shortly after a write: a GET right after a POST may not see
 * it yet.
 */
@RestController
@RequestMapping(IncomingDocumentController.PATH)
class IncomingDocumentController {

    static final String PATH = "/api/registry/incoming-documents";
    private static final String IF_MATCH = "If-Match";

    private final RecordEndpoints endpoints;

    IncomingDocumentController(RecordEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Answers 201 for a new document and 200 for an identical repeat. */
    @PostMapping
    ResponseEntity<RecordReference> receive(
            @Valid @RequestBody ReceiveIncomingDocumentRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        return endpoints.create("incoming-document", request.id(), idempotencyKey,
                clientId -> receipt(inCallersCouncil(clientId), request));
    }

    static ReceiveIncomingDocumentCommand receipt(IncomingDocumentId id, ReceiveIncomingDocumentRequest request) {
        return new ReceiveIncomingDocumentCommand(id, request.kind(), request.receivedOn(), request.sender(),
                request.subject(), request.registrationNumber(), request.answeredOn(), request.longTermControl());
    }

    @PostMapping("/{id}/answer")
    RecordReference answer(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                           @Valid @RequestBody IncomingDocumentChangeRequests.Answer request,
                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new AnswerIncomingDocumentCommand(inCallersCouncil(id), request.answeredOn()),
                ifMatch);
    }

    @PostMapping("/{id}/long-term-control")
    RecordReference putOnControl(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @Valid @RequestBody IncomingDocumentChangeRequests.ControlStart request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new PutIncomingDocumentOnLongTermControlCommand(inCallersCouncil(id),
                request.since()), ifMatch);
    }

    @PostMapping("/{id}/long-term-control/end")
    RecordReference takeOffControl(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @Valid @RequestBody IncomingDocumentChangeRequests.ControlEnd request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new TakeIncomingDocumentOffLongTermControlCommand(inCallersCouncil(id),
                request.until()), ifMatch);
    }

    @PostMapping("/{id}/correction")
    RecordReference correct(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody IncomingDocumentChangeRequests.Correction request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new CorrectIncomingDocumentCommand(inCallersCouncil(id),
                new IncomingDocumentDetails(request.kind(), request.receivedOn(), request.sender(), request.subject(),
                        request.registrationNumber(), request.answeredOn(), request.longTermControl()),
                request.reason()), ifMatch);
    }

    @PostMapping("/{id}/withdrawal")
    RecordReference withdraw(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                             @Valid @RequestBody WithdrawalRequest request,
                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new WithdrawIncomingDocumentCommand(inCallersCouncil(id), request.reason()),
                ifMatch);
    }

    /** The document with its version as {@code ETag}, for a later change to name in {@code If-Match}. */
    @GetMapping("/{id}")
    ResponseEntity<IncomingDocumentView> find(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id) {
        return endpoints.find(id, "incoming document", new FindIncomingDocumentQuery(inCallersCouncil(id)),
                IncomingDocumentView.class, IncomingDocumentView::version);
    }

    /** Documents by the day they were received; withdrawn ones only with {@code status=withdrawn}. */
    @GetMapping
    IncomingDocumentPage list(
            @RequestParam(required = false) IncomingDocumentKind kind,
            @RequestParam(required = false) IncomingDocumentStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + ListRequest.DEFAULT_SIZE) @Min(1) @Max(ListRequest.MAX_SIZE) int size) {
        return endpoints.list(new FindIncomingDocumentsQuery(ListRequest.filter(kind, status, from, to, text,
                page, size)), IncomingDocumentPage.class);
    }

    /** How many documents (of a kind) were on long-term control at the end of {@code asOf}, by default today. */
    @GetMapping("/long-term-control/count")
    DocumentsOnLongTermControlCount countOnLongTermControl(
            @RequestParam(required = false) IncomingDocumentKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return endpoints.count(asOf, day -> new CountDocumentsOnLongTermControlQuery(kind, day),
                DocumentsOnLongTermControlCount.class);
    }

    private IncomingDocumentId inCallersCouncil(String clientId) {
        return endpoints.inCallersCouncil(clientId, IncomingDocumentId::of);
    }
}

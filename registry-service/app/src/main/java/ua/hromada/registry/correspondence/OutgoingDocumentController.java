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
import ua.hromada.registry.api.correspondence.CorrectOutgoingDocumentCommand;
import ua.hromada.registry.api.correspondence.FindOutgoingDocumentQuery;
import ua.hromada.registry.api.correspondence.FindOutgoingDocumentsQuery;
import ua.hromada.registry.api.correspondence.OutgoingDocumentDetails;
import ua.hromada.registry.api.correspondence.OutgoingDocumentId;
import ua.hromada.registry.api.correspondence.OutgoingDocumentKind;
import ua.hromada.registry.api.correspondence.OutgoingDocumentPage;
import ua.hromada.registry.api.correspondence.OutgoingDocumentStatus;
import ua.hromada.registry.api.correspondence.OutgoingDocumentView;
import ua.hromada.registry.api.correspondence.SendOutgoingDocumentCommand;
import ua.hromada.registry.api.correspondence.WithdrawOutgoingDocumentCommand;
import ua.hromada.registry.record.ClientIds;
import ua.hromada.registry.record.ListRequest;
import ua.hromada.registry.record.RecordEndpoints;
import ua.hromada.registry.record.RecordReference;
import ua.hromada.registry.record.WithdrawalRequest;

import java.time.LocalDate;

/**
 * The register of outgoing documents over HTTP, for the caller's council. Clients see and choose plain ids; inside,
 * each is scoped to the caller's tenant, so another council's document is simply not found. Reads come from the
 * directory projection, which follows the event store shortly after a write.
 */
@RestController
@RequestMapping(OutgoingDocumentController.PATH)
class OutgoingDocumentController {

    static final String PATH = "/api/registry/outgoing-documents";
    private static final String IF_MATCH = "If-Match";

    private final RecordEndpoints endpoints;

    OutgoingDocumentController(RecordEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Answers 201 for a new document and 200 for an identical repeat. */
    @PostMapping
    ResponseEntity<RecordReference> send(
            @Valid @RequestBody SendOutgoingDocumentRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        return endpoints.create("outgoing-document", request.id(), idempotencyKey,
                clientId -> dispatch(inCallersCouncil(clientId), request));
    }

    static SendOutgoingDocumentCommand dispatch(OutgoingDocumentId id, SendOutgoingDocumentRequest request) {
        return new SendOutgoingDocumentCommand(id, request.kind(), request.sentOn(), request.recipient(),
                request.subject(), request.registrationNumber(), request.inReplyTo());
    }

    @PostMapping("/{id}/correction")
    RecordReference correct(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody OutgoingDocumentChangeRequests.Correction request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new CorrectOutgoingDocumentCommand(inCallersCouncil(id),
                new OutgoingDocumentDetails(request.kind(), request.sentOn(), request.recipient(), request.subject(),
                        request.registrationNumber(), request.inReplyTo()), request.reason()), ifMatch);
    }

    @PostMapping("/{id}/withdrawal")
    RecordReference withdraw(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                             @Valid @RequestBody WithdrawalRequest request,
                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new WithdrawOutgoingDocumentCommand(inCallersCouncil(id), request.reason()),
                ifMatch);
    }

    /** The document with its version as {@code ETag}, for a later change to name in {@code If-Match}. */
    @GetMapping("/{id}")
    ResponseEntity<OutgoingDocumentView> find(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id) {
        return endpoints.find(id, "outgoing document", new FindOutgoingDocumentQuery(inCallersCouncil(id)),
                OutgoingDocumentView.class, OutgoingDocumentView::version);
    }

    /** Documents by the day they were sent; withdrawn ones only with {@code status=withdrawn}. */
    @GetMapping
    OutgoingDocumentPage list(
            @RequestParam(required = false) OutgoingDocumentKind kind,
            @RequestParam(required = false) OutgoingDocumentStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + ListRequest.DEFAULT_SIZE) @Min(1) @Max(ListRequest.MAX_SIZE) int size) {
        return endpoints.list(new FindOutgoingDocumentsQuery(ListRequest.filter(kind, status, from, to, text,
                page, size)), OutgoingDocumentPage.class);
    }

    private OutgoingDocumentId inCallersCouncil(String clientId) {
        return endpoints.inCallersCouncil(clientId, OutgoingDocumentId::of);
    }
}

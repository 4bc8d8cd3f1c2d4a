package ua.hromada.registry.correspondence;

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
 * The register of outgoing documents over HTTP, for the caller's council. Clients see and choose plain ids; inside,
 * each is scoped to the caller's tenant, so another council's document is simply not found. Reads come from the
 * directory projection, which follows the event store shortly after a write.
 */
@RestController
@RequestMapping(OutgoingDocumentController.PATH)
class OutgoingDocumentController {

    static final String PATH = "/api/registry/outgoing-documents";
    private static final String IF_MATCH = "If-Match";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final TenantContext tenantContext;

    OutgoingDocumentController(CommandGateway commandGateway, QueryGateway queryGateway,
                               TenantContext tenantContext) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.tenantContext = tenantContext;
    }

    /** Answers 201 for a new document and 200 for an identical repeat. */
    @PostMapping
    ResponseEntity<RecordReference> send(
            @Valid @RequestBody SendOutgoingDocumentRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        String clientId = ClientIds.choose("outgoing-document", request.id(), idempotencyKey);
        CreationOutcome outcome = commandGateway.sendAndWait(dispatch(inCallersCouncil(clientId), request));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(clientId).toUri();
        RecordReference body = new RecordReference(clientId);
        return outcome.created()
                ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    static SendOutgoingDocumentCommand dispatch(OutgoingDocumentId id, SendOutgoingDocumentRequest request) {
        return new SendOutgoingDocumentCommand(id, request.kind(), request.sentOn(), request.recipient(),
                request.subject(), request.registrationNumber(), request.inReplyTo());
    }

    @PostMapping("/{id}/correction")
    RecordReference correct(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody OutgoingDocumentChangeRequests.Correction request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new CorrectOutgoingDocumentCommand(inCallersCouncil(id),
                new OutgoingDocumentDetails(request.kind(), request.sentOn(), request.recipient(), request.subject(),
                        request.registrationNumber(), request.inReplyTo()), request.reason()), ifMatch);
        return new RecordReference(id);
    }

    @PostMapping("/{id}/withdrawal")
    RecordReference withdraw(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                             @Valid @RequestBody WithdrawalRequest request,
                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new WithdrawOutgoingDocumentCommand(inCallersCouncil(id),
                request.reason()), ifMatch);
        return new RecordReference(id);
    }

    /** The document with its version as {@code ETag}, for a later change to name in {@code If-Match}. */
    @GetMapping("/{id}")
    ResponseEntity<OutgoingDocumentView> find(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id) {
        OutgoingDocumentView document = queryGateway.query(new FindOutgoingDocumentQuery(inCallersCouncil(id)),
                        ResponseTypes.optionalInstanceOf(OutgoingDocumentView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("not_found", "id", "No outgoing document with id " + id
                        + "."));
        return ResponseEntity.ok().eTag(ExpectedVersion.etagOf(document.version())).body(document);
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
        return queryGateway.query(new FindOutgoingDocumentsQuery(ListRequest.filter(kind, status, from, to, text,
                page, size)), ResponseTypes.instanceOf(OutgoingDocumentPage.class)).join();
    }

    private OutgoingDocumentId inCallersCouncil(String clientId) {
        return OutgoingDocumentId.of(tenantContext.scope(clientId).value());
    }
}

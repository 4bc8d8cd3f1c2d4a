package ua.hromada.registry.petition;

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
import ua.hromada.registry.api.petition.AnswerPetitionCommand;
import ua.hromada.registry.api.petition.CorrectPetitionCommand;
import ua.hromada.registry.api.petition.FindPetitionQuery;
import ua.hromada.registry.api.petition.FindPetitionsQuery;
import ua.hromada.registry.api.petition.PetitionDetails;
import ua.hromada.registry.api.petition.PetitionId;
import ua.hromada.registry.api.petition.PetitionPage;
import ua.hromada.registry.api.petition.PetitionRecordStatus;
import ua.hromada.registry.api.petition.PetitionView;
import ua.hromada.registry.api.petition.PublishPetitionCommand;
import ua.hromada.registry.api.petition.RecordPetitionSignaturesCommand;
import ua.hromada.registry.api.petition.RejectPetitionCommand;
import ua.hromada.registry.api.petition.SubmitPetitionCommand;
import ua.hromada.registry.api.petition.WithdrawPetitionCommand;
import ua.hromada.registry.record.ClientIds;
import ua.hromada.registry.record.ListRequest;
import ua.hromada.registry.record.RecordEndpoints;
import ua.hromada.registry.record.RecordReference;
import ua.hromada.registry.record.WithdrawalRequest;

import java.time.LocalDate;

/**
 * The council's e-petitions over HTTP, for the caller's council. Clients see and choose plain ids; inside, each is
 * scoped to the caller's tenant, so another council's petition is simply not found. Reads come from the directory
 * projection, which follows the event store shortly after a write: a GET right after a POST may not see it yet.
 */
@RestController
@RequestMapping(PetitionController.PATH)
class PetitionController {

    static final String PATH = "/api/registry/petitions";
    private static final String IF_MATCH = "If-Match";

    private final RecordEndpoints endpoints;

    PetitionController(RecordEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Answers 201 for a new petition and 200 for an identical repeat. */
    @PostMapping
    ResponseEntity<RecordReference> submit(
            @Valid @RequestBody SubmitPetitionRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        return endpoints.create("petition", request.id(), idempotencyKey,
                clientId -> submission(inCallersCouncil(clientId), request));
    }

    static SubmitPetitionCommand submission(PetitionId id, SubmitPetitionRequest request) {
        return new SubmitPetitionCommand(id, request.title(), request.submittedOn(), request.author(),
                request.signatures() == null ? 0 : request.signatures(), request.status(), request.publishedOn(),
                request.rejectedOn(), request.answeredOn());
    }

    @PostMapping("/{id}/publication")
    RecordReference publish(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody PetitionChangeRequests.Publication request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new PublishPetitionCommand(inCallersCouncil(id), request.publishedOn()),
                ifMatch);
    }

    @PostMapping("/{id}/rejection")
    RecordReference reject(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                           @Valid @RequestBody PetitionChangeRequests.Rejection request,
                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new RejectPetitionCommand(inCallersCouncil(id), request.rejectedOn(),
                request.reason()), ifMatch);
    }

    @PostMapping("/{id}/signatures")
    RecordReference recordSignatures(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @Valid @RequestBody PetitionChangeRequests.Signatures request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new RecordPetitionSignaturesCommand(inCallersCouncil(id), request.signatures()),
                ifMatch);
    }

    @PostMapping("/{id}/answer")
    RecordReference answer(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                           @Valid @RequestBody PetitionChangeRequests.Answer request,
                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new AnswerPetitionCommand(inCallersCouncil(id), request.answeredOn()), ifMatch);
    }

    @PostMapping("/{id}/correction")
    RecordReference correct(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody PetitionChangeRequests.Correction request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new CorrectPetitionCommand(inCallersCouncil(id), new PetitionDetails(
                request.title(), request.submittedOn(), request.author(),
                request.signatures() == null ? 0 : request.signatures(), request.status(), request.publishedOn(),
                request.rejectedOn(), request.answeredOn()), request.reason()), ifMatch);
    }

    @PostMapping("/{id}/withdrawal")
    RecordReference withdraw(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                             @Valid @RequestBody WithdrawalRequest request,
                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new WithdrawPetitionCommand(inCallersCouncil(id), request.reason()), ifMatch);
    }

    /** The petition with its version as {@code ETag}, for a later change to name in {@code If-Match}. */
    @GetMapping("/{id}")
    ResponseEntity<PetitionView> find(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id) {
        return endpoints.find(id, "petition", new FindPetitionQuery(inCallersCouncil(id)), PetitionView.class,
                PetitionView::version);
    }

    /**
     * Petitions by {@code submittedOn}, which {@code from}/{@code to} filter on; {@code text} looks in the title and
     * author; withdrawn petitions only with {@code status=withdrawn}.
     */
    @GetMapping
    PetitionPage list(
            @RequestParam(required = false) PetitionRecordStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + ListRequest.DEFAULT_SIZE) @Min(1) @Max(ListRequest.MAX_SIZE) int size) {
        return endpoints.list(new FindPetitionsQuery(ListRequest.filter(null, status, from, to, text, page,
                size)), PetitionPage.class);
    }

    private PetitionId inCallersCouncil(String clientId) {
        return endpoints.inCallersCouncil(clientId, PetitionId::of);
    }
}

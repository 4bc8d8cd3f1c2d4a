package ua.hromada.registry.budget;

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
import ua.hromada.registry.api.budget.AdmitBudgetProjectCommand;
import ua.hromada.registry.api.budget.BudgetProjectDetails;
import ua.hromada.registry.api.budget.BudgetProjectId;
import ua.hromada.registry.api.budget.BudgetProjectPage;
import ua.hromada.registry.api.budget.BudgetProjectRecordStatus;
import ua.hromada.registry.api.budget.BudgetProjectView;
import ua.hromada.registry.api.budget.CorrectBudgetProjectCommand;
import ua.hromada.registry.api.budget.DeclareBudgetProjectWinnerCommand;
import ua.hromada.registry.api.budget.FindBudgetProjectQuery;
import ua.hromada.registry.api.budget.FindBudgetProjectsQuery;
import ua.hromada.registry.api.budget.RecordBudgetProjectVotingResultCommand;
import ua.hromada.registry.api.budget.RejectBudgetProjectCommand;
import ua.hromada.registry.api.budget.SubmitBudgetProjectCommand;
import ua.hromada.registry.api.budget.WithdrawBudgetProjectCommand;
import ua.hromada.registry.api.record.RecordFilter;
import ua.hromada.registry.record.ClientIds;
import ua.hromada.registry.record.ListRequest;
import ua.hromada.registry.record.RecordEndpoints;
import ua.hromada.registry.record.RecordReference;
import ua.hromada.registry.record.WithdrawalRequest;

import java.time.LocalDate;

/**
 * The council's participatory-budget projects over HTTP, for the caller's council. Clients see and choose plain
 * ids; inside, each is scoped to the caller's tenant, so another council's project is simply not found. Reads come
 * from the directory projection, which follows the event store shortly after a write: a GET right after a POST may
 * not see it yet.
 */
@RestController
@RequestMapping(BudgetProjectController.PATH)
class BudgetProjectController {

    static final String PATH = "/api/registry/budget-projects";
    private static final String IF_MATCH = "If-Match";

    private final RecordEndpoints endpoints;

    BudgetProjectController(RecordEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Answers 201 for a new project and 200 for an identical repeat. */
    @PostMapping
    ResponseEntity<RecordReference> submit(
            @Valid @RequestBody SubmitBudgetProjectRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        return endpoints.create("budget-project", request.id(), idempotencyKey,
                clientId -> submission(inCallersCouncil(clientId), request));
    }

    static SubmitBudgetProjectCommand submission(BudgetProjectId id, SubmitBudgetProjectRequest request) {
        return new SubmitBudgetProjectCommand(id, request.programYear(), request.submittedOn(), request.title(),
                request.author(), request.category(), request.requestedAmount(), request.status(), request.votes());
    }

    /** The working group admitted the project to the vote; takes no body. */
    @PostMapping("/{id}/admission")
    RecordReference admit(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                          @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new AdmitBudgetProjectCommand(inCallersCouncil(id)), ifMatch);
    }

    @PostMapping("/{id}/rejection")
    RecordReference reject(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                           @Valid @RequestBody BudgetProjectChangeRequests.Rejection request,
                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new RejectBudgetProjectCommand(inCallersCouncil(id), request.reason()),
                ifMatch);
    }

    @PostMapping("/{id}/voting-result")
    RecordReference recordVotingResult(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @Valid @RequestBody BudgetProjectChangeRequests.VotingResult request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new RecordBudgetProjectVotingResultCommand(inCallersCouncil(id),
                request.votes()), ifMatch);
    }

    /** The project won the vote; takes no body. */
    @PostMapping("/{id}/winner")
    RecordReference declareWinner(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new DeclareBudgetProjectWinnerCommand(inCallersCouncil(id)), ifMatch);
    }

    @PostMapping("/{id}/correction")
    RecordReference correct(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody BudgetProjectChangeRequests.Correction request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new CorrectBudgetProjectCommand(inCallersCouncil(id),
                new BudgetProjectDetails(request.programYear(), request.submittedOn(), request.title(),
                        request.author(), request.category(), request.requestedAmount(), request.status(),
                        request.votes()), request.reason()), ifMatch);
    }

    @PostMapping("/{id}/withdrawal")
    RecordReference withdraw(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                             @Valid @RequestBody WithdrawalRequest request,
                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new WithdrawBudgetProjectCommand(inCallersCouncil(id), request.reason()),
                ifMatch);
    }

    /** The project with its version as {@code ETag}, for a later change to name in {@code If-Match}. */
    @GetMapping("/{id}")
    ResponseEntity<BudgetProjectView> find(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id) {
        return endpoints.find(id, "budget project", new FindBudgetProjectQuery(inCallersCouncil(id)),
                BudgetProjectView.class, BudgetProjectView::version);
    }

    /**
     * Projects by {@code submittedOn}, which {@code from}/{@code to} filter on; {@code programYear} keeps one
     * programme's projects (the register has no kinds: the program year is what it lists by kind); {@code text}
     * looks in the title, author and category; withdrawn projects only with {@code status=withdrawn}.
     */
    @GetMapping
    BudgetProjectPage list(
            @RequestParam(required = false) Integer programYear,
            @RequestParam(required = false) BudgetProjectRecordStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + ListRequest.DEFAULT_SIZE) @Min(1) @Max(ListRequest.MAX_SIZE) int size) {
        RecordFilter standard = ListRequest.filter(null, status, from, to, text, page, size);
        RecordFilter filter = new RecordFilter(
                programYear == null ? null : BudgetProjectDirectoryProjection.kindOf(programYear), standard.status(),
                standard.from(), standard.to(), standard.text(), standard.page(), standard.size());
        return endpoints.list(new FindBudgetProjectsQuery(filter), BudgetProjectPage.class);
    }

    private BudgetProjectId inCallersCouncil(String clientId) {
        return endpoints.inCallersCouncil(clientId, BudgetProjectId::of);
    }
}

package ua.hromada.registry.budget;

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
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.registry.api.record.RecordFilter;
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

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final TenantContext tenantContext;

    BudgetProjectController(CommandGateway commandGateway, QueryGateway queryGateway, TenantContext tenantContext) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.tenantContext = tenantContext;
    }

    /** Answers 201 for a new project and 200 for an identical repeat. */
    @PostMapping
    ResponseEntity<RecordReference> submit(
            @Valid @RequestBody SubmitBudgetProjectRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        String clientId = ClientIds.choose("budget-project", request.id(), idempotencyKey);
        CreationOutcome outcome = commandGateway.sendAndWait(submission(inCallersCouncil(clientId), request));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(clientId).toUri();
        RecordReference body = new RecordReference(clientId);
        return outcome.created()
                ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    static SubmitBudgetProjectCommand submission(BudgetProjectId id, SubmitBudgetProjectRequest request) {
        return new SubmitBudgetProjectCommand(id, request.programYear(), request.submittedOn(), request.title(),
                request.author(), request.category(), request.requestedAmount(), request.status(), request.votes());
    }

    /** The working group admitted the project to the vote; takes no body. */
    @PostMapping("/{id}/admission")
    RecordReference admit(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                          @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new AdmitBudgetProjectCommand(inCallersCouncil(id)), ifMatch);
        return new RecordReference(id);
    }

    @PostMapping("/{id}/rejection")
    RecordReference reject(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                           @Valid @RequestBody BudgetProjectChangeRequests.Rejection request,
                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new RejectBudgetProjectCommand(inCallersCouncil(id), request.reason()),
                ifMatch);
        return new RecordReference(id);
    }

    @PostMapping("/{id}/voting-result")
    RecordReference recordVotingResult(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @Valid @RequestBody BudgetProjectChangeRequests.VotingResult request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new RecordBudgetProjectVotingResultCommand(inCallersCouncil(id),
                request.votes()), ifMatch);
        return new RecordReference(id);
    }

    /** The project won the vote; takes no body. */
    @PostMapping("/{id}/winner")
    RecordReference declareWinner(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new DeclareBudgetProjectWinnerCommand(inCallersCouncil(id)), ifMatch);
        return new RecordReference(id);
    }

    @PostMapping("/{id}/correction")
    RecordReference correct(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody BudgetProjectChangeRequests.Correction request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new CorrectBudgetProjectCommand(inCallersCouncil(id),
                new BudgetProjectDetails(request.programYear(), request.submittedOn(), request.title(),
                        request.author(), request.category(), request.requestedAmount(), request.status(),
                        request.votes()), request.reason()), ifMatch);
        return new RecordReference(id);
    }

    @PostMapping("/{id}/withdrawal")
    RecordReference withdraw(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                             @Valid @RequestBody WithdrawalRequest request,
                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ExpectedVersion.send(commandGateway, new WithdrawBudgetProjectCommand(inCallersCouncil(id), request.reason()),
                ifMatch);
        return new RecordReference(id);
    }

    /** The project with its version as {@code ETag}, for a later change to name in {@code If-Match}. */
    @GetMapping("/{id}")
    ResponseEntity<BudgetProjectView> find(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id) {
        BudgetProjectView project = queryGateway.query(new FindBudgetProjectQuery(inCallersCouncil(id)),
                        ResponseTypes.optionalInstanceOf(BudgetProjectView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("not_found", "id",
                        "No budget project with id " + id + "."));
        return ResponseEntity.ok().eTag(ExpectedVersion.etagOf(project.version())).body(project);
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
        return queryGateway.query(new FindBudgetProjectsQuery(filter),
                ResponseTypes.instanceOf(BudgetProjectPage.class)).join();
    }

    private BudgetProjectId inCallersCouncil(String clientId) {
        return BudgetProjectId.of(tenantContext.scope(clientId).value());
    }
}

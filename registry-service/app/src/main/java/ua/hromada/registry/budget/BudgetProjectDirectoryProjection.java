package ua.hromada.registry.budget;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ua.hromada.registry.api.budget.BudgetProjectAdmittedEvent;
import ua.hromada.registry.api.budget.BudgetProjectCorrectedEvent;
import ua.hromada.registry.api.budget.BudgetProjectDetails;
import ua.hromada.registry.api.budget.BudgetProjectPage;
import ua.hromada.registry.api.budget.BudgetProjectRecordStatus;
import ua.hromada.registry.api.budget.BudgetProjectRejectedEvent;
import ua.hromada.registry.api.budget.BudgetProjectStatus;
import ua.hromada.registry.api.budget.BudgetProjectSubmittedEvent;
import ua.hromada.registry.api.budget.BudgetProjectView;
import ua.hromada.registry.api.budget.BudgetProjectVotingResultRecordedEvent;
import ua.hromada.registry.api.budget.BudgetProjectWinnerDeclaredEvent;
import ua.hromada.registry.api.budget.BudgetProjectWithdrawnEvent;
import ua.hromada.registry.api.budget.FindBudgetProjectQuery;
import ua.hromada.registry.api.budget.FindBudgetProjectsQuery;
import ua.hromada.registry.record.RecordDirectory;
import ua.hromada.registry.record.RecordSummary;
import ua.hromada.tenancy.TenantMetaData;
import ua.hromada.tenancy.TenantScopedId;

import java.util.Optional;

/**
 * The council's participatory-budget projects as it reads them: one document per project in {@value #COLLECTION}
 * with its current state, listed by {@code submittedOn}. The register has no kinds, so the summary's kind is the
 * program year as digits ({@code "2021"}): that is what {@code ?programYear=} filters on. The status comes from the
 * lifecycle events alone (submitted, admitted, rejected, winner); the details a submitting command carries for
 * recognising its repeats are never read here, so a project imported with its later status is not counted twice.
 * Idempotent by the aggregate sequence number (see {@link RecordDirectory}). The register's metric is a flow,
 * counted by reporting from the events, so it keeps no stock counts.
 */
@Component
@ProcessingGroup(BudgetProjectDirectoryProjection.PROCESSING_GROUP)
class BudgetProjectDirectoryProjection {

    static final String PROCESSING_GROUP = "budget-project-directory";
    static final String COLLECTION = "registry_budget_projects";

    private final RecordDirectory<BudgetProjectView> directory;

    BudgetProjectDirectoryProjection(MongoDatabase database, ObjectMapper json) {
        directory = new RecordDirectory<>(database, COLLECTION, BudgetProjectView.class,
                BudgetProjectDirectoryProjection::summaryOf, json);
    }

    @EventHandler
    void on(BudgetProjectSubmittedEvent event, @SequenceNumber long sequence) {
        String id = event.budgetProjectId().value();
        directory.apply(id, sequence, none -> new BudgetProjectView(TenantScopedId.parse(id).clientId(),
                event.programYear(), event.submittedOn(), event.title(), event.author(), event.category(),
                event.requestedAmount(), BudgetProjectRecordStatus.SUBMITTED, null, null, 0, sequence));
    }

    @EventHandler
    void on(BudgetProjectAdmittedEvent event, @SequenceNumber long sequence) {
        String id = event.budgetProjectId().value();
        directory.apply(id, sequence, current -> withStatus(current, BudgetProjectRecordStatus.ADMITTED,
                current.rejectionReason(), sequence));
    }

    @EventHandler
    void on(BudgetProjectRejectedEvent event, @SequenceNumber long sequence) {
        String id = event.budgetProjectId().value();
        directory.apply(id, sequence, current -> withStatus(current, BudgetProjectRecordStatus.REJECTED,
                event.reason(), sequence));
    }

    @EventHandler
    void on(BudgetProjectVotingResultRecordedEvent event, @SequenceNumber long sequence) {
        String id = event.budgetProjectId().value();
        directory.apply(id, sequence, current -> new BudgetProjectView(current.id(), current.programYear(),
                current.submittedOn(), current.title(), current.author(), current.category(),
                current.requestedAmount(), current.status(), event.votes(), current.rejectionReason(),
                current.corrections(), sequence));
    }

    @EventHandler
    void on(BudgetProjectWinnerDeclaredEvent event, @SequenceNumber long sequence) {
        String id = event.budgetProjectId().value();
        directory.apply(id, sequence, current -> withStatus(current, BudgetProjectRecordStatus.WINNER,
                current.rejectionReason(), sequence));
    }

    /** The corrected details replace the record; a rejection's reason stays only while the project stays rejected. */
    @EventHandler
    void on(BudgetProjectCorrectedEvent event, @SequenceNumber long sequence) {
        String id = event.budgetProjectId().value();
        BudgetProjectDetails corrected = event.corrected();
        directory.apply(id, sequence, current -> new BudgetProjectView(current.id(), corrected.programYear(),
                corrected.submittedOn(), corrected.title(), corrected.author(), corrected.category(),
                corrected.requestedAmount(), BudgetProjectRecordStatus.of(corrected.status()), corrected.votes(),
                corrected.status() == BudgetProjectStatus.REJECTED ? current.rejectionReason() : null,
                current.corrections() + 1, sequence));
    }

    @EventHandler
    void on(BudgetProjectWithdrawnEvent event, @SequenceNumber long sequence) {
        String id = event.budgetProjectId().value();
        directory.apply(id, sequence, current -> withStatus(current, BudgetProjectRecordStatus.WITHDRAWN,
                current.rejectionReason(), sequence));
    }

    @ResetHandler
    void reset() {
        directory.clear();
    }

    @QueryHandler
    Optional<BudgetProjectView> handle(FindBudgetProjectQuery query,
                                       @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        return directory.find(tenant, query.budgetProjectId().value());
    }

    @QueryHandler
    BudgetProjectPage handle(FindBudgetProjectsQuery query,
                             @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        RecordDirectory.Page<BudgetProjectView> page = directory.page(tenant, query.filter());
        return new BudgetProjectPage(page.items(), query.filter().page(), query.filter().size(), page.total());
    }

    private static BudgetProjectView withStatus(BudgetProjectView current, BudgetProjectRecordStatus status,
                                                String rejectionReason, long version) {
        return new BudgetProjectView(current.id(), current.programYear(), current.submittedOn(), current.title(),
                current.author(), current.category(), current.requestedAmount(), status, current.votes(),
                rejectionReason, current.corrections(), version);
    }

    /** The kind a project is listed under: its program year, as {@code ?programYear=} names it. */
    static String kindOf(int programYear) {
        return Integer.toString(programYear);
    }

    private static RecordSummary summaryOf(BudgetProjectView view) {
        String text = RecordSummary.textOf(view.title(), view.author(), view.category());
        return new RecordSummary(kindOf(view.programYear()), view.status().value(), view.submittedOn(),
                view.submittedOn().toString(), text);
    }
}

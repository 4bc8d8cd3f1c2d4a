package ua.hromada.reporting.metric.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import ua.hromada.registry.api.act.ActAdoptedEvent;
import ua.hromada.registry.api.act.ActCorrectedEvent;
import ua.hromada.registry.api.act.ActDetails;
import ua.hromada.registry.api.act.ActDraftedEvent;
import ua.hromada.registry.api.act.ActKind;
import ua.hromada.registry.api.act.ActWithdrawnEvent;
import ua.hromada.reporting.metric.Fact;
import ua.hromada.reporting.metric.MetricDefinition;
import ua.hromada.reporting.metric.MetricFamily;
import ua.hromada.reporting.metric.ReportSectionKind;

/**
 * Council acts: those adopted (a draft decision counts when drafted) and the drafts the department prepared. A
 * draft the department prepared counts on the day it was drafted, or, for an act recorded without a drafting
 * date, on the day it was adopted — the draft existed by then.
 */
@Component
class ActMetrics extends MetricFamily {

    static final String ACTS = "registry.acts";
    static final String DRAFTED_BY_DEPARTMENT = "registry.acts.drafted_by_department";
    private static final Map<String, String> ACT_KINDS = labels(
            "head_directive", "розпорядження міського голови",
            "council_decision", "рішення міської ради",
            "executive_decision", "рішення виконавчого комітету",
            "draft_decision", "проєкти рішень",
            "session_protocol", "протоколи сесій",
            "executive_protocol", "протоколи засідань виконкому");

    ActMetrics() {
        super(MetricDefinition.flow(ACTS).in(ReportSectionKind.CORRESPONDENCE, 60)
                        .titled("Прийняті акти", "Прийняті акти за датою прийняття; проєкти рішень — за датою підготовки.")
                        .counting("акт", "акти", "актів")
                        .by("kind")
                        .labels(ACT_KINDS)
                        .build(),
                MetricDefinition.flow(DRAFTED_BY_DEPARTMENT).in(ReportSectionKind.CORRESPONDENCE, 50)
                        .titled("Проєкти актів, підготовлені відділом",
                                "Проєкти актів, підготовлені відділом, за датою підготовки (без неї — за датою прийняття).")
                        .counting("проєкт акта", "проєкти актів", "проєктів актів")
                        .by("kind")
                        .labels(ACT_KINDS)
                        .build());
        adding(ActDraftedEvent.class, event -> facts(
                event.kind() == ActKind.DRAFT_DECISION ? Fact.one(ACTS, event.draftedOn(), event.kind().value()) : null,
                event.preparedByDepartment()
                        ? Fact.one(DRAFTED_BY_DEPARTMENT, event.draftedOn(), event.kind().value()) : null));
        on(ActAdoptedEvent.class, (event, asserted) -> plus(asserted, facts(
                event.kind() == ActKind.DRAFT_DECISION ? null : Fact.one(ACTS, event.adoptedOn(), event.kind().value()),
                event.preparedByDepartment() && asserted.stream().noneMatch(f -> f.metric().equals(DRAFTED_BY_DEPARTMENT))
                        ? Fact.one(DRAFTED_BY_DEPARTMENT, event.adoptedOn(), event.kind().value()) : null)));
        replacing(ActCorrectedEvent.class, event -> factsOf(event.corrected()));
        withdrawing(ActWithdrawnEvent.class);
    }

    private static List<Fact> factsOf(ActDetails act) {
        String kind = act.kind().value();
        LocalDate counted = act.kind() == ActKind.DRAFT_DECISION ? act.draftedOn() : act.adoptedOn();
        LocalDate drafted = act.draftedOn() != null ? act.draftedOn() : act.adoptedOn();
        return facts(counted == null ? null : Fact.one(ACTS, counted, kind),
                act.preparedByDepartment() && drafted != null ? Fact.one(DRAFTED_BY_DEPARTMENT, drafted, kind) : null);
    }
}

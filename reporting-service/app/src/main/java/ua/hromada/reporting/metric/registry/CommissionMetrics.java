package ua.hromada.reporting.metric.registry;

import java.util.List;

import org.springframework.stereotype.Component;

import ua.hromada.registry.api.commission.CommissionAbolishedEvent;
import ua.hromada.registry.api.commission.CommissionCorrectedEvent;
import ua.hromada.registry.api.commission.CommissionDetails;
import ua.hromada.registry.api.commission.CommissionEstablishedEvent;
import ua.hromada.registry.api.commission.CommissionMeetingHeldEvent;
import ua.hromada.registry.api.commission.CommissionPurpose;
import ua.hromada.registry.api.commission.CommissionWithdrawnEvent;
import ua.hromada.reporting.metric.Fact;
import ua.hromada.reporting.metric.MetricDefinition;
import ua.hromada.reporting.metric.MetricFamily;
import ua.hromada.reporting.metric.ReportSectionKind;

/** The register of commissions, working groups and coordination councils, and their meetings. */
@Component
class CommissionMetrics extends MetricFamily {

    static final String COMMISSIONS = "registry.commissions";
    static final String MEETINGS = "registry.commission_meetings";
    private static final String COMMISSION = "";

    CommissionMetrics() {
        super(MetricDefinition.stock(COMMISSIONS).in(ReportSectionKind.REGISTRIES, 20)
                        .titled("Комісії, робочі групи та координаційні ради",
                                "Діючі міські комісії, робочі групи та координаційні ради на останній день періоду:"
                                        + " від дня утворення до дня ліквідації.")
                        .counting("комісія, робоча група чи координаційна рада",
                                "комісії, робочі групи та координаційні ради",
                                "комісій, робочих груп та координаційних рад")
                        .by("kind")
                        .label("commission", "комісії")
                        .label("working_group", "робочі групи")
                        .label("coordination_council", "координаційні ради")
                        .build(),
                MetricDefinition.flow(MEETINGS).in(ReportSectionKind.REGISTRIES, 30)
                        .titled("Засідання комісій та робочих груп", "Проведені засідання, за датою засідання.")
                        .counting("засідання", "засідання", "засідань")
                        .by("purpose")
                        .label("awards", "комісія з питань нагородження")
                        .label("renaming", "комісія з питань перейменування")
                        .label("veterans", "з питань ветеранів")
                        .label("budget", "громадський бюджет")
                        .label("other", "інші")
                        .build());
        on(CommissionEstablishedEvent.class, (event, asserted) -> replacingPart(asserted, COMMISSION,
                facts(Fact.one(COMMISSIONS, event.establishedOn(), event.kind().value()))));
        adding(CommissionAbolishedEvent.class,
                event -> facts(Fact.ended(COMMISSIONS, event.abolishedOn(), event.kind().value())));
        on(CommissionCorrectedEvent.class,
                (event, asserted) -> replacingPart(asserted, COMMISSION, factsOf(event.corrected())));
        withdrawing(CommissionWithdrawnEvent.class);
        on(CommissionMeetingHeldEvent.class, (event, asserted) -> replacingPart(asserted, event.meetingId(),
                facts(Fact.one(MEETINGS, event.heldOn(), purposeOf(event.purpose())))));
    }

    private static String purposeOf(CommissionPurpose purpose) {
        return (purpose == null ? CommissionPurpose.OTHER : purpose).value();
    }

    private static List<Fact> factsOf(CommissionDetails commission) {
        String kind = commission.kind().value();
        return facts(Fact.one(COMMISSIONS, commission.establishedOn(), kind),
                commission.abolishedOn() == null ? null : Fact.ended(COMMISSIONS, commission.abolishedOn(), kind));
    }
}

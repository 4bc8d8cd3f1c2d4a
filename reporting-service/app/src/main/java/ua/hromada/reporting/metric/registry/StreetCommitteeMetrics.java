package ua.hromada.reporting.metric.registry;

import java.util.List;

import org.springframework.stereotype.Component;

import ua.hromada.registry.api.streetcommittee.StreetCommitteeCorrectedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeDetails;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeDissolvedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionCorrectedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionRecordedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionWithdrawnEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeEstablishedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeWithdrawnEvent;
import ua.hromada.reporting.metric.Fact;
import ua.hromada.reporting.metric.MetricDefinition;
import ua.hromada.reporting.metric.MetricFamily;
import ua.hromada.reporting.metric.ReportSectionKind;

/** Street committees (organs of population self-organisation) and the residents' meetings that elect them. */
@Component
class StreetCommitteeMetrics extends MetricFamily {

    static final String COMMITTEES = "registry.street_committees";
    static final String ELECTIONS = "registry.street_committee_elections";
    private static final String COMMITTEE = "";

    StreetCommitteeMetrics() {
        super(MetricDefinition.stock(COMMITTEES).in(ReportSectionKind.SELF_ORGANISATION, 10)
                        .titled("Вуличні комітети",
                                "Зареєстровані вуличні комітети на останній день періоду: від дня утворення до дня"
                                        + " розпуску.")
                        .counting("вуличний комітет", "вуличні комітети", "вуличних комітетів")
                        .build(),
                MetricDefinition.flow(ELECTIONS).in(ReportSectionKind.SELF_ORGANISATION, 20)
                        .titled("Вибори вуличних комітетів",
                                "Загальні збори мешканців, що обрали вуличний комітет, за датою зборів.")
                        .counting("вибори", "вибори", "виборів")
                        .build());
        on(StreetCommitteeEstablishedEvent.class, (event, asserted) -> replacingPart(asserted, COMMITTEE,
                facts(Fact.one(COMMITTEES, event.establishedOn(), null))));
        adding(StreetCommitteeDissolvedEvent.class, event -> facts(Fact.ended(COMMITTEES, event.dissolvedOn(), null)));
        on(StreetCommitteeCorrectedEvent.class,
                (event, asserted) -> replacingPart(asserted, COMMITTEE, factsOf(event.corrected())));
        withdrawing(StreetCommitteeWithdrawnEvent.class);
        on(StreetCommitteeElectionRecordedEvent.class, (event, asserted) -> replacingPart(asserted,
                event.electionId(), facts(Fact.one(ELECTIONS, event.heldOn(), null))));
        on(StreetCommitteeElectionCorrectedEvent.class, (event, asserted) -> replacingPart(asserted,
                event.electionId(), facts(Fact.one(ELECTIONS, event.corrected().heldOn(), null))));
        on(StreetCommitteeElectionWithdrawnEvent.class,
                (event, asserted) -> replacingPart(asserted, event.electionId(), List.of()));
    }

    private static List<Fact> factsOf(StreetCommitteeDetails committee) {
        return facts(Fact.one(COMMITTEES, committee.establishedOn(), null),
                committee.dissolvedOn() == null ? null : Fact.ended(COMMITTEES, committee.dissolvedOn(), null));
    }
}

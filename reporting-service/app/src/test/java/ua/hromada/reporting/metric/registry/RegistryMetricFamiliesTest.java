package ua.hromada.reporting.metric.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ua.hromada.registry.api.act.ActAdoptedEvent;
import ua.hromada.registry.api.act.ActDraftedEvent;
import ua.hromada.registry.api.act.ActId;
import ua.hromada.registry.api.act.ActKind;
import ua.hromada.registry.api.budget.BudgetProjectAdmittedEvent;
import ua.hromada.registry.api.budget.BudgetProjectId;
import ua.hromada.registry.api.budget.BudgetProjectSubmittedEvent;
import ua.hromada.registry.api.budget.BudgetProjectWinnerDeclaredEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentCorrectedEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentDetails;
import ua.hromada.registry.api.correspondence.IncomingDocumentId;
import ua.hromada.registry.api.correspondence.IncomingDocumentKind;
import ua.hromada.registry.api.correspondence.IncomingDocumentPutOnLongTermControlEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentReceivedEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentTakenOffLongTermControlEvent;
import ua.hromada.registry.api.organisation.OrganisationCorrectedEvent;
import ua.hromada.registry.api.organisation.OrganisationDetails;
import ua.hromada.registry.api.organisation.OrganisationId;
import ua.hromada.registry.api.organisation.OrganisationKind;
import ua.hromada.registry.api.organisation.OrganisationLiquidatedEvent;
import ua.hromada.registry.api.organisation.OrganisationRegisteredEvent;
import ua.hromada.registry.api.petition.PetitionAnsweredEvent;
import ua.hromada.registry.api.petition.PetitionId;
import ua.hromada.registry.api.petition.PetitionSubmittedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeCorrectedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeDetails;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionRecordedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeEstablishedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeId;
import ua.hromada.reporting.metric.Fact;
import ua.hromada.reporting.metric.MetricCatalogue;
import ua.hromada.reporting.metric.MetricFamily;

/** What each registry record asserts after each of its events: the facts the ledger's figures are sums of. */
class RegistryMetricFamiliesTest {

    private static final LocalDate MARCH = LocalDate.parse("2021-03-01");

    @Test
    void anOrganisationCountsFromRegistrationAndNoLongerFromLiquidationAndACorrectionRestatesBoth() {
        OrganisationId id = new OrganisationId("o1");
        List<Fact> facts = after(new OrganisationMetrics(), List.of(),
                new OrganisationRegisteredEvent(id, OrganisationKind.NGO, "ГО", MARCH, null, null),
                new OrganisationLiquidatedEvent(id, OrganisationKind.NGO, MARCH.plusYears(1)));
        assertThat(facts).containsExactly(Fact.one("registry.organisations", MARCH, "ngo"),
                Fact.ended("registry.organisations", MARCH.plusYears(1), "ngo"));

        List<Fact> corrected = after(new OrganisationMetrics(), facts, new OrganisationCorrectedEvent(id, null,
                new OrganisationDetails(OrganisationKind.CHARITY, "ГО", MARCH.plusDays(1), null, null, null), "вид"));

        assertThat(corrected).containsExactly(Fact.one("registry.organisations", MARCH.plusDays(1), "charity"));
    }

    @Test
    void correctingAStreetCommitteeKeepsItsElections() {
        StreetCommitteeId id = new StreetCommitteeId("s1");
        List<Fact> facts = after(new StreetCommitteeMetrics(), List.of(),
                new StreetCommitteeEstablishedEvent(id, "вул. Миру", MARCH),
                new StreetCommitteeElectionRecordedEvent(id, "e1", MARCH.plusDays(10), "Голова", "вул. Миру"),
                new StreetCommitteeCorrectedEvent(id, null, new StreetCommitteeDetails("вул. Миру", MARCH.minusDays(1),
                        MARCH.plusYears(1)), "дата"));

        assertThat(facts).containsExactlyInAnyOrder(
                new Fact("registry.street_committee_elections", MARCH.plusDays(10), null, 1, "e1"),
                Fact.one("registry.street_committees", MARCH.minusDays(1), null),
                Fact.ended("registry.street_committees", MARCH.plusYears(1), null));
    }

    @Test
    void longTermControlCountsEachPeriodAndACorrectionDropsOnlyTheRunningOne() {
        IncomingDocumentId id = new IncomingDocumentId("d1");
        IncomingDocumentDetails onControl = new IncomingDocumentDetails(IncomingDocumentKind.LETTER, MARCH, null, null,
                null, null, true);
        List<Fact> facts = after(new CorrespondenceMetrics(), List.of(),
                new IncomingDocumentReceivedEvent(id, IncomingDocumentKind.LETTER, MARCH, null, null, null, null, false),
                new IncomingDocumentPutOnLongTermControlEvent(id, MARCH),
                new IncomingDocumentTakenOffLongTermControlEvent(id, MARCH, MARCH.plusDays(30)),
                new IncomingDocumentPutOnLongTermControlEvent(id, MARCH.plusDays(60)));
        assertThat(sum(facts, "registry.documents.long_term_control", MARCH.plusDays(29))).isEqualTo(1);
        assertThat(sum(facts, "registry.documents.long_term_control", MARCH.plusDays(30))).isZero();
        assertThat(sum(facts, "registry.documents.long_term_control", MARCH.plusDays(61))).isEqualTo(1);

        List<Fact> corrected = after(new CorrespondenceMetrics(), facts, new IncomingDocumentCorrectedEvent(id,
                onControl, new IncomingDocumentDetails(IncomingDocumentKind.LETTER, MARCH, null, null, null, null,
                        false), "не на контролі"));

        assertThat(sum(corrected, "registry.documents.long_term_control", MARCH.plusDays(29))).isEqualTo(1);
        assertThat(sum(corrected, "registry.documents.long_term_control", MARCH.plusDays(61))).isZero();
        assertThat(sum(corrected, "registry.documents.incoming", MARCH)).isEqualTo(1);
    }

    @Test
    void aDraftPreparedByTheDepartmentCountsOnceWhenDraftedAndAnActWhenAdopted() {
        ActId id = new ActId("a1");
        List<Fact> drafted = after(new ActMetrics(), List.of(),
                new ActDraftedEvent(id, ActKind.HEAD_DIRECTIVE, "1", "Про", MARCH, true, null),
                new ActAdoptedEvent(id, ActKind.HEAD_DIRECTIVE, "1", "Про", MARCH.plusDays(3), true, null));
        List<Fact> adoptedOnly = after(new ActMetrics(), List.of(),
                new ActAdoptedEvent(id, ActKind.EXECUTIVE_DECISION, "2", "Про", MARCH, true, null));
        List<Fact> draftDecision = after(new ActMetrics(), List.of(),
                new ActDraftedEvent(id, ActKind.DRAFT_DECISION, "3", "Про", MARCH, false, null));

        assertThat(drafted).containsExactly(Fact.one("registry.acts.drafted_by_department", MARCH, "head_directive"),
                Fact.one("registry.acts", MARCH.plusDays(3), "head_directive"));
        assertThat(adoptedOnly).containsExactly(Fact.one("registry.acts", MARCH, "executive_decision"),
                Fact.one("registry.acts.drafted_by_department", MARCH, "executive_decision"));
        assertThat(draftDecision).containsExactly(Fact.one("registry.acts", MARCH, "draft_decision"));
    }

    @Test
    void petitionsAndProjectsCountOnceOnSubmissionUnderTheirLatestStatus() {
        PetitionId petition = new PetitionId("p1");
        BudgetProjectId project = new BudgetProjectId("b1");

        assertThat(after(new PetitionMetrics(), List.of(),
                new PetitionSubmittedEvent(petition, "Петиція", MARCH, "Автор", null),
                new PetitionAnsweredEvent(petition, MARCH, MARCH.plusDays(40))))
                .containsExactly(Fact.one("registry.petitions", MARCH, "answered"));
        assertThat(after(new BudgetProjectMetrics(), List.of(),
                new BudgetProjectSubmittedEvent(project, 2022, MARCH, "Сквер", null, null, null, null),
                new BudgetProjectAdmittedEvent(project, 2022),
                new BudgetProjectWinnerDeclaredEvent(project, 2022)))
                .containsExactly(Fact.one("registry.budget_projects", MARCH, "winner"));
    }

    @Test
    void everyMetricKeyIsInOneFamilyAndEveryEventInOneMapping() {
        List<MetricFamily> families = List.of(new OrganisationMetrics(), new StreetCommitteeMetrics(),
                new CommissionMetrics(), new CorrespondenceMetrics(), new AppealMetrics(), new ActMetrics(),
                new PetitionMetrics(), new BudgetProjectMetrics());

        MetricCatalogue catalogue = new MetricCatalogue(families);

        assertThat(catalogue.metrics()).extracting(m -> m.key()).containsExactlyInAnyOrder(
                "registry.organisations", "registry.street_committees", "registry.street_committee_elections",
                "registry.commissions", "registry.commission_meetings", "registry.documents.incoming",
                "registry.documents.answered", "registry.documents.outgoing", "registry.documents.long_term_control",
                "registry.appeals", "registry.acts", "registry.acts.drafted_by_department", "registry.petitions",
                "registry.budget_projects");
        assertThat(catalogue.metrics()).allSatisfy(metric -> {
            assertThat(metric.title()).isNotBlank();
            assertThat(metric.definition()).isNotBlank();
            assertThat(metric.noun()).isNotNull();
        });
        assertThatThrownBy(() -> new MetricCatalogue(List.of(new AppealMetrics(), new AppealMetrics())))
                .isInstanceOf(IllegalStateException.class);
    }

    private static List<Fact> after(MetricFamily family, List<Fact> asserted, Object... events) {
        List<Fact> facts = asserted;
        for (Object event : events) {
            facts = family.factsAfter(event, facts).orElseThrow();
        }
        return facts;
    }

    /** The stock a record's facts make on {@code day}: their values up to and including it. */
    private static long sum(List<Fact> facts, String metric, LocalDate day) {
        return facts.stream().filter(f -> f.metric().equals(metric) && !f.on().isAfter(day)).mapToLong(Fact::value).sum();
    }
}

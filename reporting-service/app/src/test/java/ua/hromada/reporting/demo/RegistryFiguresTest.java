package ua.hromada.reporting.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The evaluator the demo figures are checked with counts by DOMAIN.md's definitions, edge days included. */
class RegistryFiguresTest {

    @Test
    void anOrganisationCountsFromTheEndOfItsRegistrationUntilTheEndOfItsLiquidationDay() {
        RegistryFigures figures = RegistryFigures.of(List.of(
                "{\"type\":\"organisation\",\"id\":\"a\",\"kind\":\"ngo\",\"name\":\"А\","
                        + "\"registeredOn\":\"2020-03-31\",\"liquidatedOn\":\"2021-06-30\"}",
                "{\"type\":\"organisation\",\"id\":\"b\",\"kind\":\"religious\",\"name\":\"Б\","
                        + "\"registeredOn\":\"1995-05-05\"}"));

        assertThat(figures.value("registry.organisations", "kind", "ngo", "2020-02")).isZero();
        assertThat(figures.value("registry.organisations", "kind", "ngo", "2020-Q1")).isOne();
        assertThat(figures.value("registry.organisations", "kind", "ngo", "2021-05")).isOne();
        assertThat(figures.value("registry.organisations", "kind", "ngo", "2021-H1")).isZero();
        assertThat(figures.value("registry.organisations", "", "", "2021-05")).isEqualTo(2);
        assertThat(figures.value("registry.organisations", "kind", "party_cell", "2021")).isZero();
    }

    @Test
    void documentsCountAsIncomingByTheDayReceivedAndAsAnsweredByTheDayAnswered() {
        RegistryFigures figures = RegistryFigures.of(List.of(
                "{\"type\":\"incoming-document\",\"id\":\"d\",\"kind\":\"public_info_request\","
                        + "\"receivedOn\":\"2020-12-28\",\"answeredOn\":\"2021-01-05\"}",
                "{\"type\":\"incoming-document\",\"id\":\"e\",\"kind\":\"letter\",\"receivedOn\":\"2021-01-05\","
                        + "\"longTermControl\":true}",
                "{\"type\":\"outgoing-document\",\"id\":\"f\",\"kind\":\"internal\",\"sentOn\":\"2021-01-05\"}"));

        assertThat(figures.value("registry.documents.incoming", "", "", "2020")).isOne();
        assertThat(figures.value("registry.documents.answered", "", "", "2020")).isZero();
        assertThat(figures.value("registry.documents.answered", "kind", "public_info_request", "2021")).isOne();
        assertThat(figures.value("registry.documents.answered", "kind", "letter", "2021")).isZero();
        assertThat(figures.value("registry.documents.long_term_control", "", "", "2020")).isZero();
        assertThat(figures.value("registry.documents.long_term_control", "", "", "2021-01")).isOne();
        assertThat(figures.value("registry.documents.outgoing", "kind", "internal", "2021-Q1")).isOne();
    }

    @Test
    void onlyTheDepartmentsDraftsCountAsDraftedByIt() {
        RegistryFigures figures = RegistryFigures.of(List.of(
                "{\"type\":\"act\",\"id\":\"g\",\"kind\":\"head_directive\",\"draftedOn\":\"2020-12-30\","
                        + "\"adoptedOn\":\"2021-01-04\",\"preparedByDepartment\":true}",
                "{\"type\":\"act\",\"id\":\"h\",\"kind\":\"head_directive\",\"draftedOn\":\"2020-12-30\","
                        + "\"adoptedOn\":\"2020-12-31\"}"));

        assertThat(figures.value("registry.acts.drafted_by_department", "kind", "head_directive", "2020")).isOne();
        assertThat(figures.value("registry.acts.drafted_by_department", "kind", "head_directive", "2021")).isZero();
        assertThat(figures.value("registry.acts", "kind", "head_directive", "2021")).isOne();
    }

    @Test
    void periodsAreTheirFirstAndLastDays() {
        assertThat(RegistryFigures.daysOf("2020-Q1")).containsExactly(LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 3, 31));
        assertThat(RegistryFigures.daysOf("2021")).containsExactly(LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 12, 31));
        assertThat(RegistryFigures.daysOf("2020-02")).containsExactly(LocalDate.of(2020, 2, 1),
                LocalDate.of(2020, 2, 29));
        assertThatThrownBy(() -> RegistryFigures.daysOf("2021-Q5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMetricWithoutADefinitionIsNotCountedAsZero() {
        assertThatThrownBy(() -> RegistryFigures.of(List.of()).value("registry.unknown", "", "", "2021"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registry.unknown");
    }
}

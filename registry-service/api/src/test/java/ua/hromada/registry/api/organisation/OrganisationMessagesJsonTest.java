package ua.hromada.registry.api.organisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationMessagesJsonTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void eventIsWrittenWithPlainIdsKindsAndIsoDates() throws Exception {
        OrganisationRegisteredEvent event = new OrganisationRegisteredEvent(OrganisationId.of("lysychansk:org-1"),
                OrganisationKind.PARTY_CELL, "Осередок партії", LocalDate.of(2021, 6, 30), "Партія", "12345678");

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("{\"organisationId\":\"lysychansk:org-1\",\"kind\":\"party_cell\","
                + "\"name\":\"Осередок партії\",\"registeredOn\":\"2021-06-30\",\"party\":\"Партія\","
                + "\"code\":\"12345678\"}");
        assertThat(json.readValue(written, OrganisationRegisteredEvent.class)).isEqualTo(event);
    }

    @Test
    void pageOfViewsSurvivesARoundTrip() throws Exception {
        OrganisationPage page = new OrganisationPage(List.of(new OrganisationView("org-2",
                OrganisationKind.NGO, "Світанок", LocalDate.of(2020, 1, 15), null, null, null,
                OrganisationStatus.ACTIVE, 0, 0)), 0, 20, 1);

        assertThat(json.readValue(json.writeValueAsString(page), OrganisationPage.class)).isEqualTo(page);
    }

    @Test
    void eventsCarryARevision() {
        assertThat(OrganisationRegisteredEvent.class.getAnnotation(Revision.class).value()).isEqualTo("2");
    }

    @Test
    void kindsAreWrittenInLowerSnakeCase() {
        assertThat(List.of(OrganisationKind.values())).extracting(OrganisationKind::value)
                .containsExactly("party_cell", "ngo", "religious", "charity", "other");
        assertThat(OrganisationKind.fromValue("religious")).contains(OrganisationKind.RELIGIOUS);
        assertThat(OrganisationKind.fromValue("RELIGIOUS")).isEmpty();
    }

    @Test
    void idMustNotBeBlank() {
        assertThatThrownBy(() -> OrganisationId.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrganisationId.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}

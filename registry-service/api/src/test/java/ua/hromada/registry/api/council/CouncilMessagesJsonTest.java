package ua.hromada.registry.api.council;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CouncilMessagesJsonTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void eventIsWrittenWithAPlainIdAndAnIsoInstant() throws Exception {
        CouncilOnboardedEvent event = new CouncilOnboardedEvent(CouncilId.of("nizhyn:council"), "nizhyn",
                "Ніжинська міська рада", "admin@nizhyn.example", Instant.parse("2026-11-25T10:15:30.123Z"));

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("{\"councilId\":\"nizhyn:council\",\"code\":\"nizhyn\","
                + "\"name\":\"Ніжинська міська рада\",\"adminEmail\":\"admin@nizhyn.example\","
                + "\"onboardedAt\":\"2026-11-25T10:15:30.123Z\"}");
        assertThat(json.readValue(written, CouncilOnboardedEvent.class)).isEqualTo(event);
    }

    @Test
    void listOfCouncilsSurvivesARoundTrip() throws Exception {
        CouncilList list = new CouncilList(List.of(new CouncilView("lysychansk", "Лисичанська міська рада",
                "admin@lysychansk.example", Instant.parse("2026-01-05T08:00:00Z"))));

        assertThat(json.readValue(json.writeValueAsString(list), CouncilList.class)).isEqualTo(list);
    }

    @Test
    void eventCarriesARevision() {
        assertThat(CouncilOnboardedEvent.class.getAnnotation(Revision.class).value()).isEqualTo("1");
    }

    @Test
    void idMustNotBeBlank() {
        assertThatThrownBy(() -> CouncilId.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CouncilId.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}

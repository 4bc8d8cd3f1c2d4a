package ua.hromada.registry.organisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import ua.hromada.registry.api.organisation.OrganisationId;
import ua.hromada.registry.api.organisation.OrganisationKind;
import ua.hromada.registry.api.organisation.OrganisationRegisteredEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationRegisteredEventUpcasterTest {

    private static final String TYPE = OrganisationRegisteredEvent.class.getName();

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();
    private final OrganisationRegisteredEventUpcaster upcaster = new OrganisationRegisteredEventUpcaster();

    @Test
    void aPreSsoRegistrationGetsTheIdScopedToTheTenantOfItsMetadata() {
        List<IntermediateEventRepresentation> upcast = upcast("1", "org-1");

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        assertThat(deserialize(upcast.get(0))).isEqualTo(new OrganisationRegisteredEvent(
                OrganisationId.of("nizhyn:org-1"), OrganisationKind.NGO, "Світанок", LocalDate.of(2019, 5, 14), null,
                "12345678"));
    }

    @Test
    void aClientIdContainingTheSeparatorIsScopedAsAWhole() {
        assertThat(deserialize(upcast("1", "edrpou:12345678").get(0)).organisationId().value())
                .isEqualTo("nizhyn:edrpou:12345678");
    }

    @Test
    void aCurrentRegistrationIsLeftAlone() {
        IntermediateEventRepresentation upcast = upcast("2", "nizhyn:org-1").get(0);

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat(deserialize(upcast).organisationId().value()).isEqualTo("nizhyn:org-1");
    }

    private List<IntermediateEventRepresentation> upcast(String revision, String organisationId) {
        String payload = "{\"organisationId\":\"" + organisationId + "\",\"kind\":\"ngo\",\"name\":\"Світанок\","
                + "\"registeredOn\":\"2019-05-14\",\"party\":null,\"code\":\"12345678\"}";
        String metaData = "{\"tenant\":\"nizhyn\",\"user\":\"anonymous\"}";
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("Organisation", organisationId, 0,
                "event-1", Instant.parse("2022-01-10T09:00:00Z"), TYPE, revision, payload, metaData);
        return upcaster.upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
    }

    private OrganisationRegisteredEvent deserialize(IntermediateEventRepresentation representation) {
        SerializedObject<String> data = representation.getData(String.class);
        return serializer.deserialize(data);
    }
}

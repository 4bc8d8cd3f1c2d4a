package ua.hromada.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ua.hromada.reporting.metric.Fact;

class RecordEncodingTest {

    @Test
    void factsComeBackAsTheyWere() {
        List<Fact> facts = List.of(Fact.one("registry.organisations", LocalDate.of(2019, 5, 14), "ngo"),
                Fact.ended("registry.organisations", LocalDate.of(2021, 12, 31), "ngo"),
                new Fact("registry.street_committee_elections", LocalDate.of(1970, 1, 1), null, 3, "вибори-1"));

        assertThat(RecordEncoding.decodeFacts(RecordEncoding.encodeFacts(facts))).isEqualTo(facts);
        assertThat(RecordEncoding.decodeFacts(RecordEncoding.encodeFacts(List.of()))).isEmpty();
    }

    @Test
    void sourcesAppendedOneAfterAnotherComeBackInOrder() {
        RecordEncoding.Source registered = new RecordEncoding.Source("e-1", 17, 0, "OrganisationRegisteredEvent",
                Instant.parse("2021-03-15T09:30:00.123Z"), "lysychansk-clerk",
                List.of(new RecordEncoding.Change("registry.organisations", LocalDate.of(2021, 3, 15), "ngo", 1, 1)));
        RecordEncoding.Source withdrawn = new RecordEncoding.Source("e-2", 90_000_000_000L, 1,
                "OrganisationWithdrawnEvent", Instant.parse("2022-01-10T18:00:00Z"), null,
                List.of(new RecordEncoding.Change("registry.organisations", LocalDate.of(2021, 3, 15), "ngo", -1, -1)));
        byte[] first = RecordEncoding.encodeSource(registered);
        byte[] second = RecordEncoding.encodeSource(withdrawn);
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);

        assertThat(RecordEncoding.decodeSources(both)).containsExactly(registered, withdrawn);
        assertThat(RecordEncoding.decodeSources(new byte[0])).isEmpty();
    }

    @Test
    void aLedgerOfAnotherFormatAsksForARebuild() {
        assertThatThrownBy(() -> RecordEncoding.decodeFacts(new byte[] {7, 0}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rebuild the ledger");
    }
}

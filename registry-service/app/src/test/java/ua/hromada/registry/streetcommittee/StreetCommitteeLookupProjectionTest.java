package ua.hromada.registry.streetcommittee;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeCorrectedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeDetails;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeEstablishedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeId;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeWithdrawnEvent;
import ua.hromada.tenancy.TenantScopedId;
import ua.hromada.testing.MongoDatabases;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class StreetCommitteeLookupProjectionTest {

    private static final String LYSYCHANSK = "lysychansk";
    private static final String NIZHYN = "nizhyn";
    private static final LocalDate ESTABLISHED_ON = LocalDate.of(2015, 3, 10);

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private StreetCommitteeLookupProjection lookup;

    @BeforeEach
    void setUp() {
        lookup = new StreetCommitteeLookupProjection(mongo.fresh());
    }

    @Test
    void findsTheCommitteeOfAStreetIgnoringCaseAndSpacesWithinItsCouncilOnly() {
        lookup.on(established("sc-1", "вул. Шевченка"));

        assertThat(lookup.committeeOn(LYSYCHANSK, "вул. Шевченка")).contains(scoped("sc-1"));
        assertThat(lookup.committeeOn(LYSYCHANSK, "  ВУЛ.   шевченка ")).contains(scoped("sc-1"));
        assertThat(lookup.committeeOn(LYSYCHANSK, "вул. Миру")).isEmpty();
        assertThat(lookup.committeeOn(NIZHYN, "вул. Шевченка")).isEmpty();
    }

    @Test
    void findsTheCommitteeByItsExactClientId() {
        lookup.on(established("sc-1", "вул. Шевченка"));

        assertThat(lookup.committee(LYSYCHANSK, "sc-1")).contains(scoped("sc-1"));
        assertThat(lookup.committee(LYSYCHANSK, "SC-1")).isEmpty();
        assertThat(lookup.committee(NIZHYN, "sc-1")).isEmpty();
    }

    @Test
    void aNewCommitteeOfTheStreetTakesItOver() {
        lookup.on(established("sc-1", "вул. Шевченка"));
        lookup.on(established("sc-2", "вул. Шевченка"));

        assertThat(lookup.committeeOn(LYSYCHANSK, "вул. Шевченка")).contains(scoped("sc-2"));
    }

    @Test
    void aCorrectedStreetMovesTheCommittee() {
        lookup.on(established("sc-1", "вул. Шевченка"));

        lookup.on(new StreetCommitteeCorrectedEvent(scoped("sc-1"),
                new StreetCommitteeDetails("вул. Шевченка", ESTABLISHED_ON, null),
                new StreetCommitteeDetails("вул. Тараса Шевченка", ESTABLISHED_ON, null), "назва вулиці"));

        assertThat(lookup.committeeOn(LYSYCHANSK, "вул. Шевченка")).isEmpty();
        assertThat(lookup.committeeOn(LYSYCHANSK, "вул. Тараса Шевченка")).contains(scoped("sc-1"));
    }

    @Test
    void aCorrectionLeavingTheStreetDoesNotTakeItFromALaterCommittee() {
        lookup.on(established("sc-1", "вул. Шевченка"));
        lookup.on(established("sc-2", "вул. Шевченка"));

        lookup.on(new StreetCommitteeCorrectedEvent(scoped("sc-1"),
                new StreetCommitteeDetails("вул. Шевченка", ESTABLISHED_ON, null),
                new StreetCommitteeDetails("вул. Шевченка", ESTABLISHED_ON.minusDays(1), null), "дата"));

        assertThat(lookup.committeeOn(LYSYCHANSK, "вул. Шевченка")).contains(scoped("sc-2"));
    }

    @Test
    void aWithdrawnCommitteeIsNoLongerFoundButDoesNotTakeAnotherOnesStreet() {
        lookup.on(established("sc-1", "вул. Шевченка"));
        lookup.on(established("sc-2", "вул. Миру"));
        lookup.on(established("sc-3", "вул. Миру"));

        lookup.on(new StreetCommitteeWithdrawnEvent(scoped("sc-1"),
                new StreetCommitteeDetails("вул. Шевченка", ESTABLISHED_ON, null), "помилка"));
        lookup.on(new StreetCommitteeWithdrawnEvent(scoped("sc-2"),
                new StreetCommitteeDetails("вул. Миру", ESTABLISHED_ON, null), "помилка"));

        assertThat(lookup.committeeOn(LYSYCHANSK, "вул. Шевченка")).isEmpty();
        assertThat(lookup.committee(LYSYCHANSK, "sc-1")).isEmpty();
        assertThat(lookup.committeeOn(LYSYCHANSK, "вул. Миру")).contains(scoped("sc-3"));
    }

    @Test
    void resetForgetsEverything() {
        lookup.on(established("sc-1", "вул. Шевченка"));

        lookup.reset();

        assertThat(lookup.committeeOn(LYSYCHANSK, "вул. Шевченка")).isEmpty();
        assertThat(lookup.committee(LYSYCHANSK, "sc-1")).isEmpty();
    }

    private static StreetCommitteeEstablishedEvent established(String clientId, String street) {
        return new StreetCommitteeEstablishedEvent(scoped(clientId), street, ESTABLISHED_ON);
    }

    private static StreetCommitteeId scoped(String clientId) {
        return StreetCommitteeId.of(TenantScopedId.of(LYSYCHANSK, clientId).value());
    }
}

package ua.hromada.registry.commission;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.registry.api.commission.CommissionAbolishedEvent;
import ua.hromada.registry.api.commission.CommissionCorrectedEvent;
import ua.hromada.registry.api.commission.CommissionDetails;
import ua.hromada.registry.api.commission.CommissionEstablishedEvent;
import ua.hromada.registry.api.commission.CommissionId;
import ua.hromada.registry.api.commission.CommissionKind;
import ua.hromada.registry.api.commission.CommissionPurpose;
import ua.hromada.registry.api.commission.CommissionWithdrawnEvent;
import ua.hromada.tenancy.TenantScopedId;
import ua.hromada.testing.MongoDatabases;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CommissionLookupProjectionTest {

    private static final String LYSYCHANSK = "lysychansk";
    private static final String NIZHYN = "nizhyn";
    private static final String AWARDS_NAME = "Комісія з питань нагородження";
    private static final LocalDate ESTABLISHED_ON = LocalDate.of(2018, 2, 1);
    private static final LocalDate ABOLISHED_ON = LocalDate.of(2021, 11, 30);
    private static final CommissionDetails AWARDS = new CommissionDetails(AWARDS_NAME, CommissionKind.COMMISSION,
            ESTABLISHED_ON, null, null, CommissionPurpose.AWARDS);

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private CommissionLookupProjection lookup;

    @BeforeEach
    void setUp() {
        lookup = new CommissionLookupProjection(mongo.fresh());
    }

    @Test
    void findsACommissionByItsExactIdOrByItsNameWithinItsCouncilOnly() {
        lookup.on(established("awards", AWARDS_NAME, CommissionPurpose.AWARDS));

        assertThat(lookup.commission(LYSYCHANSK, "awards")).contains(scoped("awards"));
        assertThat(lookup.commission(LYSYCHANSK, AWARDS_NAME)).contains(scoped("awards"));
        assertThat(lookup.commission(LYSYCHANSK, " комісія  з питань НАГОРОДЖЕННЯ")).contains(scoped("awards"));
        assertThat(lookup.commission(LYSYCHANSK, "budget")).isEmpty();
        assertThat(lookup.commission(NIZHYN, "awards")).isEmpty();
        assertThat(lookup.commission(NIZHYN, AWARDS_NAME)).isEmpty();
    }

    @Test
    void anIdDifferingOnlyInCaseIsNotTheCommissionsId() {
        lookup.on(established("awards", AWARDS_NAME, CommissionPurpose.AWARDS));

        assertThat(lookup.commission(LYSYCHANSK, "AWARDS")).isEmpty();
    }

    @Test
    void anIdWinsOverAnotherCommissionsName() {
        lookup.on(established("budget", "Робоча група з бюджету", CommissionPurpose.BUDGET));
        lookup.on(established("wg-7", "budget", CommissionPurpose.OTHER));

        assertThat(lookup.commission(LYSYCHANSK, "budget")).contains(scoped("budget"));
    }

    @Test
    void theCouncilsAwardsCommissionIsTheWorkingOneWithPurposeAwards() {
        lookup.on(established("renaming", "Робоча група з перейменування", CommissionPurpose.RENAMING));
        assertThat(lookup.awardsCommissionOf(LYSYCHANSK)).isEmpty();

        lookup.on(established("awards", AWARDS_NAME, CommissionPurpose.AWARDS));

        assertThat(lookup.awardsCommissionOf(LYSYCHANSK)).contains(scoped("awards"));
        assertThat(lookup.awardsCommissionOf(NIZHYN)).isEmpty();
    }

    @Test
    void anAbolishedAwardsCommissionConsidersNoMorePetitionsButKeepsItsName() {
        lookup.on(established("awards", AWARDS_NAME, CommissionPurpose.AWARDS));

        lookup.on(new CommissionAbolishedEvent(scoped("awards"), CommissionKind.COMMISSION, CommissionPurpose.AWARDS,
                ABOLISHED_ON, false));

        assertThat(lookup.awardsCommissionOf(LYSYCHANSK)).isEmpty();
        assertThat(lookup.commission(LYSYCHANSK, AWARDS_NAME)).contains(scoped("awards"));
    }

    @Test
    void abolishingAnOldAwardsCommissionLeavesTheNewOne() {
        lookup.on(established("awards-2018", AWARDS_NAME, CommissionPurpose.AWARDS));
        lookup.on(established("awards-2021", AWARDS_NAME, CommissionPurpose.AWARDS));

        lookup.on(new CommissionAbolishedEvent(scoped("awards-2018"), CommissionKind.COMMISSION,
                CommissionPurpose.AWARDS, ABOLISHED_ON, false));

        assertThat(lookup.awardsCommissionOf(LYSYCHANSK)).contains(scoped("awards-2021"));
        assertThat(lookup.commission(LYSYCHANSK, AWARDS_NAME)).contains(scoped("awards-2021"));
    }

    @Test
    void aCorrectionMovesTheNameAndTheAwardsPurpose() {
        lookup.on(established("c-1", "Комісія з нагород", CommissionPurpose.OTHER));

        lookup.on(new CommissionCorrectedEvent(scoped("c-1"), new CommissionDetails("Комісія з нагород",
                CommissionKind.COMMISSION, ESTABLISHED_ON, null, null, CommissionPurpose.OTHER), AWARDS, "назва"));

        assertThat(lookup.commission(LYSYCHANSK, "Комісія з нагород")).isEmpty();
        assertThat(lookup.commission(LYSYCHANSK, AWARDS_NAME)).contains(scoped("c-1"));
        assertThat(lookup.awardsCommissionOf(LYSYCHANSK)).contains(scoped("c-1"));

        lookup.on(new CommissionCorrectedEvent(scoped("c-1"), AWARDS, new CommissionDetails(AWARDS_NAME,
                CommissionKind.COMMISSION, ESTABLISHED_ON, null, null, CommissionPurpose.VETERANS), "мета"));

        assertThat(lookup.awardsCommissionOf(LYSYCHANSK)).isEmpty();
    }

    @Test
    void aCorrectionOfAnotherDetailDoesNotTakeTheAwardsRoleFromANewerCommission() {
        lookup.on(established("awards-2018", AWARDS_NAME, CommissionPurpose.AWARDS));
        lookup.on(established("awards-2021", AWARDS_NAME, CommissionPurpose.AWARDS));

        lookup.on(new CommissionCorrectedEvent(scoped("awards-2018"), AWARDS, new CommissionDetails(AWARDS_NAME,
                CommissionKind.COMMISSION, ESTABLISHED_ON, null, "розпорядження № 3", CommissionPurpose.AWARDS),
                "підстава"));

        assertThat(lookup.awardsCommissionOf(LYSYCHANSK)).contains(scoped("awards-2021"));
    }

    @Test
    void aWithdrawnCommissionIsNoLongerFoundAnyWay() {
        lookup.on(established("awards", AWARDS_NAME, CommissionPurpose.AWARDS));

        lookup.on(new CommissionWithdrawnEvent(scoped("awards"), AWARDS, "внесено помилково"));

        assertThat(lookup.commission(LYSYCHANSK, "awards")).isEmpty();
        assertThat(lookup.commission(LYSYCHANSK, AWARDS_NAME)).isEmpty();
        assertThat(lookup.awardsCommissionOf(LYSYCHANSK)).isEmpty();
    }

    @Test
    void resetForgetsEverything() {
        lookup.on(established("awards", AWARDS_NAME, CommissionPurpose.AWARDS));

        lookup.reset();

        assertThat(lookup.commission(LYSYCHANSK, "awards")).isEmpty();
        assertThat(lookup.awardsCommissionOf(LYSYCHANSK)).isEmpty();
    }

    private static CommissionEstablishedEvent established(String clientId, String name, CommissionPurpose purpose) {
        return new CommissionEstablishedEvent(scoped(clientId), name, CommissionKind.COMMISSION, ESTABLISHED_ON, null,
                purpose);
    }

    private static CommissionId scoped(String clientId) {
        return CommissionId.of(TenantScopedId.of(LYSYCHANSK, clientId).value());
    }
}

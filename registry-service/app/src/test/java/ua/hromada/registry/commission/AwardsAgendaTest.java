package ua.hromada.registry.commission;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import ua.hromada.registry.api.commission.CommissionId;
import ua.hromada.registry.api.commission.PlaceAwardPetitionOnAgendaCommand;
import ua.hromada.registry.api.commission.SubmitAwardPetitionToCommissionCommand;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.tenancy.TenantCommandHandlerInterceptor;
import ua.hromada.tenancy.TenantMissingException;
import ua.hromada.web.problem.BusinessRuleViolationException;
import ua.hromada.web.problem.RejectedException;
import ua.hromada.web.problem.RejectionKind;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static ua.hromada.registry.record.RegistryFixtures.LYSYCHANSK;
import static ua.hromada.registry.record.RegistryFixtures.NIZHYN;
import static ua.hromada.registry.record.RegistryFixtures.lysychansk;

/**
 * The awards service's submission as the service's command bus runs it (tenant guard included): the registry finds
 * the council's awards commission and sends it the petition; the commission's own answer goes back.
 */
class AwardsAgendaTest {

    private static final CommissionId AWARDS = CommissionId.of(lysychansk("awards"));
    private static final LocalDate SUBMITTED_ON = LocalDate.of(2021, 3, 1);
    private static final SubmitAwardPetitionToCommissionCommand SUBMISSION =
            new SubmitAwardPetitionToCommissionCommand("p-1", "Петренко Ганна", "honorary_gramota", SUBMITTED_ON);

    private final CommissionLookupProjection lookup = mock(CommissionLookupProjection.class);
    private final CommandGateway commissions = mock(CommandGateway.class);
    private CommandGateway awardsService;

    @BeforeEach
    void setUp() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.registerHandlerInterceptor(new TenantCommandHandlerInterceptor());
        new AnnotationCommandHandlerAdapter<>(new AwardsAgenda(lookup, commissions)).subscribe(bus);
        awardsService = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    @Test
    void putsThePetitionOnThePendingAgendaOfTheCouncilsAwardsCommission() {
        when(lookup.awardsCommissionOf("lysychansk")).thenReturn(Optional.of(AWARDS));
        when(commissions.sendAndWait(any())).thenReturn(CreationOutcome.CREATED);

        Object outcome = awardsService.sendAndWait(asCommandMessage(SUBMISSION).andMetaData(LYSYCHANSK));

        assertThat(outcome).isEqualTo(CreationOutcome.CREATED);
        CommandMessage<?> sent = sentToTheCommission();
        assertThat(sent.getPayload()).isEqualTo(new PlaceAwardPetitionOnAgendaCommand(AWARDS, "p-1", "Петренко Ганна",
                "honorary_gramota", SUBMITTED_ON));
        assertThat(sent.getMetaData()).containsEntry("tenant", "lysychansk");
    }

    @Test
    void aRepeatedSubmissionIsAnsweredAsTheCommissionAnswersIt() {
        when(lookup.awardsCommissionOf("lysychansk")).thenReturn(Optional.of(AWARDS));
        when(commissions.sendAndWait(any())).thenReturn(CreationOutcome.ALREADY_RECORDED);

        Object outcome = awardsService.sendAndWait(asCommandMessage(SUBMISSION).andMetaData(LYSYCHANSK));

        assertThat(outcome).isEqualTo(CreationOutcome.ALREADY_RECORDED);
    }

    @Test
    void theAwardsCommissionIsLookedUpInTheSubmissionsOwnCouncil() {
        CommissionId nizhynsAwards = CommissionId.of("nizhyn:awards");
        when(lookup.awardsCommissionOf("nizhyn")).thenReturn(Optional.of(nizhynsAwards));
        when(commissions.sendAndWait(any())).thenReturn(CreationOutcome.CREATED);

        awardsService.sendAndWait(asCommandMessage(SUBMISSION).andMetaData(NIZHYN));

        CommandMessage<?> sent = sentToTheCommission();
        assertThat(((PlaceAwardPetitionOnAgendaCommand) sent.getPayload()).commissionId()).isEqualTo(nizhynsAwards);
        assertThat(sent.getMetaData()).containsEntry("tenant", "nizhyn");
    }

    @Test
    void aCouncilWithoutAWorkingAwardsCommissionRefusesThePetition() {
        when(lookup.awardsCommissionOf("lysychansk")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> awardsService.sendAndWait(asCommandMessage(SUBMISSION).andMetaData(LYSYCHANSK)))
                .isInstanceOfSatisfying(RejectedException.class, rejected -> {
                    assertThat(rejected.kind()).isEqualTo(RejectionKind.BUSINESS_RULE);
                    assertThat(rejected.code()).isEqualTo("no_awards_commission");
                });
        verify(commissions, never()).sendAndWait(any());
    }

    @Test
    void theCommissionsRefusalReachesTheAwardsService() {
        when(lookup.awardsCommissionOf("lysychansk")).thenReturn(Optional.of(AWARDS));
        when(commissions.sendAndWait(any())).thenThrow(new BusinessRuleViolationException("dates_out_of_order",
                "placedOn", "placedOn is before establishedOn"));

        assertThatThrownBy(() -> awardsService.sendAndWait(asCommandMessage(SUBMISSION).andMetaData(LYSYCHANSK)))
                .isInstanceOfSatisfying(RejectedException.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("dates_out_of_order");
                    assertThat(rejected.field()).isEqualTo("placedOn");
                });
    }

    @Test
    void aSubmissionWithoutTenantIsRefusedBeforeAnythingIsLookedUp() {
        assertThatThrownBy(() -> awardsService.sendAndWait(asCommandMessage(SUBMISSION).andMetaData(MetaData.with(
                "user", "awards-service")))).isInstanceOf(TenantMissingException.class);
        verify(commissions, never()).sendAndWait(any());
    }

    private CommandMessage<?> sentToTheCommission() {
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commissions).sendAndWait(sent.capture());
        return (CommandMessage<?>) sent.getValue();
    }
}

package ua.hromada.registry.commission;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import ua.hromada.registry.api.commission.CommissionId;
import ua.hromada.registry.api.commission.PlaceAwardPetitionOnAgendaCommand;
import ua.hromada.registry.api.commission.SubmitAwardPetitionToCommissionCommand;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.tenancy.TenantMetaData;
import ua.hromada.web.problem.BusinessRuleViolationException;

/**
 * The registry's door for the awards service's petition process: the awards service knows the council, not its
 * commissions, so a submitted petition is put on the pending agenda of the council's working awards commission,
 * which the commission lookup knows. The commission itself decides whether it takes the petition.
 */
@Component
class AwardsAgenda {

    private final CommissionLookupProjection lookup;
    private final CommandGateway commandGateway;

    AwardsAgenda(CommissionLookupProjection lookup, CommandGateway commandGateway) {
        this.lookup = lookup;
        this.commandGateway = commandGateway;
    }

    /** Answers as the commission does: created, or already recorded for a repeat of the same petition. */
    @CommandHandler
    CreationOutcome handle(SubmitAwardPetitionToCommissionCommand command,
                           @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        CommissionId commission = lookup.awardsCommissionOf(tenant).orElseThrow(() ->
                new BusinessRuleViolationException("no_awards_commission", null, "The council has no working "
                        + "awards commission to consider award petitions; establish one with purpose awards."));
        return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new PlaceAwardPetitionOnAgendaCommand(commission, command.petitionId(), command.nominee(),
                                command.awardType(), command.submittedOn()))
                .andMetaData(MetaData.with(TenantMetaData.TENANT, tenant)));
    }
}

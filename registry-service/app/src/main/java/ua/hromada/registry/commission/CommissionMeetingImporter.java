package ua.hromada.registry.commission;

import org.springframework.stereotype.Component;
import ua.hromada.registry.api.commission.CommissionId;
import ua.hromada.registry.api.commission.HoldCommissionMeetingCommand;
import ua.hromada.registry.record.RecordImporter;
import ua.hromada.tenancy.TenantContext;
import ua.hromada.web.problem.BusinessRuleViolationException;

/**
 * Import lines of type {@code commission-meeting}: a meeting whose commission the line names by id or by name (as
 * the council's reports do). It may name a commission an earlier line of the same import established.
 */
@Component
class CommissionMeetingImporter implements RecordImporter<CommissionMeetingLine> {

    private final TenantContext tenantContext;
    private final CommissionLookupProjection lookup;

    CommissionMeetingImporter(TenantContext tenantContext, CommissionLookupProjection lookup) {
        this.tenantContext = tenantContext;
        this.lookup = lookup;
    }

    @Override
    public String type() {
        return "commission-meeting";
    }

    @Override
    public Class<CommissionMeetingLine> requestType() {
        return CommissionMeetingLine.class;
    }

    @Override
    public String clientIdOf(CommissionMeetingLine line) {
        return line.id();
    }

    @Override
    public boolean refersToEarlierLines() {
        return true;
    }

    @Override
    public Object commandFor(CommissionMeetingLine line, String meetingId) {
        CommissionId commission = lookup.commission(tenantContext.requireTenant(), line.commission())
                .orElseThrow(() -> new BusinessRuleViolationException("unknown_commission", "commission",
                        "No commission with id or name " + line.commission() + " is in the register."));
        return new HoldCommissionMeetingCommand(commission, meetingId, line.heldOn(),
                CommissionChangeRequests.agendaOf(line.agenda()));
    }
}

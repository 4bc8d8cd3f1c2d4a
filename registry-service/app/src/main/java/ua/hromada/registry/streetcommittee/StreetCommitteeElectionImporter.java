package ua.hromada.registry.streetcommittee;

import org.springframework.stereotype.Component;
import ua.hromada.registry.api.streetcommittee.RecordStreetCommitteeElectionCommand;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeId;
import ua.hromada.registry.record.RecordImporter;
import ua.hromada.tenancy.TenantContext;
import ua.hromada.web.problem.BusinessRuleViolationException;
import ua.hromada.web.problem.InvalidInputException;

/**
 * Import lines of type {@code street-committee-election}: an election whose committee the line names by street
 * (as the council's reports do) or by id. It may name a committee an earlier line of the same import established.
 */
@Component
class StreetCommitteeElectionImporter implements RecordImporter<StreetCommitteeElectionLine> {

    private final TenantContext tenantContext;
    private final StreetCommitteeLookupProjection lookup;

    StreetCommitteeElectionImporter(TenantContext tenantContext, StreetCommitteeLookupProjection lookup) {
        this.tenantContext = tenantContext;
        this.lookup = lookup;
    }

    @Override
    public String type() {
        return "street-committee-election";
    }

    @Override
    public Class<StreetCommitteeElectionLine> requestType() {
        return StreetCommitteeElectionLine.class;
    }

    @Override
    public String clientIdOf(StreetCommitteeElectionLine line) {
        return line.id();
    }

    @Override
    public boolean refersToEarlierLines() {
        return true;
    }

    @Override
    public Object commandFor(StreetCommitteeElectionLine line, String electionId) {
        return new RecordStreetCommitteeElectionCommand(committeeOf(line), electionId, line.heldOn(),
                line.headName());
    }

    private StreetCommitteeId committeeOf(StreetCommitteeElectionLine line) {
        String tenant = tenantContext.requireTenant();
        if (line.streetCommitteeId() != null) {
            return lookup.committee(tenant, line.streetCommitteeId())
                    .orElseThrow(() -> new BusinessRuleViolationException("unknown_street_committee",
                            "streetCommitteeId", "No street committee with id " + line.streetCommitteeId()
                            + " is in the register."));
        }
        if (line.street() == null || line.street().isBlank()) {
            throw new InvalidInputException("required", "street",
                    "street (or streetCommitteeId) must name the committee that was elected.");
        }
        return lookup.committeeOn(tenant, line.street())
                .orElseThrow(() -> new BusinessRuleViolationException("unknown_street_committee", "street",
                        "No street committee of " + line.street() + " is in the register."));
    }
}

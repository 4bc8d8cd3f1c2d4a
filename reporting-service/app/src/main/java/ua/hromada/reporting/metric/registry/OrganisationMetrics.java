package ua.hromada.reporting.metric.registry;

import java.util.List;

import org.springframework.stereotype.Component;

import ua.hromada.registry.api.organisation.OrganisationCorrectedEvent;
import ua.hromada.registry.api.organisation.OrganisationDetails;
import ua.hromada.registry.api.organisation.OrganisationLiquidatedEvent;
import ua.hromada.registry.api.organisation.OrganisationRegisteredEvent;
import ua.hromada.registry.api.organisation.OrganisationWithdrawnEvent;
import ua.hromada.reporting.metric.Fact;
import ua.hromada.reporting.metric.MetricDefinition;
import ua.hromada.reporting.metric.MetricFamily;
import ua.hromada.reporting.metric.ReportSectionKind;

/** Organisations on the council's register: a stock from registration until the day of liquidation. */
@Component
class OrganisationMetrics extends MetricFamily {

    static final String ORGANISATIONS = "registry.organisations";

    OrganisationMetrics() {
        super(MetricDefinition.stock(ORGANISATIONS).in(ReportSectionKind.REGISTRIES, 10)
                .titled("Об'єднання громадян на обліку",
                        "Організації, що перебувають на обліку на останній день періоду: від дня реєстрації до дня"
                                + " ліквідації (в день ліквідації вже не враховується).")
                .counting("організація", "організації", "організацій")
                .by("kind")
                .label("party_cell", "міські осередки політичних партій")
                .label("ngo", "громадські організації")
                .label("religious", "релігійні організації")
                .label("charity", "благодійні організації")
                .label("other", "інші організації")
                .build());
        replacing(OrganisationRegisteredEvent.class,
                event -> facts(Fact.one(ORGANISATIONS, event.registeredOn(), event.kind().value())));
        adding(OrganisationLiquidatedEvent.class,
                event -> facts(Fact.ended(ORGANISATIONS, event.liquidatedOn(), event.kind().value())));
        replacing(OrganisationCorrectedEvent.class, event -> factsOf(event.corrected()));
        withdrawing(OrganisationWithdrawnEvent.class);
    }

    private static List<Fact> factsOf(OrganisationDetails organisation) {
        String kind = organisation.kind().value();
        return facts(Fact.one(ORGANISATIONS, organisation.registeredOn(), kind),
                organisation.liquidatedOn() == null ? null : Fact.ended(ORGANISATIONS, organisation.liquidatedOn(), kind));
    }
}

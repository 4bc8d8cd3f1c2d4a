package ua.hromada.reporting.metric.registry;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import ua.hromada.registry.api.petition.PetitionAnsweredEvent;
import ua.hromada.registry.api.petition.PetitionCorrectedEvent;
import ua.hromada.registry.api.petition.PetitionPublishedEvent;
import ua.hromada.registry.api.petition.PetitionRejectedEvent;
import ua.hromada.registry.api.petition.PetitionStatus;
import ua.hromada.registry.api.petition.PetitionSubmittedEvent;
import ua.hromada.registry.api.petition.PetitionWithdrawnEvent;
import ua.hromada.reporting.metric.Fact;
import ua.hromada.reporting.metric.MetricDefinition;
import ua.hromada.reporting.metric.MetricFamily;
import ua.hromada.reporting.metric.ReportSectionKind;

/**
 * E-petitions submitted, broken down by the status each has reached: a petition counts once, on the day it was
 * submitted, under its latest status as known at the report's moment.
 */
@Component
class PetitionMetrics extends MetricFamily {

    static final String PETITIONS = "registry.petitions";

    PetitionMetrics() {
        super(MetricDefinition.flow(PETITIONS).in(ReportSectionKind.CIVIC_PARTICIPATION, 20)
                .titled("Електронні петиції", "Електронні петиції, подані за період, за поточним статусом.")
                .counting("електронна петиція", "електронні петиції", "електронних петицій")
                .by("status")
                .label("moderation", "на модерації")
                .label("published", "оприлюднені для збору підписів")
                .label("answered", "з наданою відповіддю")
                .label("rejected", "відхилені")
                .build());
        replacing(PetitionSubmittedEvent.class, event -> status(event.submittedOn(), PetitionStatus.MODERATION));
        replacing(PetitionPublishedEvent.class, event -> status(event.submittedOn(), PetitionStatus.PUBLISHED));
        replacing(PetitionRejectedEvent.class, event -> status(event.submittedOn(), PetitionStatus.REJECTED));
        replacing(PetitionAnsweredEvent.class, event -> status(event.submittedOn(), PetitionStatus.ANSWERED));
        replacing(PetitionCorrectedEvent.class,
                event -> status(event.corrected().submittedOn(), event.corrected().status()));
        withdrawing(PetitionWithdrawnEvent.class);
    }

    private static List<Fact> status(LocalDate submittedOn, PetitionStatus status) {
        return facts(Fact.one(PETITIONS, submittedOn, (status == null ? PetitionStatus.MODERATION : status).value()));
    }
}

package ua.hromada.reporting.metric.registry;

import org.springframework.stereotype.Component;

import ua.hromada.registry.api.appeal.CitizenAppealCorrectedEvent;
import ua.hromada.registry.api.appeal.CitizenAppealReceivedEvent;
import ua.hromada.registry.api.appeal.CitizenAppealWithdrawnEvent;
import ua.hromada.reporting.metric.Fact;
import ua.hromada.reporting.metric.MetricDefinition;
import ua.hromada.reporting.metric.MetricFamily;
import ua.hromada.reporting.metric.ReportSectionKind;

/** Residents' appeals handled operationally, by the channel they came through. */
@Component
class AppealMetrics extends MetricFamily {

    static final String APPEALS = "registry.appeals";

    AppealMetrics() {
        super(MetricDefinition.flow(APPEALS).in(ReportSectionKind.CIVIC_PARTICIPATION, 10)
                .titled("Звернення громадян", "Звернення мешканців, прийняті в роботу, за датою надходження.")
                .counting("звернення", "звернення", "звернень")
                .by("channel")
                .label("phone", "телефоном")
                .label("web_portal", "через вебпортал")
                .label("facebook", "у Facebook")
                .label("email", "електронною поштою")
                .label("written", "письмово")
                .label("in_person", "на особистому прийомі")
                .build());
        replacing(CitizenAppealReceivedEvent.class,
                event -> facts(Fact.one(APPEALS, event.receivedOn(), event.channel().value())));
        replacing(CitizenAppealCorrectedEvent.class, event -> facts(
                Fact.one(APPEALS, event.corrected().receivedOn(), event.corrected().channel().value())));
        withdrawing(CitizenAppealWithdrawnEvent.class);
    }
}

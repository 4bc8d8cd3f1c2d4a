package ua.hromada.reporting.metric.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import ua.hromada.registry.api.correspondence.IncomingDocumentAnsweredEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentCorrectedEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentDetails;
import ua.hromada.registry.api.correspondence.IncomingDocumentPutOnLongTermControlEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentReceivedEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentTakenOffLongTermControlEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentWithdrawnEvent;
import ua.hromada.registry.api.correspondence.OutgoingDocumentCorrectedEvent;
import ua.hromada.registry.api.correspondence.OutgoingDocumentSentEvent;
import ua.hromada.registry.api.correspondence.OutgoingDocumentWithdrawnEvent;
import ua.hromada.reporting.metric.Fact;
import ua.hromada.reporting.metric.MetricDefinition;
import ua.hromada.reporting.metric.MetricFamily;
import ua.hromada.reporting.metric.ReportSectionKind;

/**
 * Correspondence: documents received and answered, documents on long-term control, documents sent.
 * <p>
 * Long-term control is a stock of periods: each period counts from its first day until the day it ends. A
 * correction says only whether the document is on control now, so it keeps the periods that ended and the running
 * one, ends nothing retroactively except by dropping the running period when the corrected document is not on
 * control (it was entered in error), and starts one on the day of receipt when the corrected document is — exactly
 * what the register itself does.
 */
@Component
class CorrespondenceMetrics extends MetricFamily {

    static final String INCOMING = "registry.documents.incoming";
    static final String ANSWERED = "registry.documents.answered";
    static final String OUTGOING = "registry.documents.outgoing";
    static final String LONG_TERM_CONTROL = "registry.documents.long_term_control";
    private static final String RUNNING_CONTROL = "control";
    private static final Map<String, String> INCOMING_KINDS = labels(
            "letter", "листи",
            "public_info_request", "запити про публічну інформацію",
            "citizen_appeal", "письмові звернення громадян",
            "higher_directive", "доручення вищих органів");

    CorrespondenceMetrics() {
        super(MetricDefinition.flow(INCOMING).in(ReportSectionKind.CORRESPONDENCE, 10)
                        .titled("Вхідні документи", "Документи, що надійшли до відділу, за датою надходження.")
                        .counting("документ", "документи", "документів")
                        .by("kind")
                        .labels(INCOMING_KINDS)
                        .build(),
                MetricDefinition.flow(ANSWERED).in(ReportSectionKind.CORRESPONDENCE, 20)
                        .titled("Підготовлені відповіді", "Вхідні документи, на які надано відповідь, за датою відповіді.")
                        .counting("документ", "документи", "документів")
                        .by("kind")
                        .labels(INCOMING_KINDS)
                        .build(),
                MetricDefinition.flow(OUTGOING).in(ReportSectionKind.CORRESPONDENCE, 30)
                        .titled("Вихідні документи", "Надіслані вихідні документи, за датою відправлення.")
                        .counting("вихідний документ", "вихідні документи", "вихідних документів")
                        .by("kind")
                        .label("internal", "внутрішні")
                        .label("external", "зовнішні")
                        .build(),
                MetricDefinition.stock(LONG_TERM_CONTROL).in(ReportSectionKind.CORRESPONDENCE, 40)
                        .titled("Документи на довгостроковому контролі",
                                "Документи, що перебувають на довгостроковому контролі на останній день періоду.")
                        .counting("документ", "документи", "документів")
                        .build());
        replacing(IncomingDocumentReceivedEvent.class,
                event -> facts(Fact.one(INCOMING, event.receivedOn(), event.kind().value())));
        adding(IncomingDocumentAnsweredEvent.class,
                event -> facts(Fact.one(ANSWERED, event.answeredOn(), event.kind().value())));
        on(IncomingDocumentPutOnLongTermControlEvent.class, (event, asserted) -> replacingPart(asserted,
                RUNNING_CONTROL, facts(Fact.one(LONG_TERM_CONTROL, event.since(), null))));
        on(IncomingDocumentTakenOffLongTermControlEvent.class, (event, asserted) -> plus(
                without(asserted, fact -> fact.part().equals(RUNNING_CONTROL)),
                facts(Fact.one(LONG_TERM_CONTROL, event.since(), null).ofPart("control:" + event.since()),
                        Fact.ended(LONG_TERM_CONTROL, event.until(), null).ofPart("control:" + event.since()))));
        on(IncomingDocumentCorrectedEvent.class, (event, asserted) -> corrected(event.corrected(), asserted));
        withdrawing(IncomingDocumentWithdrawnEvent.class);
        replacing(OutgoingDocumentSentEvent.class,
                event -> facts(Fact.one(OUTGOING, event.sentOn(), event.kind().value())));
        replacing(OutgoingDocumentCorrectedEvent.class,
                event -> facts(Fact.one(OUTGOING, event.corrected().sentOn(), event.corrected().kind().value())));
        withdrawing(OutgoingDocumentWithdrawnEvent.class);
    }

    private static List<Fact> corrected(IncomingDocumentDetails document, List<Fact> asserted) {
        String kind = document.kind().value();
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.one(INCOMING, document.receivedOn(), kind));
        if (document.answeredOn() != null) {
            facts.add(Fact.one(ANSWERED, document.answeredOn(), kind));
        }
        facts.addAll(asserted.stream().filter(fact -> fact.metric().equals(LONG_TERM_CONTROL)
                && !fact.part().equals(RUNNING_CONTROL)).toList());
        if (document.longTermControl()) {
            List<Fact> running = asserted.stream().filter(fact -> fact.part().equals(RUNNING_CONTROL)).toList();
            facts.addAll(running.isEmpty()
                    ? List.of(Fact.one(LONG_TERM_CONTROL, document.receivedOn(), null).ofPart(RUNNING_CONTROL))
                    : running);
        }
        return facts;
    }
}

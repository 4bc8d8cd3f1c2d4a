package ua.hromada.eventstore;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

import java.util.Map;

/**
 * How many events each event processor of this instance is behind the event store, as the gauge
 * {@value #NAME} per processor, computed when metrics are read. The services leave Axon's message monitors off:
 * they time and count every message on every processor and command, a fifth of the registry service's CPU during an
 * import, while an operator mostly needs to know whether the read models keep up. A processor with no segment
 * claimed by this instance (another instance runs it) reads as NaN.
 */
public final class EventProcessorLagGauges implements ApplicationListener<ApplicationStartedEvent> {

    public static final String NAME = "hromada.event.processor.lag";

    private final Configuration axon;
    private final ObjectProvider<MeterRegistry> meters;

    public EventProcessorLagGauges(Configuration axon, ObjectProvider<MeterRegistry> meters) {
        this.axon = axon;
        this.meters = meters;
    }

    /** Processors exist once Axon's configuration started, which is before the application counts as started. */
    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry == null) {
            return;
        }
        axon.eventProcessingConfiguration().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder(NAME, streaming, this::eventsBehind)
                        .description("Events in the event store that the processor has not handled yet")
                        .baseUnit("events")
                        .tag("processor", name)
                        .register(registry);
            }
        });
    }

    private double eventsBehind(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        if (segments.isEmpty()) {
            return Double.NaN;
        }
        long head = positionOf(axon.eventStore().createHeadToken());
        long furthestBehind = 0;
        for (EventTrackerStatus segment : segments.values()) {
            furthestBehind = Math.max(furthestBehind, head - positionOf(segment.getTrackingToken()));
        }
        return furthestBehind;
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}

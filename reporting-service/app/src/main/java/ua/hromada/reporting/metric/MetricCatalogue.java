package ua.hromada.reporting.metric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every metric the service knows, from every family, and which family maps each event type. */
@Component
public class MetricCatalogue {

    private final Map<String, MetricDefinition> metrics = new LinkedHashMap<>();
    private final Map<Class<?>, MetricFamily> familyByEvent = new HashMap<>();
    private final Map<String, MetricFamily> familyByMetric = new HashMap<>();
    /** Asked for every event the ledger meets: answered once per event type. */
    private final ClassValue<Optional<MetricFamily>> familyOfEventType = new ClassValue<>() {
        @Override
        protected Optional<MetricFamily> computeValue(Class<?> eventType) {
            return Optional.ofNullable(familyByEvent.get(eventType));
        }
    };

    public MetricCatalogue(List<MetricFamily> families) {
        List<MetricDefinition> all = new ArrayList<>();
        for (MetricFamily family : families) {
            all.addAll(family.metrics());
            family.metrics().forEach(metric -> familyByMetric.put(metric.key(), family));
            for (Class<?> eventType : family.eventTypes()) {
                MetricFamily other = familyByEvent.putIfAbsent(eventType, family);
                if (other != null) {
                    throw new IllegalStateException(eventType.getName() + " is mapped by both "
                            + other.getClass().getSimpleName() + " and " + family.getClass().getSimpleName());
                }
            }
        }
        all.sort(Comparator.comparing(MetricDefinition::section).thenComparingInt(MetricDefinition::rank)
                .thenComparing(MetricDefinition::key));
        for (MetricDefinition metric : all) {
            if (metrics.putIfAbsent(metric.key(), metric) != null) {
                throw new IllegalStateException("Metric " + metric.key() + " is defined twice");
            }
        }
    }

    /** In report order: by section, then by rank within it. */
    public List<MetricDefinition> metrics() {
        return Collections.unmodifiableList(new ArrayList<>(metrics.values()));
    }

    public Optional<MetricDefinition> metric(String key) {
        return Optional.ofNullable(metrics.get(key));
    }

    /** The metrics of the family {@code key} belongs to (the same records feed them), itself included. */
    public List<MetricDefinition> family(String key) {
        MetricFamily family = familyByMetric.get(key);
        return family == null ? List.of() : family.metrics();
    }

    /** The family that maps events of this type, if any does. */
    public Optional<MetricFamily> familyOf(Class<?> eventType) {
        return familyOfEventType.get(eventType);
    }
}

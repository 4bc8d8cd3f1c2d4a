package ua.hromada.reporting.metric;

import java.util.function.Function;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * A family of metrics and how the events of one kind of record turn into facts. Adding a family is adding one
 * subclass as a Spring bean: the catalogue, the ledger, the reports and the rebuilds find it.
 * <p>
 * A family answers one question per event: given the facts the record asserted so far, which facts does it assert
 * after this event? The ledger records the difference, with the event's recording time. So a creation asserts
 * facts, a lifecycle step adds some (a liquidation ends a stock), a correction replaces them with those of the
 * corrected record and a withdrawal asserts none; a report as known at an earlier moment sees what was asserted
 * then.
 */
public abstract class MetricFamily {

    private final List<MetricDefinition> metrics;
    private final Map<Class<?>, BiFunction<Object, List<Fact>, List<Fact>>> mappings = new LinkedHashMap<>();

    protected MetricFamily(MetricDefinition... metrics) {
        this.metrics = List.of(metrics);
    }

    public List<MetricDefinition> metrics() {
        return metrics;
    }

    public Set<Class<?>> eventTypes() {
        return mappings.keySet();
    }

    /** The facts the record asserts after {@code event}; empty when this family does not map the event. */
    public Optional<List<Fact>> factsAfter(Object event, List<Fact> asserted) {
        BiFunction<Object, List<Fact>, List<Fact>> mapping = mappings.get(event.getClass());
        return mapping == null ? Optional.empty() : Optional.of(List.copyOf(mapping.apply(event, asserted)));
    }

    /** Maps an event given what the record asserted before it. */
    @SuppressWarnings("unchecked")
    protected <E> void on(Class<E> eventType, BiFunction<E, List<Fact>, List<Fact>> mapping) {
        mappings.put(eventType, (event, asserted) -> mapping.apply((E) event, asserted));
    }

    /** Maps an event that states the record's facts afresh (a creation, a correction with the corrected record). */
    protected <E> void replacing(Class<E> eventType, Function<E, List<Fact>> facts) {
        on(eventType, (event, asserted) -> facts.apply(event));
    }

    /** Maps an event that adds facts to those asserted. */
    protected <E> void adding(Class<E> eventType, Function<E, List<Fact>> facts) {
        on(eventType, (event, asserted) -> plus(asserted, facts.apply(event)));
    }

    /** Maps a withdrawal: a record entered in error asserts nothing. */
    protected <E> void withdrawing(Class<E> eventType) {
        on(eventType, (event, asserted) -> List.of());
    }

    protected static List<Fact> plus(List<Fact> asserted, List<Fact> more) {
        List<Fact> all = new ArrayList<>(asserted);
        all.addAll(more);
        return all;
    }

    protected static List<Fact> without(List<Fact> asserted, Predicate<Fact> removed) {
        return asserted.stream().filter(removed.negate()).toList();
    }

    /** The facts of one part of the record replaced by {@code replacement}, the others kept. */
    protected static List<Fact> replacingPart(List<Fact> asserted, String part, List<Fact> replacement) {
        List<Fact> all = new ArrayList<>(without(asserted, fact -> fact.part().equals(part)));
        replacement.forEach(fact -> all.add(fact.ofPart(part)));
        return all;
    }

    /** Breakdown labels as alternating value and label, kept in that order. */
    protected static Map<String, String> labels(String... valuesAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i + 1 < valuesAndLabels.length; i += 2) {
            labels.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
        }
        return labels;
    }

    protected static List<Fact> facts(Fact... facts) {
        List<Fact> list = new ArrayList<>();
        for (Fact fact : facts) {
            if (fact != null) {
                list.add(fact);
            }
        }
        return list;
    }
}

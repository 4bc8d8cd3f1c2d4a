package ua.hromada.reporting.baseline;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ua.hromada.reporting.activity.ReportingPeriod;
import ua.hromada.reporting.api.baseline.BaselineRecordedEvent;
import ua.hromada.reporting.ledger.LedgerReader;
import ua.hromada.reporting.ledger.TenantFacts;
import ua.hromada.reporting.metric.MetricCatalogue;
import ua.hromada.reporting.metric.MetricDefinition;
import ua.hromada.tenancy.CurrentUser;
import ua.hromada.tenancy.TenantContext;
import ua.hromada.tenancy.TenantMetaData;
import ua.hromada.web.problem.BusinessRuleViolationException;
import ua.hromada.web.problem.ConflictException;
import ua.hromada.web.problem.InvalidInputException;

/**
 * Historical totals for periods before a council kept its records here ("у 2020 — 1600"). A baseline is an event
 * in the shared store like any record, so a rebuild keeps it and a report as known at an earlier moment does not
 * see it before it was recorded. Its id is a stream of one event: the store's uniqueness of (stream, sequence 0)
 * makes a repeated request record nothing twice, even when two arrive at once.
 */
@RestController
@RequestMapping(BaselineController.PATH)
class BaselineController {

    static final String PATH = "/api/reports/baselines";
    private static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";

    private final EventStore eventStore;
    private final MetricCatalogue catalogue;
    private final TenantContext tenants;
    private final LedgerReader ledger;
    private final Clock clock;

    BaselineController(EventStore eventStore, MetricCatalogue catalogue, TenantContext tenants, LedgerReader ledger,
                       Clock clock) {
        this.eventStore = eventStore;
        this.catalogue = catalogue;
        this.tenants = tenants;
        this.ledger = ledger;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> record(@RequestBody BaselineRequest request,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String tenant = tenants.requireTenant();
        BaselineRecordedEvent baseline = validated(request, key);
        String stream = tenant + ":baseline:" + baseline.baselineId();
        Map<String, Object> body = Map.of("id", baseline.baselineId());
        Optional<BaselineRecordedEvent> existing = recorded(stream);
        if (existing.isPresent()) {
            return repeat(existing.get(), baseline, body);
        }
        String user = tenants.currentUser().map(CurrentUser::userId).orElse(null);
        MetaData metaData = MetaData.with(TenantMetaData.TENANT, tenant);
        if (user != null) {
            metaData = metaData.and(TenantMetaData.USER, user);
        }
        try {
            eventStore.publish(new GenericDomainEventMessage<>("Baseline", stream, 0, baseline, metaData));
        } catch (ConcurrencyException raced) {
            return repeat(recorded(stream).orElseThrow(() -> raced), baseline, body);
        }
        return ResponseEntity.created(URI.create(PATH + "/" + baseline.baselineId())).body(body);
    }

    @GetMapping
    List<TenantFacts.Baseline> list() {
        return ledger.factsOf(tenants.requireTenant()).baselines();
    }

    private ResponseEntity<Map<String, Object>> repeat(BaselineRecordedEvent existing, BaselineRecordedEvent requested,
                                                       Map<String, Object> body) {
        if (!existing.equals(requested)) {
            throw new ConflictException("id_conflict", "id", "Baseline " + requested.baselineId()
                    + " was recorded with other content; a changed figure is recorded as a new baseline.");
        }
        return ResponseEntity.ok(body);
    }

    private Optional<BaselineRecordedEvent> recorded(String stream) {
        return eventStore.readEvents(stream).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(BaselineRecordedEvent.class::isInstance)
                .map(BaselineRecordedEvent.class::cast)
                .findFirst();
    }

    private BaselineRecordedEvent validated(BaselineRequest request, String idempotencyKey) {
        if (request.id() != null && !request.id().matches(ID_PATTERN)) {
            throw new InvalidInputException("invalid_id", "id",
                    "id must be 1 to 100 letters, digits, '.', '_', ':' or '-', starting with a letter or digit.");
        }
        if (request.metric() == null || request.metric().isBlank()) {
            throw new InvalidInputException("required", "metric", "metric is required.");
        }
        MetricDefinition metric = catalogue.metric(request.metric()).orElseThrow(() -> new BusinessRuleViolationException(
                "unknown_metric", "metric", "No metric '" + request.metric() + "'; GET /api/reports/metrics lists them."));
        ReportingPeriod period = ReportingPeriod.parse(request.period(), request.from(), request.to());
        if (period.to().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleViolationException("date_in_future", request.period() != null ? "period" : "to",
                    "A baseline is a total of a past period; " + period.to() + " is still to come.");
        }
        if (request.value() == null) {
            throw new InvalidInputException("required", "value", "value is required.");
        }
        if (request.value() < 0) {
            throw new BusinessRuleViolationException("negative_value", "value", "value must not be negative.");
        }
        Map<String, Long> breakdown = new LinkedHashMap<>(request.breakdown() == null ? Map.of() : request.breakdown());
        if (!breakdown.isEmpty()) {
            if (metric.dimension() == null) {
                throw new BusinessRuleViolationException("no_breakdown", "breakdown",
                        metric.key() + " has no breakdown.");
            }
            List<String> unknown = new ArrayList<>(breakdown.keySet());
            unknown.removeAll(metric.dimensionLabels().keySet());
            if (!unknown.isEmpty()) {
                throw new BusinessRuleViolationException("unknown_dimension_value", "breakdown." + unknown.get(0),
                        "'" + unknown.get(0) + "' is not a " + metric.dimension() + " of " + metric.key() + "; known: "
                                + String.join(", ", metric.dimensionLabels().keySet()) + ".");
            }
            if (breakdown.values().stream().anyMatch(v -> v == null || v < 0)) {
                throw new BusinessRuleViolationException("negative_value", "breakdown",
                        "breakdown values must be given and not negative.");
            }
            long sum = breakdown.values().stream().mapToLong(Long::longValue).sum();
            if (sum != request.value()) {
                throw new BusinessRuleViolationException("breakdown_mismatch", "breakdown", "breakdown adds up to "
                        + sum + ", not to value " + request.value() + ".");
            }
        }
        String id = request.id() != null ? request.id()
                : idempotencyKey != null && !idempotencyKey.isBlank()
                ? UUID.nameUUIDFromBytes(("baseline:" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString()
                : UUID.randomUUID().toString();
        return new BaselineRecordedEvent(id, metric.key(), period.from(), period.to(), request.value(), breakdown,
                request.source() == null || request.source().isBlank() ? null : request.source().strip());
    }
}

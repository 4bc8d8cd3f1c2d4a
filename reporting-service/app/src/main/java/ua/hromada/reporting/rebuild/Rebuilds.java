package ua.hromada.reporting.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import ua.hromada.reporting.ledger.LedgerGeneration;
import ua.hromada.reporting.ledger.LedgerPointer;
import ua.hromada.reporting.ledger.LedgerProcessors;
import ua.hromada.web.problem.ConflictException;
import ua.hromada.web.problem.NotFoundException;

/**
 * Rebuilds the fact ledger from the event store while the live generation keeps answering: a new generation's
 * processor replays every event from the first, and when it has caught up with the store the pointer switches to
 * it in one write and the old generation is dropped. A rebuild that fails (its processor keeps failing on an event)
 * or is cancelled drops only its own generation. One rebuild runs at a time. A supervisor checks every second,
 * on every instance of the service, so a restarted or second instance resumes the rebuild and follows a switch.
 */
@Service
public class Rebuilds implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
    private static final String COLLECTION = "report_rebuilds";

    private final MongoCollection<Document> rebuilds;
    private final LedgerPointer pointer;
    private final LedgerProcessors processors;
    private final Clock clock;
    private final Duration checkInterval;
    private final Duration failureGrace;
    private ScheduledExecutorService supervisor;
    private volatile RebuildView latestRunning;

    public Rebuilds(@Qualifier("hromadaEventStoreDatabase") MongoDatabase database, LedgerPointer pointer,
                    LedgerProcessors processors, Clock clock, MeterRegistry meters,
                    @Value("${hromada.reports.rebuild.check-interval:1s}") Duration checkInterval,
                    @Value("${hromada.reports.rebuild.failure-grace:30s}") Duration failureGrace) {
        this.rebuilds = database.getCollection(COLLECTION);
        this.pointer = pointer;
        this.processors = processors;
        this.clock = clock;
        this.checkInterval = checkInterval;
        this.failureGrace = failureGrace;
        Gauge.builder("hromada.reports.rebuild.progress", this, r -> r.latestRunning == null ? 0 : r.latestRunning.percent())
                .description("Percent of the event store the running ledger rebuild has replayed (0 when none runs)")
                .baseUnit("percent")
                .register(meters);
        Gauge.builder("hromada.reports.rebuild.rate", this,
                        r -> r.latestRunning == null ? 0 : r.latestRunning.eventsPerSecond())
                .description("Events per second of the running ledger rebuild")
                .baseUnit("events_per_second")
                .register(meters);
    }

    /** Starts a rebuild; 409 {@code rebuild_running} while another one runs. */
    public RebuildView start(String requestedBy, String tenant) {
        String id = UUID.randomUUID().toString();
        if (!pointer.claimRebuild(id)) {
            String running = Optional.ofNullable(rebuilds.find(Filters.eq("status", RebuildStatus.RUNNING.name()))
                    .first()).map(d -> d.getString("_id")).orElse("?");
            throw new ConflictException("rebuild_running", null, "Rebuild " + running
                    + " is running; follow it at /api/reports/rebuilds/" + running + " or cancel it first.");
        }
        LedgerGeneration generation = pointer.allocateNext();
        processors.drop(generation);
        Instant now = clock.instant();
        rebuilds.insertOne(new Document("_id", id)
                .append("status", RebuildStatus.RUNNING.name())
                .append("generation", generation.number())
                .append("requestedBy", requestedBy)
                .append("tenant", tenant)
                .append("requestedAt", Date.from(now))
                .append("processed", 0L)
                .append("total", processors.head()));
        processors.startProcessor(generation);
        log.info("Ledger rebuild {} started: generation {} replays the event store", id, generation.number());
        return find(id).orElseThrow();
    }

    public Optional<RebuildView> find(String id) {
        return Optional.ofNullable(rebuilds.find(Filters.eq("_id", id)).first()).map(this::view);
    }

    public List<RebuildView> list() {
        List<RebuildView> views = new ArrayList<>();
        for (Document rebuild : rebuilds.find().sort(Sorts.descending("requestedAt")).limit(50)) {
            views.add(view(rebuild));
        }
        return views;
    }

    /** Cancels a running rebuild; the live ledger stays as it is. */
    public synchronized RebuildView cancel(String id) {
        Document rebuild = rebuilds.find(Filters.eq("_id", id)).first();
        if (rebuild == null) {
            throw new NotFoundException("rebuild_not_found", "id", "No rebuild " + id + ".");
        }
        if (!RebuildStatus.RUNNING.name().equals(rebuild.getString("status"))) {
            throw new ConflictException("rebuild_not_running", "id", "Rebuild " + id + " is "
                    + rebuild.getString("status").toLowerCase() + "; only a running one can be cancelled.");
        }
        end(rebuild, RebuildStatus.CANCELLED, null);
        return find(id).orElseThrow();
    }

    /** One round of supervision: progress, failure, switch; and this instance follows the live generation. */
    synchronized void supervise() {
        Set<Long> wanted = new HashSet<>();
        LedgerGeneration live = pointer.live();
        wanted.add(live.number());
        processors.startProcessor(live);
        RebuildView running = null;
        for (Document rebuild : rebuilds.find(Filters.eq("status", RebuildStatus.RUNNING.name()))) {
            LedgerGeneration generation = new LedgerGeneration(rebuild.get("generation", Number.class).longValue());
            wanted.add(generation.number());
            processors.startProcessor(generation);
            running = progress(rebuild, generation, live);
        }
        latestRunning = running;
        processors.retainOnly(wanted);
    }

    private RebuildView progress(Document rebuild, LedgerGeneration generation, LedgerGeneration live) {
        String id = rebuild.getString("_id");
        long processed = processors.position(generation).orElse(0);
        long total = Math.max(processors.head(), processed);
        Instant now = clock.instant();
        if (processors.failing(generation)) {
            Date failingSince = rebuild.getDate("failingSince");
            if (failingSince == null) {
                rebuilds.updateOne(Filters.eq("_id", id), Updates.set("failingSince", Date.from(now)));
            } else if (Duration.between(failingSince.toInstant(), now).compareTo(failureGrace) > 0) {
                end(rebuild, RebuildStatus.FAILED, "The rebuild's processor kept failing for more than "
                        + failureGrace.toSeconds() + " s at event position " + processed + "; see the service log.");
                return null;
            }
        } else if (rebuild.containsKey("failingSince")) {
            rebuilds.updateOne(Filters.eq("_id", id), Updates.unset("failingSince"));
        }
        rebuilds.updateOne(Filters.eq("_id", id),
                Updates.combine(Updates.set("processed", processed), Updates.set("total", total)));
        if (processed >= total && generation.number() != live.number() && !processors.failing(generation)) {
            if (pointer.switchTo(live, generation)) {
                log.info("Ledger rebuild {} caught up at position {}: generation {} is live, {} dropped", id,
                        processed, generation.number(), live.number());
                processors.stopProcessor(live);
                processors.drop(live);
                end(rebuild, RebuildStatus.COMPLETED, null);
                return null;
            }
        }
        return find(id).orElse(null);
    }

    private void end(Document rebuild, RebuildStatus status, String failure) {
        String id = rebuild.getString("_id");
        LedgerGeneration generation = new LedgerGeneration(rebuild.get("generation", Number.class).longValue());
        if (status != RebuildStatus.COMPLETED) {
            processors.stopProcessor(generation);
            if (pointer.live().number() != generation.number()) {
                processors.drop(generation);
            }
        }
        long processed = status == RebuildStatus.COMPLETED ? rebuild.get("total", Number.class).longValue()
                : rebuild.get("processed", Number.class).longValue();
        rebuilds.updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("status", status.name()),
                Updates.set("finishedAt", Date.from(clock.instant())),
                Updates.set("failure", failure),
                Updates.max("processed", processed)));
        pointer.releaseRebuild(id);
        if (status == RebuildStatus.FAILED) {
            log.error("Ledger rebuild {} failed: {}", id, failure);
        }
    }

    private RebuildView view(Document rebuild) {
        long processed = rebuild.get("processed", Number.class).longValue();
        long total = Math.max(rebuild.get("total", Number.class).longValue(), processed);
        Instant requestedAt = rebuild.getDate("requestedAt").toInstant();
        Date finished = rebuild.getDate("finishedAt");
        Instant until = finished == null ? clock.instant() : finished.toInstant();
        double seconds = Math.max(0.001, Duration.between(requestedAt, until).toMillis() / 1000.0);
        double rate = processed / seconds;
        double percent = total == 0 ? 100.0 : Math.round(processed * 1000.0 / total) / 10.0;
        Long eta = finished == null && rate > 0 ? Math.round((total - processed) / rate) : null;
        return new RebuildView(rebuild.getString("_id"), RebuildStatus.valueOf(rebuild.getString("status")),
                rebuild.get("generation", Number.class).longValue(), processed, total, percent,
                Math.round(rate * 10) / 10.0, eta, rebuild.getString("requestedBy"), requestedAt,
                finished == null ? null : finished.toInstant(), rebuild.getString("failure"));
    }

    /** The council of whoever started it, to decide who may see their name. */
    Optional<String> tenantOf(String id) {
        return Optional.ofNullable(rebuilds.find(Filters.eq("_id", id)).first()).map(d -> d.getString("tenant"));
    }

    @Override
    public void start() {
        supervisor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ledger-rebuild-supervisor");
            thread.setDaemon(true);
            return thread;
        });
        supervisor.scheduleWithFixedDelay(() -> {
            try {
                supervise();
            } catch (RuntimeException e) {
                log.warn("Ledger supervision failed; next round in {}", checkInterval, e);
            }
        }, checkInterval.toMillis(), checkInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (supervisor != null) {
            supervisor.shutdownNow();
            supervisor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return supervisor != null;
    }
}

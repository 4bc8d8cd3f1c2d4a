package ua.hromada.registry.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.registry.imports.ImportResult.LineRejection;
import ua.hromada.registry.record.RecordImporter;
import ua.hromada.web.problem.CommandFailures;
import ua.hromada.web.problem.JsonInputErrors;
import ua.hromada.web.problem.Rejection;
import ua.hromada.web.problem.RejectionKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One run of an NDJSON import: reads the body line by line (never the whole file), checks each line as the
 * register's own {@code POST} would, and records the good ones with a few commands in flight at a time, so that a
 * 100,000-line file neither sits in memory nor waits on one round trip per line. Lines are independent: a rejected
 * line stores nothing and stops nothing. A line without an id gets one derived from its content and from how many
 * identical lines came before it in the file, so sending the same file again records nothing twice while two
 * identical appeals on one day stay two appeals.
 */
final class NdjsonImport {

    static final int MAX_REPORTED_REJECTIONS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(NdjsonImport.class);

    private final String importId = UUID.randomUUID().toString();
    private final Map<String, RecordImporter<?>> importers;
    private final ObjectMapper json;
    private final JsonInputErrors jsonInputErrors;
    private final Validator validator;
    private final CommandGateway commandGateway;
    private final Executor workers;
    private final Semaphore inFlight;
    private final Phaser pending = new Phaser(1);
    private final Clock clock;
    private final Instant startedAt;
    private final Map<String, Integer> identicalLinesSeen = new HashMap<>();
    private final ConcurrentLinkedQueue<LineRejection> rejections = new ConcurrentLinkedQueue<>();
    private final AtomicLong lines = new AtomicLong();
    private final AtomicLong created = new AtomicLong();
    private final AtomicLong alreadyRecorded = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private volatile Instant finishedAt;

    NdjsonImport(Map<String, RecordImporter<?>> importers, ObjectMapper json, Validator validator,
                 CommandGateway commandGateway, Executor workers, int parallelism, Clock clock) {
        this.importers = importers;
        this.json = json;
        this.jsonInputErrors = new JsonInputErrors(json);
        this.validator = validator;
        this.commandGateway = commandGateway;
        this.workers = workers;
        this.inFlight = new Semaphore(parallelism);
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    String id() {
        return importId;
    }

    /** Reads and records every line; returns when each of them is recorded or rejected. */
    ImportResult run(BufferedReader body) throws IOException {
        try {
            long lineNumber = 0;
            String line;
            while ((line = body.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank()) {
                    lines.incrementAndGet();
                    accept(lineNumber, line);
                }
            }
        } finally {
            pending.arriveAndAwaitAdvance();
            finishedAt = clock.instant();
        }
        return result();
    }

    /** The figures so far; complete once {@link #run} returned. */
    ImportResult result() {
        Instant end = finishedAt != null ? finishedAt : clock.instant();
        double seconds = Math.max(Duration.between(startedAt, end).toNanos() / 1e9, 1e-9);
        long done = created.get() + alreadyRecorded.get() + rejected.get();
        List<LineRejection> listed = rejections.stream()
                .sorted(Comparator.comparingLong(LineRejection::line))
                .limit(MAX_REPORTED_REJECTIONS)
                .toList();
        return new ImportResult(importId, finishedAt != null ? "completed" : "running", startedAt, finishedAt,
                lines.get(), created.get() + alreadyRecorded.get(), created.get(), alreadyRecorded.get(),
                rejected.get(), Math.round(done / seconds * 10) / 10.0, listed,
                Math.max(0, rejected.get() - listed.size()));
    }

    private void accept(long lineNumber, String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            JsonInputErrors.InputError error = jsonInputErrors.describe(e, "line");
            reject(lineNumber, null, null, error.code(), error.field(), error.detail());
            return;
        }
        if (!(node instanceof ObjectNode fields)) {
            reject(lineNumber, null, null, "invalid_value", null, "A line must be one JSON object.");
            return;
        }
        JsonNode typeNode = fields.remove("type");
        String type = typeNode != null && typeNode.isTextual() ? typeNode.asText() : null;
        String id = fields.path("id").isTextual() ? fields.path("id").asText() : null;
        if (type == null) {
            reject(lineNumber, null, id, "required", "type", "type must name the kind of record, e.g. organisation.");
            return;
        }
        RecordImporter<?> importer = importers.get(type);
        if (importer == null) {
            reject(lineNumber, type, id, "unknown_type", "type",
                    "type " + type + " is not one of: " + String.join(", ", importers.keySet()) + ".");
            return;
        }
        prepare(lineNumber, type, id, line, fields, importer);
    }

    private <R> void prepare(long lineNumber, String type, String id, String line, ObjectNode fields,
                             RecordImporter<R> importer) {
        R request;
        try {
            request = json.treeToValue(fields, importer.requestType());
        } catch (JsonProcessingException e) {
            JsonInputErrors.InputError error = jsonInputErrors.describe(e, "line");
            reject(lineNumber, type, id, error.code(), error.field(), error.detail());
            return;
        }
        List<ConstraintViolation<R>> violations = new ArrayList<>(validator.validate(request));
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(violation -> violation.getPropertyPath().toString()));
            ConstraintViolation<R> first = violations.get(0);
            String field = first.getPropertyPath().toString();
            reject(lineNumber, type, id, isRequiredRule(first) ? "required" : "invalid_value", field,
                    field + " " + first.getMessage() + ".");
            return;
        }
        String clientId = importer.clientIdOf(request) != null ? importer.clientIdOf(request) : derivedId(line);
        if (importer.refersToEarlierLines()) {
            // Everything before it must be recorded first: it may name a record an earlier line creates.
            pending.arriveAndAwaitAdvance();
        }
        inFlight.acquireUninterruptibly();
        pending.register();
        workers.execute(() -> {
            try {
                record(lineNumber, type, clientId, importer, request);
            } finally {
                inFlight.release();
                pending.arriveAndDeregister();
            }
        });
    }

    private <R> void record(long lineNumber, String type, String clientId, RecordImporter<R> importer, R request) {
        try {
            Object outcome = sendRetryingALostRace(importer.commandFor(request, clientId));
            if (outcome == CreationOutcome.ALREADY_RECORDED) {
                alreadyRecorded.incrementAndGet();
            } else {
                created.incrementAndGet();
            }
        } catch (RuntimeException failure) {
            Rejection rejection = rejectionOf(failure).orElse(null);
            if (rejection == null) {
                String reference = UUID.randomUUID().toString();
                log.error("Import {} line {} failed unexpectedly (reference {})", importId, lineNumber, reference,
                        failure);
                reject(lineNumber, type, clientId, "internal_error", null,
                        "An unexpected error occurred. Reference: " + reference + ".");
            } else {
                reject(lineNumber, type, clientId, rejection.code(), rejection.field(), rejection.message());
            }
        }
    }

    /**
     * Two lines of one file with the same id may run at once; the one that loses the race to create the record
     * sees it on a second try, as an identical repeat or as a conflict.
     */
    private Object sendRetryingALostRace(Object command) {
        try {
            return commandGateway.sendAndWait(command);
        } catch (RuntimeException failure) {
            Throwable cause = CommandFailures.unwrap(failure);
            if (cause instanceof AggregateStreamCreationException || cause instanceof ConcurrencyException) {
                return commandGateway.sendAndWait(command);
            }
            throw failure;
        }
    }

    /** The domain's refusal, or a lost race that a second try did not settle either. */
    private static Optional<Rejection> rejectionOf(RuntimeException failure) {
        Optional<Rejection> refused = CommandFailures.rejectionOf(failure);
        if (refused.isPresent()) {
            return refused;
        }
        Throwable cause = CommandFailures.unwrap(failure);
        if (cause instanceof AggregateStreamCreationException || cause instanceof ConcurrencyException) {
            return Optional.of(new Rejection(RejectionKind.CONFLICT, "concurrent_modification", null,
                    "The record was changed by another request at the same time; send the line again."));
        }
        return Optional.empty();
    }

    private void reject(long lineNumber, String type, String id, String code, String field, String reason) {
        rejected.incrementAndGet();
        if (rejections.size() < MAX_REPORTED_REJECTIONS) {
            rejections.add(new LineRejection(lineNumber, type, id, code, field, reason));
        }
    }

    private static boolean isRequiredRule(ConstraintViolation<?> violation) {
        Class<?> rule = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return rule == NotNull.class || rule == NotBlank.class;
    }

    /** The line's content and how many identical lines preceded it in this file. */
    private String derivedId(String line) {
        String content = sha256(line.strip()).substring(0, 24);
        int occurrence = identicalLinesSeen.merge(content, 1, Integer::sum);
        return "line-" + sha256(content + "#" + occurrence).substring(0, 32);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

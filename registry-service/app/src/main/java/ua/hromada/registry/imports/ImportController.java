package ua.hromada.registry.imports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ua.hromada.registry.record.RecordImporter;
import ua.hromada.tenancy.TenantContext;
import ua.hromada.web.problem.InvalidInputException;
import ua.hromada.web.problem.NotFoundException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code POST /api/registry/imports}: NDJSON, one record per line, {@code {"type": "organisation", ...}} with the
 * fields of that register's {@code POST}. Answers when every line is recorded or rejected, with the figures and the
 * rejected lines; while it runs, {@code GET /api/registry/imports/{id}} and {@code GET /api/registry/imports} show its
 * progress to the council that sent it.
 */
@RestController
@RequestMapping(ImportController.PATH)
@EnableConfigurationProperties(ImportProperties.class)
class ImportController {

    static final String PATH = "/api/registry/imports";

    private final Map<String, RecordImporter<?>> importers;
    private final ObjectMapper json;
    private final Validator validator;
    private final CommandGateway commandGateway;
    private final TenantContext tenantContext;
    private final ImportProperties properties;
    private final Clock clock;
    private final ExecutorService workers;
    /** Per tenant, the imports of this instance, newest last. */
    private final Map<String, Map<String, NdjsonImport>> recentImports = new TreeMap<>();

    ImportController(List<RecordImporter<?>> importers, ObjectMapper json, Validator validator,
                     CommandGateway commandGateway, TenantContext tenantContext, ImportProperties properties,
                     Clock clock) {
        Map<String, RecordImporter<?>> byType = new TreeMap<>();
        importers.forEach(importer -> {
            if (byType.put(importer.type(), importer) != null) {
                throw new IllegalStateException("two importers of type " + importer.type());
            }
        });
        this.importers = Collections.unmodifiableMap(byType);
        // A line is a record: a field it does not know is a mistake to report, never to ignore.
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.validator = validator;
        this.commandGateway = commandGateway;
        this.tenantContext = tenantContext;
        this.properties = properties;
        this.clock = clock;
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "registry-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PostMapping(consumes = {"application/x-ndjson", "application/jsonl", "application/json", "text/plain",
            "application/octet-stream"})
    ImportResult importLines(HttpServletRequest request) throws IOException {
        String tenant = tenantContext.requireTenant();
        if (request.getContentLengthLong() == 0) {
            throw new InvalidInputException("empty_import", null, "The import has no lines.");
        }
        NdjsonImport run = new NdjsonImport(importers, json, validator, commandGateway,
                new DelegatingSecurityContextExecutor(workers, SecurityContextHolder.getContext()),
                properties.parallelism(), clock);
        remember(tenant, run);
        try (BufferedReader body = new BufferedReader(new InputStreamReader(request.getInputStream(),
                StandardCharsets.UTF_8))) {
            return run.run(body);
        }
    }

    /** The council's recent imports on this instance, running ones included, newest first. */
    @GetMapping
    List<ImportResult> recent() {
        String tenant = tenantContext.requireTenant();
        synchronized (recentImports) {
            List<ImportResult> results = new ArrayList<>(recentImports.getOrDefault(tenant, Map.of())
                    .values().stream().map(NdjsonImport::result).toList());
            Collections.reverse(results);
            return results;
        }
    }

    @GetMapping("/{id}")
    ImportResult progress(@PathVariable String id) {
        String tenant = tenantContext.requireTenant();
        synchronized (recentImports) {
            NdjsonImport run = recentImports.getOrDefault(tenant, Map.of()).get(id);
            if (run == null) {
                throw new NotFoundException("not_found", "id", "No import with id " + id + " on this instance.");
            }
            return run.result();
        }
    }

    /** Imports still running when the service stops end with it; their lines so far stay recorded. */
    @PreDestroy
    void stopWorkers() {
        workers.shutdownNow();
    }

    private void remember(String tenant, NdjsonImport run) {
        synchronized (recentImports) {
            Map<String, NdjsonImport> ofTenant = recentImports.computeIfAbsent(tenant, t -> new LinkedHashMap<>());
            ofTenant.put(run.id(), run);
            while (ofTenant.size() > properties.keptResults()) {
                ofTenant.remove(ofTenant.keySet().iterator().next());
            }
        }
    }
}

package ua.hromada.registry.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How imports run.
 *
 * @param parallelism lines recorded at the same time; each waits on the event store, and appends made together
 *                    share one write (group commit): 16 imported 833 lines/s where 4 imported 554 on the embedded
 *                    server (./hromada bench registry, 30,000 lines)
 * @param keptResults finished imports whose results stay readable per service instance
 */
@ConfigurationProperties("hromada.registry.imports")
record ImportProperties(Integer parallelism, Integer keptResults) {

    ImportProperties {
        parallelism = parallelism == null ? 16 : parallelism;
        keptResults = keptResults == null ? 100 : keptResults;
        if (parallelism < 1 || keptResults < 1) {
            throw new IllegalArgumentException("hromada.registry.imports.* must be positive");
        }
    }
}

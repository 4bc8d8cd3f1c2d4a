package ua.hromada.registry.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How imports run.
 *
 * @param parallelism lines recorded at the same time; each waits on the event store, so a few in flight keep both
 *                    the service and the database busy
 * @param keptResults finished imports whose results stay readable per service instance
 */
@ConfigurationProperties("hromada.registry.imports")
record ImportProperties(Integer parallelism, Integer keptResults) {

    ImportProperties {
        parallelism = parallelism == null ? 4 : parallelism;
        keptResults = keptResults == null ? 100 : keptResults;
        if (parallelism < 1 || keptResults < 1) {
            throw new IllegalArgumentException("hromada.registry.imports.* must be positive");
        }
    }
}

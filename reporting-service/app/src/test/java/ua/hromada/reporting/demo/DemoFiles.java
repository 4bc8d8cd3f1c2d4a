package ua.hromada.reporting.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The committed demo file, as the demo tests read it. */
final class DemoFiles {

    /** Running it (after test-compile) rewrites the committed file. */
    static final String REGENERATE = "./mvnw -q -B -o -pl reporting-service/api,reporting-service/app test-compile"
            + " && java -cp reporting-service/app/target/test-classes ua.hromada.reporting.demo.LysychanskRegistryDemo "
            + LysychanskRegistryDemo.COMMITTED_FILE;

    private DemoFiles() {
    }

    /** The repository's root: Maven runs the tests in the module's directory, somewhere below it. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("hromada"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the Hromada repository: " + Path.of("").toAbsolutePath());
    }

    static Path committedFile() {
        return repositoryRoot().resolve(LysychanskRegistryDemo.COMMITTED_FILE);
    }

    static List<String> committedLines() {
        try {
            return Files.readAllLines(committedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + committedFile() + "; regenerate it: " + REGENERATE, e);
        }
    }
}

package ua.hromada.reporting.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The committed {@value LysychanskRegistryDemo#COMMITTED_FILE} is a golden file: exactly what the generator
 * writes, so a change to the generator shows up as a change of the data that {@code ./hromada up} loads.
 */
class LysychanskRegistryDemoTest {

    @Test
    void theCommittedFileIsWhatTheGeneratorWrites() throws IOException {
        Path committed = DemoFiles.committedFile();
        if (!Files.isRegularFile(committed)) {
            fail(committed + " is missing; generate it from the repository's root with:\n  " + DemoFiles.REGENERATE);
        }
        List<String> generated = LysychanskRegistryDemo.ndjson().lines().toList();
        List<String> inTheFile = Files.readString(committed, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(generated.size(), inTheFile.size()); i++) {
            String expected = i < generated.size() ? generated.get(i) : "(no line)";
            String actual = i < inTheFile.size() ? inTheFile.get(i) : "(no line)";
            if (!expected.equals(actual)) {
                fail(LysychanskRegistryDemo.COMMITTED_FILE + " is not what LysychanskRegistryDemo writes, from line "
                        + (i + 1) + ":\n  committed: " + actual + "\n  generated: " + expected
                        + "\nIf the generator's change is meant, regenerate the file from the repository's root"
                        + " with:\n  "
                        + DemoFiles.REGENERATE);
            }
        }
        assertThat(Files.readString(committed, StandardCharsets.UTF_8)).as("line endings").endsWith("}\n")
                .doesNotContain("\r");
    }

    @Test
    void theGeneratorWritesTheSameFileEveryTime() {
        assertThat(LysychanskRegistryDemo.ndjson()).isEqualTo(LysychanskRegistryDemo.ndjson());
    }

    @Test
    void bodyNamesTakeTheGenitiveInDirectiveTitles() {
        assertThat(LysychanskRegistryDemo.genitive("Робоча група з питань розвитку туризму"))
                .isEqualTo("робочої групи з питань розвитку туризму");
        assertThat(LysychanskRegistryDemo.genitive("Координаційна рада у справах осіб з інвалідністю"))
                .isEqualTo("координаційної ради у справах осіб з інвалідністю");
        assertThat(LysychanskRegistryDemo.genitive("Оперативний штаб з питань запобігання поширенню COVID-19"))
                .isEqualTo("оперативного штабу з питань запобігання поширенню COVID-19");
        assertThat(LysychanskRegistryDemo.genitive("Комісія з питань захисту прав дитини при Лисичанській міській"
                + " військово-цивільній адміністрації")).isEqualTo("комісії з питань захисту прав дитини при"
                + " Лисичанській міській військово-цивільній адміністрації");
    }
}

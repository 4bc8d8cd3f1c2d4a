package ua.hromada.reporting.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import ua.hromada.reporting.demo.SeedFigures.SeedFigure;

/**
 * Every registry figure of the seed reports (the {@code registry.*} rows of lysychansk-figures.csv) counted from
 * the committed demo file, {@value LysychanskRegistryDemo#COMMITTED_FILE}, by {@link RegistryFigures}: one test
 * per row, failing with the row's quote when the data does not reproduce it. The same table is later checked
 * end-to-end through the report.
 */
class DemoDataFiguresTest {

    private static final RegistryFigures DEMO_DATA = RegistryFigures.of(DemoFiles.committedLines());

    @TestFactory
    Stream<DynamicTest> theDemoDataReproducesEveryRegistryFigureOfTheSeeds() {
        return registryFigures().stream().map(figure -> DynamicTest.dynamicTest(figure.toString(), () -> {
            String where = SeedFigures.TABLE + " line " + figure.line() + " (" + figure.seed() + "): «"
                    + figure.quote() + "»";
            assertThat(RegistryFigures.defines(figure.metric()))
                    .as(where + ": no definition of " + figure.metric() + " to count it with").isTrue();
            assertThat(DEMO_DATA.value(figure.metric(), figure.dimension(), figure.dimensionValue(),
                    figure.period())).as(where).isEqualTo(figure.value());
        }));
    }

    /** Guards the factory above against passing because it found nothing to check. */
    @Test
    void theSeedsHaveRegistryFiguresOfBothReportsAndAllThreePeriods() {
        List<SeedFigure> figures = registryFigures();
        assertThat(figures).extracting(SeedFigure::seed).contains("lysychansk-2021-annual.txt",
                "lysychansk-2020-q1.txt");
        assertThat(figures).extracting(SeedFigure::period).contains("2021", "2020", "2020-Q1");
    }

    private static List<SeedFigure> registryFigures() {
        return SeedFigures.all().stream().filter(figure -> figure.metric().startsWith("registry.")).toList();
    }
}

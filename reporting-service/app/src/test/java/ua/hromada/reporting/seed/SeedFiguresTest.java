package ua.hromada.reporting.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import ua.hromada.reporting.Rfc4180;

/**
 * Checks {@code seeds/lysychansk-figures.csv}: the figures of the two real Lysychansk reports (2021 annual,
 * first quarter of 2020, copied verbatim next to it) that correspond to a metric of the catalogue in
 * DOMAIN.md. The reports the platform generates must reproduce these figures, and the demo data is generated
 * from them, so every row must be traceable to the seed text: its quote occurs verbatim in the seed and
 * contains the value as a number of its own.
 *
 * <p>Columns: {@code seed, metric, dimension, dimensionValue, period, value, quote}; dimension and
 * dimensionValue are empty for totals; period is {@code 2021}, {@code 2020} (the "у 2020" comparisons) or
 * {@code 2020-Q1}.
 */
class SeedFiguresTest {

    private static final String TABLE = "seeds/lysychansk-figures.csv";
    private static final List<String> HEADER =
            List.of("seed", "metric", "dimension", "dimensionValue", "period", "value", "quote");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-Q[1-4]|-H[12]|-\\d{2})?");

    /** The metric catalogue of DOMAIN.md. */
    private static final Set<String> CATALOGUE = Set.of(
            "media.coverage_requests", "media.contracts.active", "media.website.materials",
            "media.website.news_photos", "media.photo_gallery.categories", "media.photo_gallery.photos",
            "media.video_gallery.videos", "media.youtube.videos", "media.acts_published",
            "media.lustration.documents", "media.subscribers", "media.open_data.datasets",
            "media.open_data.documents", "media.monitoring.reviews", "media.monitoring.items",
            "media.monitoring.direct_references", "media.briefs", "media.website.structure",
            "registry.organisations", "registry.street_committees", "registry.street_committee_elections",
            "registry.commissions", "registry.commission_meetings", "registry.documents.incoming",
            "registry.documents.answered", "registry.documents.outgoing",
            "registry.documents.long_term_control", "registry.appeals", "registry.acts",
            "registry.acts.drafted_by_department", "registry.petitions", "registry.budget_projects",
            "events.attended", "events.on_application", "events.monitored", "events.staff_meetings",
            "events.trainings", "events.self_organisation_heads_trained", "events.scenario_plans",
            "events.speeches", "events.greetings", "events.greetings_published",
            "awards.persons_awarded", "awards.petitions", "awards.commission_meetings");

    @Test
    void everyFigureIsQuotedFromItsSeedAndNamesACatalogueMetric() {
        List<List<String>> lines = Rfc4180.parse(resource(TABLE));
        assertThat(lines.get(0)).as("header").isEqualTo(HEADER);
        List<List<String>> rows = lines.subList(1, lines.size());
        assertThat(rows).isNotEmpty();

        SoftAssertions softly = new SoftAssertions();
        Set<List<String>> keys = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String where = TABLE + " line " + (i + 2) + ": " + row;
            if (row.size() != HEADER.size()) {
                softly.fail(where + " has " + row.size() + " columns");
                continue;
            }
            String seed = row.get(0), metric = row.get(1), period = row.get(4), value = row.get(5), quote = row.get(6);
            String text = resourceOrNull("seeds/" + seed);

            softly.assertThat(text).as(where + ": seed file exists").isNotNull();
            if (text != null) {
                softly.assertThat(text).as(where + ": quote occurs in the seed").contains(quote);
            }
            softly.assertThat(value).as(where + ": value is an integer").matches("\\d+");
            softly.assertThat(quote).as(where + ": quote contains the value as a number of its own")
                    .containsPattern("(?<!\\d)" + Pattern.quote(value) + "(?!\\d)");
            softly.assertThat(CATALOGUE).as(where + ": metric is in the catalogue").contains(metric);
            softly.assertThat(period).as(where + ": period").matches(PERIOD);
            softly.assertThat(row.get(2).isEmpty()).as(where + ": dimension and its value both set or both empty")
                    .isEqualTo(row.get(3).isEmpty());
            softly.assertThat(keys.add(row.subList(0, 5))).as(where + ": no other row for the same figure").isTrue();
        }
        softly.assertAll();
    }

    private static String resource(String name) {
        String text = resourceOrNull(name);
        assertThat(text).as("test resource " + name).isNotNull();
        return text;
    }

    private static String resourceOrNull(String name) {
        try (InputStream in = SeedFiguresTest.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

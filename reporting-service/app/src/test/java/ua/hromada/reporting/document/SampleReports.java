package ua.hromada.reporting.document;

import static ua.hromada.reporting.api.report.FigureSource.BASELINE;
import static ua.hromada.reporting.api.report.FigureSource.RECORDS;
import static ua.hromada.reporting.api.report.FigureSource.UNKNOWN;
import static ua.hromada.reporting.api.report.MetricKind.FLOW;
import static ua.hromada.reporting.api.report.MetricKind.SNAPSHOT;
import static ua.hromada.reporting.api.report.MetricKind.STOCK;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ua.hromada.reporting.api.report.ActivityReport;
import ua.hromada.reporting.api.report.FigureSource;
import ua.hromada.reporting.api.report.MetricFigure;
import ua.hromada.reporting.api.report.MetricKind;
import ua.hromada.reporting.api.report.ReportPeriod;
import ua.hromada.reporting.api.report.ReportSection;

/**
 * The Lysychansk 2021 annual report compared with 2020 as the report service would fill it, with the figures of the
 * real report (seeds/lysychansk-2021-annual.txt): records for 2021, baselines for some 2020 totals recorded before
 * the platform, and comparisons nobody can make.
 */
final class SampleReports {

    static final String TITLE = "Звіт про роботу відділу з питань внутрішньої політики та організаційної роботи "
            + "Лисичанської міської військово-цивільної адміністрації за 2021 рік";
    static final ReportPeriod YEAR_2021 =
            new ReportPeriod(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), "2021 рік", "2021");
    static final ReportPeriod YEAR_2020 =
            new ReportPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), "2020 рік", "2020");
    /** 01.01.2022 00:00 in Kyiv: what the department knew when the year closed. */
    static final Instant NEW_YEAR_2022_IN_KYIV = Instant.parse("2021-12-31T22:00:00Z");
    static final Instant GENERATED_AT = Instant.parse("2026-11-25T13:55:00Z");

    static final String MEDIA = "Інформаційна діяльність та співпраця із засобами масової інформації";
    static final String CORRESPONDENCE = "Документообіг, звернення громадян та розпорядчі акти";
    /** An outlet's name as a clerk typed it, with a comma and straight quotes. */
    static final String IRTA = "ТОВ НТРК \"ІРТА\", м. Сєвєродонецьк";

    static final String MATERIALS_TEXT = "2286 інформаційних матеріалів на офіційному вебсайті (у 2020 — 1600)";
    static final String COVERAGE_TEXT = "57 листів-заявок на висвітлення діяльності (у 2020 — немає даних)";
    static final String ORGANISATIONS_TEXT = "295 зареєстрованих організацій (у 2020 — 287)";
    static final String STREET_COMMITTEES_TEXT = "192 вуличні комітети (у 2020 — 188)";
    static final String INCOMING_TEXT = "1759 вхідних документів (у 2020 — 838)";
    static final String AWARDED_TEXT = "364 особи нагороджено відзнаками (у 2020 — немає даних)";

    private SampleReports() {
    }

    static ActivityReport lysychansk2021() {
        return new ActivityReport("lysychansk", TITLE, YEAR_2021, YEAR_2020, NEW_YEAR_2022_IN_KYIV, GENERATED_AT,
                List.of(media(), openData(), registries(), selfOrganisation(), correspondence(), awards(),
                        eventsAndMeetings(), ceremonies()));
    }

    static ActivityReport titled(String title) {
        ActivityReport report = lysychansk2021();
        return new ActivityReport(report.tenant(), title, report.period(), report.comparedTo(), report.asKnownAt(),
                report.generatedAt(), report.sections());
    }

    /** The same report asked for now: what is known is current, no "станом на". */
    static ActivityReport knownNow() {
        ActivityReport report = lysychansk2021();
        return new ActivityReport(report.tenant(), report.title(), report.period(), report.comparedTo(),
                GENERATED_AT.minusMillis(300), GENERATED_AT, report.sections());
    }

    static ActivityReport withSections(ReportSection... sections) {
        ActivityReport report = lysychansk2021();
        return new ActivityReport(report.tenant(), report.title(), report.period(), report.comparedTo(),
                report.asKnownAt(), report.generatedAt(), List.of(sections));
    }

    static ActivityReport withoutComparison() {
        ActivityReport report = lysychansk2021();
        List<ReportSection> sections = report.sections().stream()
                .map(section -> new ReportSection(section.key(), section.title(), section.metrics().stream()
                        .map(figure -> new MetricFigure(figure.key(), figure.title(), figure.kind(), figure.value(),
                                null, null, null, figure.valueSource(), null, figure.dimension(), figure.breakdown(),
                                Map.of(), figure.dimensionLabels(),
                                figure.text().replaceAll(" \\(у 2020 — [^)]*\\)", "")))
                        .toList()))
                .toList();
        return new ActivityReport(report.tenant(), report.title(), report.period(), null, report.asKnownAt(),
                report.generatedAt(), sections);
    }

    static ActivityReport forPeriod(String tenant, LocalDate from, LocalDate to) {
        ActivityReport report = lysychansk2021();
        return new ActivityReport(tenant, report.title(), new ReportPeriod(from, to, "період", "період"),
                report.comparedTo(), report.asKnownAt(), report.generatedAt(), report.sections());
    }

    private static ReportSection media() {
        return new ReportSection("media", MEDIA, List.of(
                figure("media.coverage_requests", "Листи-заявки на висвітлення діяльності", FLOW,
                        57L, RECORDS, null, UNKNOWN, COVERAGE_TEXT,
                        new Breakdown("outlet",
                                counts("donbas-online", 24, "irta", 21, "novyi-put", 12), counts(),
                                Map.of("donbas-online", "ТРК «Донбас.Онлайн»", "irta", IRTA,
                                        "novyi-put", "ПП «РРСПГ «Новий путь»"))),
                figure("media.website.materials", "Інформаційні матеріали на вебсайті", FLOW,
                        2286L, RECORDS, 1600L, RECORDS, MATERIALS_TEXT, null),
                figure("media.subscribers", "Підписники офіційних сторінок", SNAPSHOT,
                        2127L, RECORDS, 816L, RECORDS,
                        "2127 підписників офіційних сторінок у соцмережах (у 2020 — 816)",
                        new Breakdown("channel", counts("facebook", 1956, "youtube", 171), counts("facebook", 816),
                                Map.of("facebook", "Facebook", "youtube", "YouTube"))),
                figure("media.video_gallery.videos", "Відеоролики у відеогалереї", FLOW,
                        39L, RECORDS, 31L, RECORDS, "39 відеороликів у розділі «Відеогалерея» (у 2020 — 31)", null)));
    }

    private static ReportSection openData() {
        return new ReportSection("open_data", "Відкриті дані та прозорість", List.of(
                figure("media.open_data.datasets", "Набори відкритих даних", STOCK,
                        141L, RECORDS, 112L, RECORDS, "141 набір відкритих даних (у 2020 — 112)", null),
                figure("media.open_data.documents", "Документи у наборах відкритих даних", SNAPSHOT,
                        1247L, RECORDS, 1070L, RECORDS, "1247 документів у наборах відкритих даних (у 2020 — 1070)",
                        null),
                figure("media.acts_published", "Оприлюднені розпорядження та проєкти розпоряджень", FLOW,
                        1806L, RECORDS, 903L, RECORDS,
                        "1806 розпоряджень і проєктів розпоряджень оприлюднено на вебсайті (у 2020 — 903)", null)));
    }

    private static ReportSection registries() {
        return new ReportSection("registries", "Політичні партії, громадські та релігійні організації", List.of(
                figure("registry.organisations", "Зареєстровані організації", STOCK,
                        295L, RECORDS, 287L, RECORDS, ORGANISATIONS_TEXT,
                        new Breakdown("kind",
                                counts("party_cell", 95, "ngo", 160, "religious", 40),
                                counts("party_cell", 96, "ngo", 157, "religious", 34),
                                Map.of("party_cell", "міські осередки політичних партій",
                                        "ngo", "громадські організації", "religious", "релігійні організації")))));
    }

    private static ReportSection selfOrganisation() {
        return new ReportSection("self_organisation", "Органи самоорганізації населення", List.of(
                figure("registry.street_committees", "Вуличні комітети", STOCK,
                        192L, RECORDS, 188L, BASELINE, STREET_COMMITTEES_TEXT, null),
                figure("registry.street_committee_elections", "Вибори вуличних комітетів", FLOW,
                        27L, RECORDS, null, UNKNOWN,
                        "вибори складу вуличних комітетів на 27 вулицях міста (у 2020 — немає даних)", null)));
    }

    private static ReportSection correspondence() {
        return new ReportSection("correspondence", CORRESPONDENCE, List.of(
                figure("registry.documents.incoming", "Вхідні документи", FLOW,
                        1759L, RECORDS, 838L, BASELINE, INCOMING_TEXT,
                        new Breakdown("kind",
                                counts("letter", 1702, "public_info_request", 31, "citizen_appeal", 26), counts(),
                                Map.of("letter", "листи", "public_info_request", "запити на публічну інформацію",
                                        "citizen_appeal", "письмові звернення громадян"))),
                figure("registry.documents.answered", "Документи, на які підготовлено відповіді", FLOW,
                        195L, RECORDS, 120L, BASELINE, "на 195 документів підготовлено відповіді (у 2020 — 120)",
                        null),
                figure("registry.acts.drafted_by_department", "Проєкти розпоряджень, підготовлені відділом", FLOW,
                        98L, RECORDS, 26L, RECORDS, "98 проєктів розпоряджень керівника (у 2020 — 26)", null)));
    }

    private static ReportSection awards() {
        return new ReportSection("awards", "Нагородження", List.of(
                figure("awards.persons_awarded", "Нагороджені особи", FLOW,
                        364L, RECORDS, null, UNKNOWN, AWARDED_TEXT,
                        new Breakdown("awardType",
                                counts("letter_of_thanks", 240, "gramota", 12, "honorary_gramota", 86, "medal", 20,
                                        "badge", 6),
                                counts(),
                                Map.of("letter_of_thanks", "Лист подяки", "gramota", "Грамота",
                                        "honorary_gramota", "Почесна грамота",
                                        "medal", "медаль «За заслуги перед містом»",
                                        "badge", "нагрудний знак «Знак Пошани»")))));
    }

    private static ReportSection eventsAndMeetings() {
        return new ReportSection("events", "Заходи, наради та навчання", List.of(
                figure("events.attended", "Заходи, у яких брали участь працівники відділу", FLOW,
                        149L, RECORDS, 77L, RECORDS, "149 обласних та загальноміських заходів (у 2020 — 77)", null),
                figure("events.staff_meetings", "Наради та засідання", FLOW,
                        90L, RECORDS, 107L, RECORDS,
                        "90 нарад та засідань координаційних рад і комісій (у 2020 — 107)", null),
                figure("events.trainings", "Семінари та тренінги", FLOW,
                        15L, RECORDS, 11L, RECORDS, "15 семінарів і тренінгів (у 2020 — 11)", null)));
    }

    private static ReportSection ceremonies() {
        return new ReportSection("ceremonies", "Урочисті заходи та підготовка виступів", List.of(
                figure("events.scenario_plans", "Сценарні плани", FLOW,
                        13L, RECORDS, 13L, RECORDS,
                        "13 сценарних планів загальноміських урочистих заходів (у 2020 — 13)", null),
                figure("events.speeches", "Промови", FLOW,
                        25L, RECORDS, 13L, RECORDS, "25 промов з нагоди державних та загальноміських свят "
                                + "(у 2020 — 13)", null),
                figure("events.greetings", "Привітання", FLOW,
                        80L, RECORDS, 64L, RECORDS, "80 привітань до святкових дат (у 2020 — 64)", null)));
    }

    record Breakdown(String dimension, Map<String, Long> current, Map<String, Long> previous,
                     Map<String, String> labels) {
    }

    static MetricFigure figure(String key, String title, MetricKind kind, Long value, FigureSource valueSource,
                               Long previous, FigureSource previousSource, String text, Breakdown breakdown) {
        boolean bothKnown = value != null && previous != null;
        Long delta = bothKnown ? value - previous : null;
        Double deltaPercent = bothKnown && previous != 0
                ? BigDecimal.valueOf(delta * 100).divide(BigDecimal.valueOf(previous), 1, RoundingMode.HALF_UP)
                        .doubleValue()
                : null;
        return new MetricFigure(key, title, kind, value, previous, delta, deltaPercent, valueSource, previousSource,
                breakdown == null ? null : breakdown.dimension(),
                breakdown == null ? Map.of() : breakdown.current(),
                breakdown == null ? Map.of() : breakdown.previous(),
                breakdown == null ? Map.of() : breakdown.labels(), text);
    }

    /** Counts in the given order, as the report lists a breakdown in catalogue order. */
    static Map<String, Long> counts(Object... keysAndCounts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            counts.put((String) keysAndCounts[i], ((Integer) keysAndCounts[i + 1]).longValue());
        }
        return counts;
    }
}

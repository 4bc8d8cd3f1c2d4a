package ua.hromada.reporting.metric;

/** The sections of a council's activity report, in the order the councils' reports have them. */
public enum ReportSectionKind {
    MEDIA("media", "Інформаційне висвітлення діяльності ради"),
    OPEN_DATA("open_data", "Відкриті дані та прозорість"),
    REGISTRIES("registries", "Громадські об'єднання, комісії та робочі групи"),
    SELF_ORGANISATION("self_organisation", "Органи самоорганізації населення"),
    MONITORING("monitoring", "Моніторинг засобів масової інформації"),
    CORRESPONDENCE("correspondence", "Документообіг та нормативні акти"),
    CIVIC_PARTICIPATION("civic_participation", "Звернення громадян, електронні петиції та громадський бюджет"),
    CEREMONIAL("ceremonial", "Протокольні заходи та спічрайтинг"),
    AWARDS("awards", "Нагородна робота"),
    EVENTS("events", "Заходи та наради"),
    TRAININGS("trainings", "Навчання");

    private final String key;
    private final String title;

    ReportSectionKind(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }
}

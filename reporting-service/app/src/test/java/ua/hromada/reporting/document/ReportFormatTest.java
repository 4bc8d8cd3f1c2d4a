package ua.hromada.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import ua.hromada.web.problem.InvalidInputException;

class ReportFormatTest {

    @ParameterizedTest
    @CsvSource({"html,HTML", "docx,DOCX", "xlsx,XLSX", "csv,CSV", "pdf,PDF", "PDF,PDF", " Docx ,DOCX"})
    void theFormatParameterNamesAFormatByItsExtension(String value, ReportFormat format) {
        assertThat(ReportFormat.fromQueryValue(value)).isEqualTo(format);
        assertThat(format.extension()).isEqualTo(value.trim().toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "doc", "xls", ""})
    void anUnknownFormatIsRejectedNamingTheParameter(String value) {
        assertThatThrownBy(() -> ReportFormat.fromQueryValue(value))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("format");
                    assertThat(e.getMessage()).contains("html, docx, xlsx, csv, pdf");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/html|HTML",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document|DOCX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet|XLSX",
            "text/csv|CSV",
            "text/csv;charset=UTF-8|CSV",
            "application/pdf|PDF",
            "application/pdf;q=0.5, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet|XLSX",
            "*/*;q=0.1, application/pdf|PDF",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|HTML"})
    void theAcceptHeaderAsksForTheFormatOfItsMostPreferredConcreteType(String accept, ReportFormat format) {
        assertThat(ReportFormat.fromAccept(accept)).contains(format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "*/*", "application/json, application/pdf;q=0.5", "application/pdf;q=0",
            "text/*", "  "})
    void anAcceptHeaderPreferringJsonOrAnythingAsksForNoDocument(String accept) {
        assertThat(ReportFormat.fromAccept(accept)).isEmpty();
        assertThat(ReportFormat.fromAccept(null)).isEmpty();
    }

    @Test
    void aMalformedAcceptHeaderIsRejectedNamingTheHeader() {
        assertThatThrownBy(() -> ReportFormat.fromAccept("pdf"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("Accept"));
    }

    @Test
    void theFormatParameterWinsOverTheAcceptHeader() {
        assertThat(ReportFormat.requested("csv", "application/pdf")).contains(ReportFormat.CSV);
        assertThat(ReportFormat.requested(null, "application/pdf")).contains(ReportFormat.PDF);
        assertThat(ReportFormat.requested(null, "application/json")).isEmpty();
    }

    @Test
    void textFormatsDeclareTheirCharset() {
        assertThat(ReportFormat.HTML.mediaType()).hasToString("text/html;charset=UTF-8");
        assertThat(ReportFormat.CSV.mediaType()).hasToString("text/csv;charset=UTF-8");
        assertThat(ReportFormat.PDF.mediaType()).hasToString("application/pdf");
    }
}

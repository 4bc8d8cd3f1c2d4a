package ua.hromada.reporting.document;

import java.io.IOException;
import java.io.OutputStream;

import ua.hromada.reporting.api.report.ActivityReport;

/** Writes the activity report as a document of one format; {@link ReportDocuments} picks the renderer. */
public interface ReportRenderer {

    ReportFormat format();

    /** Writes the whole document to {@code out} and leaves the stream open for its owner to close. */
    void render(ActivityReport report, OutputStream out) throws IOException;
}

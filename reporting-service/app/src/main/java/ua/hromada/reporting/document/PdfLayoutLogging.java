package ua.hromada.reporting.document;

import java.util.logging.Level;

import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * Hands openhtmltopdf's messages to the service's logging. Left to itself the library prints them to stderr
 * through a console handler of its own, past the log format, levels and shipping the service configures.
 */
final class PdfLayoutLogging implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        LoggerFactory.getLogger(where).atLevel(slf4j(level)).setCause(error).log(message);
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere())
                .isEnabledForLevel(slf4j(diagnostic.getLevel()));
    }

    /** Levels are set where the service sets every level, {@code logging.level.com.openhtmltopdf}, not in code. */
    @Override
    public void setLevel(String logger, Level level) {
        // Deliberately ignored, see above.
    }

    private static org.slf4j.event.Level slf4j(Level level) {
        int severity = level.intValue();
        if (severity >= Level.SEVERE.intValue()) {
            return org.slf4j.event.Level.ERROR;
        } else if (severity >= Level.WARNING.intValue()) {
            return org.slf4j.event.Level.WARN;
        } else if (severity >= Level.INFO.intValue()) {
            return org.slf4j.event.Level.INFO;
        } else if (severity >= Level.FINE.intValue()) {
            return org.slf4j.event.Level.DEBUG;
        }
        return org.slf4j.event.Level.TRACE;
    }
}

package ua.hromada.reporting.document;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;

import ua.hromada.web.problem.InvalidInputException;

/**
 * The document formats of the activity report, besides its JSON answer. A client asks for one with
 * {@code format=html|docx|xlsx|csv|pdf} or with the format's media type in {@code Accept}.
 */
public enum ReportFormat {
    HTML("html", MediaType.parseMediaType("text/html;charset=UTF-8")),
    DOCX("docx", MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8")),
    PDF("pdf", MediaType.APPLICATION_PDF);

    private static final String FORMAT_PARAMETER = "format";
    private static final String ACCEPT_HEADER = "Accept";

    private final String extension;
    private final MediaType mediaType;

    ReportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file extension, which is also the value of the {@code format} query parameter. */
    public String extension() {
        return extension;
    }

    /** The Content-Type of the document, with {@code charset=UTF-8} for the text formats. */
    public MediaType mediaType() {
        return mediaType;
    }

    /**
     * The format a {@code format} query value names, in any letter case.
     *
     * @throws InvalidInputException naming the {@code format} parameter when the value names no format
     */
    public static ReportFormat fromQueryValue(String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extension.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("unsupported_format", FORMAT_PARAMETER,
                        FORMAT_PARAMETER + " must be one of " + queryValues() + ", was '" + value + "'"));
    }

    /**
     * The document format an {@code Accept} header asks for, if any. The media types are taken by quality; wildcards
     * ask for nothing in particular and are passed over; the first concrete type decides: a document format, or
     * empty for anything else (such as {@code application/json}), so a client preferring JSON gets JSON even if it
     * would also take a PDF. Empty for a missing header.
     *
     * @throws InvalidInputException naming the {@code Accept} header when it cannot be parsed
     */
    public static Optional<ReportFormat> fromAccept(String acceptHeader) {
        if (!StringUtils.hasText(acceptHeader)) {
            return Optional.empty();
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(acceptHeader);
        } catch (InvalidMediaTypeException e) {
            throw new InvalidInputException("invalid_value", ACCEPT_HEADER,
                    ACCEPT_HEADER + " is not a list of media types: " + e.getMessage());
        }
        return accepted.stream()
                .filter(type -> type.getQualityValue() > 0 && !type.isWildcardType() && !type.isWildcardSubtype())
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .findFirst()
                .flatMap(ReportFormat::ofMediaType);
    }

    /**
     * The format a report request asks for: the {@code format} parameter when given, else the {@code Accept} header;
     * empty when the request asks for the JSON report.
     */
    public static Optional<ReportFormat> requested(String formatQueryValue, String acceptHeader) {
        return formatQueryValue != null ? Optional.of(fromQueryValue(formatQueryValue)) : fromAccept(acceptHeader);
    }

    private static Optional<ReportFormat> ofMediaType(MediaType type) {
        return Arrays.stream(values()).filter(format -> format.mediaType.equalsTypeAndSubtype(type)).findFirst();
    }

    private static String queryValues() {
        return Arrays.stream(values()).map(ReportFormat::extension).collect(Collectors.joining(", "));
    }
}

package ua.hromada.reporting.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.springframework.stereotype.Component;

import ua.hromada.reporting.api.report.ActivityReport;
import ua.hromada.reporting.api.report.MetricFigure;
import ua.hromada.reporting.api.report.ReportSection;

/**
 * The report as a Word document a council can edit before signing: A4 with the margins of Ukrainian office
 * documents (ДСТУ 4163: left 30 mm), Times New Roman 14, sections as real "heading 1" paragraphs so Word's navigation
 * pane lists them, breakdowns as tables, page numbers in the footer.
 */
@Component
public class DocxReportRenderer implements ReportRenderer {

    static final String HEADING_STYLE = "Heading1";
    static final String TITLE_STYLE = "Title";
    private static final String NORMAL_STYLE = "Normal";

    private static final String FONT = "Times New Roman";
    private static final String BORDER_COLOUR = "999999";
    private static final String HEADER_FILL = "EEEEEE";
    private static final String MUTED_COLOUR = "555555";
    private static final int BODY_POINTS = 14;
    private static final int TABLE_POINTS = 12;
    private static final int SMALL_POINTS = 10;

    // Page geometry in twentieths of a point (twips): A4, margins 20/15/20/30 mm.
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = 1134;
    private static final int MARGIN_RIGHT = 850;
    private static final int MARGIN_BOTTOM = 1134;
    private static final int MARGIN_LEFT = 1701;
    private static final int HEADER_FOOTER_DISTANCE = 567;
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int TABLE_INDENT = 340;
    private static final int NUMBER_COLUMN_WIDTH = 2268;

    private static final int SPACE_AFTER_PARAGRAPH = 120;
    private static final int SPACE_BEFORE_HEADING = 240;

    @Override
    public ReportFormat format() {
        return ReportFormat.DOCX;
    }

    @Override
    public void render(ActivityReport report, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            defineStyles(document);
            setUpA4Page(document);
            addPageNumberFooter(document);
            document.getProperties().getCoreProperties().setTitle(report.title());

            XWPFParagraph title = document.createParagraph();
            title.setStyle(TITLE_STYLE);
            title.createRun().setText(report.title());
            addParameterLine(document, ReportWording.PERIOD + ": " + ReportWording.period(report.period()));
            if (report.comparedTo() != null) {
                addParameterLine(document,
                        ReportWording.COMPARED_TO + ": " + ReportWording.period(report.comparedTo()));
            }
            ReportWording.knownAt(report).ifPresent(knownAt -> addParameterLine(document, knownAt));

            for (ReportSection section : report.sections()) {
                XWPFParagraph heading = document.createParagraph();
                heading.setStyle(HEADING_STYLE);
                heading.createRun().setText(section.title());
                boolean afterTable = false;
                for (MetricFigure figure : section.metrics()) {
                    afterTable = addFigure(document, figure, report, afterTable);
                }
            }

            if (ReportWording.usesBaseline(report)) {
                XWPFParagraph note = document.createParagraph();
                note.setSpacingBefore(SPACE_BEFORE_HEADING);
                addMark(note, TABLE_POINTS);
                sizedRun(note, " " + ReportWording.BASELINE_NOTE, TABLE_POINTS);
            }
            if (report.generatedAt() != null) {
                XWPFParagraph generated = document.createParagraph();
                generated.setSpacingBefore(SPACE_AFTER_PARAGRAPH);
                sizedRun(generated, ReportWording.GENERATED_AT + " " + ReportWording.dateTime(report.generatedAt()),
                        SMALL_POINTS).setColor(MUTED_COLOUR);
            }
            document.write(out);
        }
    }

    /** Returns whether the figure ended with a table, which Word follows without any space of its own. */
    private static boolean addFigure(XWPFDocument document, MetricFigure figure, ActivityReport report,
                                     boolean afterTable) {
        XWPFParagraph sentence = document.createParagraph();
        if (afterTable) {
            sentence.setSpacingBefore(SPACE_AFTER_PARAGRAPH);
        }
        sentence.createRun().setText(figure.text());
        if (ReportWording.usesBaseline(figure)) {
            addMark(sentence, BODY_POINTS);
        }
        List<BreakdownLine> lines = BreakdownLine.of(figure);
        if (lines.isEmpty()) {
            return false;
        }
        keepWithNext(sentence);
        addBreakdownTable(document, lines, report);
        return true;
    }

    private static void addBreakdownTable(XWPFDocument document, List<BreakdownLine> lines, ActivityReport report) {
        boolean compared = report.comparedTo() != null && BreakdownLine.anyPrevious(lines);
        int numberColumns = compared ? 2 : 1;
        int tableWidth = TEXT_WIDTH - TABLE_INDENT;
        int[] widths = compared
                ? new int[] {tableWidth - 2 * NUMBER_COLUMN_WIDTH, NUMBER_COLUMN_WIDTH, NUMBER_COLUMN_WIDTH}
                : new int[] {tableWidth - NUMBER_COLUMN_WIDTH, NUMBER_COLUMN_WIDTH};

        XWPFTable table = document.createTable(lines.size() + 1, 1 + numberColumns);
        setBorders(table);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(Integer.toString(tableWidth));
        CTTblWidth indent = table.getCTTbl().getTblPr().addNewTblInd();
        indent.setW(BigInteger.valueOf(TABLE_INDENT));
        indent.setType(STTblWidth.DXA);
        // Fixed layout keeps the column widths below instead of letting Word size columns by their content.
        CTTblLayoutType layout = table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        // POI leaves out the column grid, which LibreOffice needs to honour the widths.
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        fillCell(header.getCell(0), ReportWording.BREAKDOWN_NAME, widths[0], false, true);
        fillCell(header.getCell(1), ReportWording.BREAKDOWN_VALUE + " (" + report.period().shortLabel() + ")",
                widths[1], true, true);
        if (compared) {
            fillCell(header.getCell(2),
                    ReportWording.BREAKDOWN_PREVIOUS + " (" + report.comparedTo().shortLabel() + ")",
                    widths[2], true, true);
        }
        for (int i = 0; i < lines.size(); i++) {
            BreakdownLine line = lines.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            row.setCantSplitRow(true);
            fillCell(row.getCell(0), line.label(), widths[0], false, false);
            fillCell(row.getCell(1), ReportWording.number(line.value()), widths[1], true, false);
            if (compared) {
                fillCell(row.getCell(2), ReportWording.number(line.previous()), widths[2], true, false);
            }
        }
        // A breakdown is a few rows: keeping every row with the next keeps the table on one page with its sentence.
        for (XWPFTableRow row : table.getRows().subList(0, table.getRows().size() - 1)) {
            row.getTableCells().forEach(cell -> cell.getParagraphs().forEach(DocxReportRenderer::keepWithNext));
        }
    }

    /** Thin grey lines, as in the PDF: 4 eighths of a point. */
    private static void setBorders(XWPFTable table) {
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
    }

    private static void fillCell(XWPFTableCell cell, String text, int width, boolean number, boolean header) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(Integer.toString(width));
        if (header) {
            cell.setColor(HEADER_FILL);
        }
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setSpacingAfter(0);
        paragraph.setAlignment(number ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        XWPFRun run = sizedRun(paragraph, text, TABLE_POINTS);
        if (header) {
            run.setBold(true);
        }
    }

    private static void addParameterLine(XWPFDocument document, String text) {
        XWPFParagraph line = document.createParagraph();
        line.setAlignment(ParagraphAlignment.CENTER);
        line.setSpacingAfter(0);
        line.createRun().setText(text);
    }

    private static void addMark(XWPFParagraph paragraph, int points) {
        sizedRun(paragraph, ReportWording.BASELINE_MARK, points).setBold(true);
    }

    private static XWPFRun sizedRun(XWPFParagraph paragraph, String text, int points) {
        XWPFRun run = paragraph.createRun();
        run.setFontSize(points);
        run.setText(text);
        return run;
    }

    private static void keepWithNext(XWPFParagraph paragraph) {
        CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        properties.addNewKeepNext();
    }

    private static void setUpA4Page(XWPFDocument document) {
        CTBody body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setHeader(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
    }

    /** "Сторінка N з M" with Word fields, so Word fills in the numbers as it paginates. */
    private static void addPageNumberFooter(XWPFDocument document) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.getParagraphs().isEmpty()
                ? footer.createParagraph() : footer.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        sizedRun(paragraph, ReportWording.PAGE + " ", SMALL_POINTS);
        addField(paragraph, "PAGE");
        sizedRun(paragraph, " " + ReportWording.PAGE_OF + " ", SMALL_POINTS);
        addField(paragraph, "NUMPAGES");
    }

    private static void addField(XWPFParagraph paragraph, String instruction) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun code = paragraph.createRun();
        code.setFontSize(SMALL_POINTS);
        code.getCTR().addNewInstrText().setStringValue(instruction);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        // What a reader that does not evaluate fields shows until Word updates it.
        sizedRun(paragraph, "1", SMALL_POINTS);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void defineStyles(XWPFDocument document) {
        CTStyles definitions = CTStyles.Factory.newInstance();
        CTRPr defaultRun = definitions.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        setFont(defaultRun.addNewRFonts());
        defaultRun.addNewSz().setVal(BigInteger.valueOf(BODY_POINTS * 2L));
        defaultRun.addNewSzCs().setVal(BigInteger.valueOf(BODY_POINTS * 2L));
        defaultRun.addNewLang().setVal("uk-UA");
        XWPFStyles styles = document.createStyles();
        styles.setStyles(definitions);

        CTStyle normal = paragraphStyle(NORMAL_STYLE, "Normal");
        normal.setDefault(true);
        spacing(normal.addNewPPr(), 0, SPACE_AFTER_PARAGRAPH);
        styles.addStyle(new XWPFStyle(normal));

        CTStyle title = paragraphStyle(TITLE_STYLE, "Title");
        title.addNewBasedOn().setVal(NORMAL_STYLE);
        CTPPrGeneral titleParagraph = title.addNewPPr();
        titleParagraph.addNewJc().setVal(STJc.CENTER);
        spacing(titleParagraph, 0, SPACE_AFTER_PARAGRAPH);
        title.addNewRPr().addNewB();
        styles.addStyle(new XWPFStyle(title));

        // Word treats a style named "heading 1" as its built-in heading: navigation pane, outline, table of contents.
        CTStyle heading = paragraphStyle(HEADING_STYLE, "heading 1");
        heading.addNewBasedOn().setVal(NORMAL_STYLE);
        heading.addNewNext().setVal(NORMAL_STYLE);
        heading.addNewUiPriority().setVal(BigInteger.valueOf(9));
        heading.addNewQFormat();
        CTPPrGeneral headingParagraph = heading.addNewPPr();
        headingParagraph.addNewKeepNext();
        headingParagraph.addNewKeepLines();
        spacing(headingParagraph, SPACE_BEFORE_HEADING, SPACE_AFTER_PARAGRAPH);
        headingParagraph.addNewOutlineLvl().setVal(BigInteger.ZERO);
        CTRPr headingRun = heading.addNewRPr();
        headingRun.addNewB();
        headingRun.addNewBCs();
        styles.addStyle(new XWPFStyle(heading));
    }

    private static CTStyle paragraphStyle(String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        return style;
    }

    private static void spacing(CTPPrGeneral paragraph, int before, int after) {
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
    }

    private static void setFont(CTFonts fonts) {
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
    }
}

package se.vaksam.document;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word styles a Vaksam document uses, defined with Word's built-in names ("heading 1", "Title", "toc 1",
 * "caption" …) so that Word and LibreOffice treat them as their own: navigation pane, TOC, outline levels.
 */
final class DocxStyles {

    static final String FONT = "Arial";
    /** The text width of an A4 page with the documents' margins (25 + 22 mm), in twentieths of a point. */
    static final int TEXT_WIDTH_TWIPS = 9240;

    private DocxStyles() {
    }

    static void install(XWPFDocument docx, String language) {
        install(docx, language, "#000000");
    }

    /** The styles, headings and title in the branding's heading colour (#rrggbb). */
    static void install(XWPFDocument docx, String language, String headingColour) {
        XWPFStyles styles = docx.createStyles();
        styles.setSpellingLanguage(language);
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        styles.setDefaultFonts(fonts);
        paragraphStyle(styles, "Normal", "Normal", null, 22, false, false, -1, 0, 140);
        add(styles, coloured(newParagraphStyle("Title", "Title", "Normal", 52, true, false, -1, 0, 360), headingColour));
        paragraphStyle(styles, "Subtitle", "Subtitle", "Normal", 30, false, false, -1, 0, 600);
        int[] sizes = {40, 30, 25, 22};
        for (int level = 1; level <= 4; level++) {
            add(styles, coloured(newParagraphStyle("Heading" + level, "heading " + level, "Normal", sizes[level - 1],
                    true, false, level - 1, level == 1 ? 480 : 280, 120), headingColour));
        }
        paragraphStyle(styles, "Caption", "caption", "Normal", 20, true, false, -1, 120, 60);
        paragraphStyle(styles, "TOCHeading", "TOC Heading", "Normal", 30, true, false, -1, 240, 240);
        for (int level = 1; level <= 3; level++) {
            CTStyle toc = newParagraphStyle("TOC" + level, "toc " + level, "Normal", 22, level == 1, false, -1, 0, 60);
            // the entry wraps before the page number, which stands at the right margin after dot leaders
            var ind = toc.getPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(220L * (level - 1)));
            ind.setRight(BigInteger.valueOf(480));
            var tab = toc.getPPr().addNewTabs().addNewTab();
            tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
            tab.setLeader(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(TEXT_WIDTH_TWIPS));
            styles.addStyle(new XWPFStyle(toc, styles));
        }
        paragraphStyle(styles, "Header", "header", "Normal", 17, false, false, -1, 0, 0);
        paragraphStyle(styles, "Footer", "footer", "Normal", 17, false, false, -1, 0, 0);
        CTStyle list = paragraphStyle(styles, "ListParagraph", "List Paragraph", "Normal", 22, false, false, -1, 0,
                60);
        list.getPPr().addNewContextualSpacing();
        tableStyle(styles, "TableGrid", "Table Grid");
        tableStyle(styles, "PlainTable", "Plain Table");
    }

    private static CTStyle paragraphStyle(XWPFStyles styles, String id, String name, String basedOn, int halfPoints,
            boolean bold, boolean italic, int outlineLevel, int spaceBefore, int spaceAfter) {
        CTStyle style = newParagraphStyle(id, name, basedOn, halfPoints, bold, italic, outlineLevel, spaceBefore,
                spaceAfter);
        styles.addStyle(new XWPFStyle(style, styles));
        return style;
    }

    /** Sets the style's text colour; before the style is added (adding copies it). */
    private static CTStyle coloured(CTStyle style, String colour) {
        if (colour != null && colour.matches("#[0-9a-fA-F]{6}") && !"#000000".equals(colour)) {
            style.getRPr().addNewColor().setVal(colour.substring(1));
        }
        return style;
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static CTStyle newParagraphStyle(String id, String name, String basedOn, int halfPoints,
            boolean bold, boolean italic, int outlineLevel, int spaceBefore, int spaceAfter) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal("Normal");
        } else {
            style.setDefault(true);
        }
        style.addNewQFormat();
        CTPPrGeneral ppr = style.addNewPPr();
        var spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(spaceBefore));
        spacing.setAfter(BigInteger.valueOf(spaceAfter));
        if (outlineLevel >= 0) {
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr rpr = style.addNewRPr();
        if (bold) {
            rpr.addNewB();
        }
        if (italic) {
            rpr.addNewI();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        return style;
    }

    /** A named table style (borders are set on each table: the style's table properties are not in POI's lite schema). */
    private static void tableStyle(XWPFStyles styles, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.TABLE);
        style.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(style, styles));
    }

    /** A new bullet list numbering (one per list, so that lists do not continue each other). */
    static BigInteger bullets(XWPFDocument docx) {
        XWPFNumbering numbering = docx.getNumbering() != null ? docx.getNumbering() : docx.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        var ind = level.addNewPPr().addNewInd();
        ind.setLeft(BigInteger.valueOf(720));
        ind.setHanging(BigInteger.valueOf(360));
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }
}

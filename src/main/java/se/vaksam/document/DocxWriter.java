package se.vaksam.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The DOCX: real Word heading styles ("heading 1" … with outline levels, so Word's navigation and TOC work),
 * a TOC field that Word updates when the file is opened (its entries are pre-filled with the headings), real
 * tables with a repeated header row, charts as PNG pictures with their text alternative, page numbers in the
 * footer, language sv-SE. Everything stays editable.
 */
final class DocxWriter {

    private DocxWriter() {
    }

    static byte[] write(Doc doc) {
        return write(doc, Branding.DEFAULT, Map.of());
    }

    /**
     * @param tocPages the page of each listed heading by anchor id ({@link DocxToc}), empty for a table of contents
     *        that Word fills in when the file is opened
     */
    static byte[] write(Doc doc, Branding branding, Map<String, Integer> tocPages) {
        try (XWPFDocument docx = new XWPFDocument()) {
            DocxStyles.install(docx, doc.meta().language(), branding.headingColour());
            properties(docx, doc.meta());
            headerAndFooter(docx, doc, branding);
            if (doc.titlePage() != null) {
                titlePage(docx, doc.titlePage(), branding);
            }
            List<HtmlWriter.Anchor> anchors = HtmlWriter.anchors(doc);
            int charts = 0;
            for (int index = 0; index < doc.blocks().size(); index++) {
                Block block = doc.blocks().get(index);
                if (block instanceof Block.Heading h) {
                    XWPFParagraph p = docx.createParagraph();
                    p.setStyle("Heading" + h.level());
                    if (!h.listed()) {
                        // body-text outline level: Word's TOC field and navigation leave it out
                        (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewOutlineLvl()
                                .setVal(BigInteger.valueOf(9));
                    }
                    text(p.createRun(), h.text());
                } else if (block instanceof Block.Paragraph p) {
                    paragraph(docx.createParagraph(), p);
                } else if (block instanceof Block.BulletList list) {
                    BigInteger numId = DocxStyles.bullets(docx);
                    for (Block.Paragraph item : list.items()) {
                        XWPFParagraph p = docx.createParagraph();
                        p.setStyle("ListParagraph");
                        p.setNumID(numId);
                        paragraph(p, item);
                    }
                } else if (block instanceof Block.Table table) {
                    table(docx, table, branding, HtmlWriter.repeatsHeading(doc.blocks(), index, table.caption()));
                } else if (block instanceof Block.Chart chart) {
                    chart(docx, chart, ++charts);
                } else if (block instanceof Block.PageBreak) {
                    docx.createParagraph().createRun().addBreak(BreakType.PAGE);
                } else if (block instanceof Block.TableOfContents toc) {
                    toc(docx, toc, anchors, tocPages);
                } else if (block instanceof Block.KeyValues kv) {
                    keyValues(docx, kv.fields());
                }
            }
            if (tocPages.isEmpty()) {
                docx.enforceUpdateFields();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void properties(XWPFDocument docx, Doc.Meta meta) {
        var core = docx.getProperties().getCoreProperties();
        core.setTitle(meta.title());
        core.setCreator(meta.author());
        if (meta.subject() != null) {
            core.setSubjectProperty(meta.subject());
            core.setDescription(meta.subject());
        }
        core.getUnderlyingProperties().setLanguageProperty(meta.language());
    }

    /**
     * The running header (municipality and committee, diarienummer at the right margin) and footer
     * (administration, "Sida x av y" at the right margin) as in the PDF; the cover page has neither.
     */
    private static void headerAndFooter(XWPFDocument docx, Doc doc, Branding branding) {
        XWPFParagraph header = docx.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        header.setStyle("Header");
        rightTab(header);
        header.createRun().setText(BrandingCss.headerLeft(doc, branding));
        String diary = BrandingCss.diaryNumber(doc);
        if (diary != null) {
            header.createRun().addTab();
            header.createRun().setText("Dnr " + diary);
        }
        XWPFParagraph footer = docx.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setStyle("Footer");
        rightTab(footer);
        if (branding.administration() != null) {
            footer.createRun().setText(branding.administration());
        }
        footer.createRun().addTab();
        footer.createRun().setText("Sida ");
        field(footer.getCTP(), "PAGE", "1");
        footer.createRun().setText(" av ");
        field(footer.getCTP(), "NUMPAGES", "1");
        if (doc.titlePage() != null) {
            docx.createHeader(HeaderFooterType.FIRST).createParagraph();
            docx.createFooter(HeaderFooterType.FIRST).createParagraph();
            var sectPr = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                    : docx.getDocument().getBody().addNewSectPr();
            if (!sectPr.isSetTitlePg()) {
                sectPr.addNewTitlePg();
            }
        }
    }

    /** A right-aligned tab stop at the right margin (A4 with the documents' margins). */
    private static void rightTab(XWPFParagraph p) {
        var tab = (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewTabs().addNewTab();
        tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(DocxStyles.TEXT_WIDTH_TWIPS));
    }

    private static void titlePage(XWPFDocument docx, Doc.TitlePage page, Branding branding) throws IOException {
        ParagraphAlignment align = branding.coverLayout() == Branding.CoverLayout.CENTRED ? ParagraphAlignment.CENTER
                : ParagraphAlignment.LEFT;
        XWPFParagraph top = docx.createParagraph();
        top.setAlignment(align);
        if (branding.logo() != null) {
            logo(top.createRun(), branding.logo());
        } else if (!branding.municipality().isEmpty()) {
            XWPFRun run = top.createRun();
            run.setBold(true);
            run.setFontSize(14);
            run.setText(branding.municipality());
        }
        XWPFParagraph spacer = docx.createParagraph();
        spacer.setSpacingBefore(2400);
        XWPFParagraph title = docx.createParagraph();
        title.setStyle("Title");
        title.setAlignment(align);
        text(title.createRun(), page.title());
        if (page.subtitle() != null && !page.subtitle().isBlank()) {
            XWPFParagraph subtitle = docx.createParagraph();
            subtitle.setStyle("Subtitle");
            subtitle.setAlignment(align);
            text(subtitle.createRun(), page.subtitle());
        }
        if (branding.administration() != null && !branding.administration().equals(page.subtitle())) {
            XWPFParagraph administration = docx.createParagraph();
            administration.setAlignment(align);
            text(administration.createRun(), branding.administration());
        }
        if (!page.fields().isEmpty()) {
            keyValues(docx, page.fields());
        }
        docx.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /** The logo as a picture 60 pt high with its text alternative (an SVG logo rasterised first). */
    private static void logo(XWPFRun run, Branding.Logo logo) throws IOException {
        byte[] png = logo.svg() ? ChartImages.png(logo.svgText(), 480) : logo.content();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            return;
        }
        double height = 60;
        double width = Math.min(200, height * image.getWidth() / Math.max(1, image.getHeight()));
        height = width * image.getHeight() / Math.max(1, image.getWidth());
        try {
            run.addPicture(new ByteArrayInputStream(png), PictureType.PNG, "logotyp.png", Units.toEMU(width),
                    Units.toEMU(height));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        var docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        docPr.setDescr(logo.alt());
        docPr.setTitle(logo.alt());
    }

    private static void paragraph(XWPFParagraph target, Block.Paragraph paragraph) {
        for (Block.Run run : paragraph.runs()) {
            XWPFRun r = target.createRun();
            r.setBold(run.style() == Block.Style.BOLD);
            r.setItalic(run.style() == Block.Style.ITALIC);
            text(r, run.text());
        }
    }

    /** Sets the text; line breaks become Word line breaks. */
    private static void text(XWPFRun run, String text) {
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void table(XWPFDocument docx, Block.Table table, Branding branding, boolean captionIsHeading) {
        if (!captionIsHeading && table.caption() != null && !table.caption().isBlank()) {
            XWPFParagraph caption = docx.createParagraph();
            caption.setStyle("Caption");
            caption.setKeepNext(true);
            text(caption.createRun(), table.caption());
        }
        int columns = Math.max(1, table.columns().size());
        XWPFTable t = docx.createTable(table.rows().size() + 1, columns);
        t.setStyleID("TableGrid");
        t.setWidth("100%");
        t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "555555");
        t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "555555");
        t.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "555555");
        t.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "555555");
        t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "555555");
        t.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "555555");
        t.setCellMargins(40, 100, 40, 100);
        t.setTableAlignment(TableRowAlign.LEFT);
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < table.columns().size(); c++) {
            Block.Column column = table.columns().get(c);
            cell(header.getCell(c), column.header(), column.numeric(), true);
            header.getCell(c).setColor(branding.accentColour().substring(1));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            t.getRow(r + 1).setCantSplitRow(true);
            for (int c = 0; c < row.size(); c++) {
                cell(t.getRow(r + 1).getCell(c), row.get(c), table.columns().get(c).numeric(), false);
            }
        }
        docx.createParagraph();
    }

    private static void cell(XWPFTableCell cell, String text, boolean numeric, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        if (numeric) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = p.createRun();
        run.setBold(bold);
        text(run, text);
    }

    private static void keyValues(XWPFDocument docx, List<Block.Field> fields) {
        XWPFTable t = docx.createTable(fields.size(), 2);
        t.setStyleID("PlainTable");
        t.setWidth("100%");
        t.removeBorders();
        for (int i = 0; i < fields.size(); i++) {
            XWPFTableRow row = t.getRow(i);
            cell(row.getCell(0), fields.get(i).label(), false, true);
            cell(row.getCell(1), fields.get(i).value(), false, false);
        }
        docx.createParagraph();
    }

    private static void chart(XWPFDocument docx, Block.Chart chart, int number) throws IOException {
        byte[] png = ChartImages.png(chart);
        XWPFParagraph p = docx.createParagraph();
        XWPFRun run = p.createRun();
        try {
            run.addPicture(new ByteArrayInputStream(png), PictureType.PNG, "diagram" + number + ".png",
                    Units.toEMU(chart.widthPt()), Units.toEMU(chart.heightPt()));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        var docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        docPr.setDescr(chart.alt());
        docPr.setTitle(chart.alt());
        XWPFParagraph caption = docx.createParagraph();
        caption.setStyle("Caption");
        text(caption.createRun(), chart.alt());
    }

    /**
     * A TOC field over headings 1–maxLevel; its result holds one entry per heading with dot leaders and the page
     * number computed from the PDF ({@code pages}); without pages the field is marked dirty so that Word fills
     * them in when the file is opened.
     */
    private static void toc(XWPFDocument docx, Block.TableOfContents toc, List<HtmlWriter.Anchor> anchors,
            Map<String, Integer> pages) {
        XWPFParagraph title = docx.createParagraph();
        title.setStyle("TOCHeading");
        text(title.createRun(), toc.title());
        List<HtmlWriter.Anchor> entries = anchors.stream().filter(a -> a.listed() && a.level() <= toc.maxLevel())
                .toList();
        XWPFParagraph first = docx.createParagraph();
        CTP ctp = first.getCTP();
        fieldChar(ctp, STFldCharType.BEGIN, pages.isEmpty());
        CTText instr = ctp.addNewR().addNewInstrText();
        instr.setStringValue(" TOC \\o \"1-" + toc.maxLevel() + "\" \\h \\z \\u ");
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        fieldChar(ctp, STFldCharType.SEPARATE, false);
        XWPFParagraph last = first;
        for (int i = 0; i < entries.size(); i++) {
            XWPFParagraph entry = i == 0 ? first : docx.createParagraph();
            entry.setStyle("TOC" + entries.get(i).level());
            entry.createRun().setText(entries.get(i).text());
            Integer page = pages.get(entries.get(i).id());
            if (page != null && page > 0) {
                entry.createRun().addTab();
                entry.createRun().setText(String.valueOf(page));
            }
            last = entry;
        }
        fieldChar(last.getCTP(), STFldCharType.END, false);
        docx.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static void fieldChar(CTP ctp, STFldCharType.Enum type, boolean dirty) {
        CTR r = ctp.addNewR();
        var fldChar = r.addNewFldChar();
        fldChar.setFldCharType(type);
        if (dirty) {
            fldChar.setDirty(true);
        }
    }

    private static void field(CTP ctp, String instruction, String placeholder) {
        fieldChar(ctp, STFldCharType.BEGIN, false);
        CTText instr = ctp.addNewR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        fieldChar(ctp, STFldCharType.SEPARATE, false);
        ctp.addNewR().addNewT().setStringValue(placeholder);
        fieldChar(ctp, STFldCharType.END, false);
    }
}

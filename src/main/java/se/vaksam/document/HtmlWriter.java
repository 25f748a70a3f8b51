package se.vaksam.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Builds the HTML of a {@link Doc} as a jsoup tree: every text goes in through {@code text()}/{@code attr()},
 * so it is escaped, never parsed. Headings get ids {@code h1, h2, …} in reading order; the table of
 * contents links to them.
 */
final class HtmlWriter {

    static final String DOCUMENT_CSS = resource("document/document.css");
    static final String PRINT_CSS = resource("document/print.css");
    static final String PREVIEW_CSS = resource("document/preview.css");

    private HtmlWriter() {
    }

    /** A heading with its anchor, in reading order. */
    record Anchor(String id, int level, String text, boolean listed) {
    }

    /** The headings that get anchors, in order: used by the TOC, PDF bookmarks and tests. */
    static List<Anchor> anchors(Doc doc) {
        List<Anchor> anchors = new ArrayList<>();
        for (Block block : doc.blocks()) {
            if (block instanceof Block.Heading h) {
                anchors.add(new Anchor("h" + (anchors.size() + 1), h.level(), h.text(), h.listed()));
            }
        }
        return anchors;
    }

    static Document write(Doc doc, boolean forPdf) {
        return write(doc, forPdf, Branding.DEFAULT);
    }

    /**
     * The document as HTML: for the PDF with the print stylesheet (paper, running header and footer), for the
     * preview with the preview stylesheet (the page on screen, the same paper when printed); both with the
     * branding's colours, font and cover.
     */
    static Document write(Doc doc, boolean forPdf, Branding branding) {
        Document html = Document.createShell("");
        html.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        html.child(0).attr("lang", doc.meta().language());
        Element head = html.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("title").text(doc.meta().title());
        meta(head, "author", doc.meta().author());
        String subject = doc.meta().subject() != null ? doc.meta().subject() : doc.meta().title();
        meta(head, "subject", subject);
        meta(head, "description", subject);
        String css = DOCUMENT_CSS + "\n" + BrandingCss.look(branding) + "\n" + (forPdf ? PRINT_CSS : PREVIEW_CSS)
                + "\n" + BrandingCss.pages(doc, branding);
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css));
        Element body = html.body();
        if (!forPdf) {
            body = body.appendElement("main").addClass("doc-page");
        }
        if (doc.titlePage() != null) {
            titlePage(body, doc.titlePage(), branding);
        }
        List<Anchor> anchors = anchors(doc);
        boolean[] landscape = landscape(doc.blocks());
        Element section = null;
        int heading = 0;
        for (int i = 0; i < doc.blocks().size(); i++) {
            Block block = doc.blocks().get(i);
            Element into = body;
            if (landscape[i]) {
                if (section == null) {
                    section = body.appendElement("div").addClass("landscape");
                }
                into = section;
            } else {
                section = null;
            }
            if (block instanceof Block.Heading h) {
                into.appendElement("h" + h.level()).attr("id", anchors.get(heading++).id()).text(h.text());
            } else if (block instanceof Block.Paragraph p) {
                paragraph(into.appendElement("p"), p);
            } else if (block instanceof Block.BulletList list) {
                Element ul = into.appendElement("ul");
                list.items().forEach(item -> paragraph(ul.appendElement("li"), item));
            } else if (block instanceof Block.Table table) {
                table(into, table, repeatsHeading(doc.blocks(), i, table.caption()));
            } else if (block instanceof Block.Chart chart) {
                chart(into, chart);
            } else if (block instanceof Block.PageBreak) {
                into.appendElement("div").addClass("page-break");
            } else if (block instanceof Block.TableOfContents toc) {
                toc(into, toc, anchors);
            } else if (block instanceof Block.KeyValues kv) {
                keyValues(into, kv.fields());
            }
        }
        return html;
    }

    /**
     * Which blocks stand on landscape pages: each landscape table, the heading and text just before it (back to
     * its heading) and the text after it up to the next heading, so a heading is not left alone on a portrait
     * page.
     */
    static boolean[] landscape(List<Block> blocks) {
        boolean[] landscape = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Block.Table table) || !table.landscape()) {
                continue;
            }
            landscape[i] = true;
            for (int j = i - 1; j >= 0 && !landscape[j] && text(blocks.get(j)); j--) {
                landscape[j] = true;
                if (blocks.get(j) instanceof Block.Heading) {
                    break;
                }
            }
            for (int j = i + 1; j < blocks.size() && (blocks.get(j) instanceof Block.Paragraph
                    || blocks.get(j) instanceof Block.BulletList); j++) {
                landscape[j] = true;
            }
        }
        return landscape;
    }

    private static boolean text(Block block) {
        return block instanceof Block.Heading || block instanceof Block.Paragraph || block instanceof Block.BulletList;
    }

    private static void meta(Element head, String name, String content) {
        if (content != null && !content.isBlank()) {
            head.appendElement("meta").attr("name", name).attr("content", content);
        }
    }

    private static void titlePage(Element body, Doc.TitlePage page, Branding branding) {
        Element section = body.appendElement("div").addClass("title-page")
                .addClass(branding.coverLayout() == Branding.CoverLayout.CENTRED ? "cover-centred" : "cover-standard");
        Element top = section.appendElement("div").addClass("cover-top");
        if (branding.logo() != null) {
            logo(top, branding.logo());
        } else if (!branding.municipality().isEmpty()) {
            top.appendElement("p").addClass("cover-municipality").text(branding.municipality());
        }
        Element main = section.appendElement("div").addClass("cover-main");
        // the first heading of the document (PDF/UA: H1 comes first)
        main.appendElement("h1").addClass("doc-title").text(nullToEmpty(page.title()));
        if (page.subtitle() != null && !page.subtitle().isBlank()) {
            main.appendElement("p").addClass("doc-subtitle").text(page.subtitle());
        }
        if (branding.administration() != null && !branding.administration().equals(page.subtitle())) {
            main.appendElement("p").addClass("doc-administration").text(branding.administration());
        }
        if (!page.fields().isEmpty()) {
            keyValues(main, page.fields());
        }
    }

    /** The logo: an SVG inline (as an image with its text alternative) or a PNG as a data URI. */
    private static void logo(Element parent, Branding.Logo logo) {
        Element wrapper = parent.appendElement("div").addClass("cover-logo");
        if (logo.svg()) {
            Element svg = parseSvg(logo.svgText());
            svg.attr("role", "img").attr("aria-label", logo.alt()).attr("alt", logo.alt());
            svg.prependElement("title").text(logo.alt());
            if (!svg.hasAttr("width") || !svg.hasAttr("height")) {
                svg.attr("width", "160").attr("height", "60");
            }
            svg.attr("style", "max-height:60pt;max-width:200pt");
            wrapper.appendChild(svg);
        } else {
            wrapper.appendElement("img").attr("src", "data:image/png;base64,"
                    + java.util.Base64.getEncoder().encodeToString(logo.content())).attr("alt", logo.alt());
        }
    }

    private static void paragraph(Element target, Block.Paragraph paragraph) {
        for (Block.Run run : paragraph.runs()) {
            Element into = switch (run.style()) {
                case ITALIC -> target.appendElement("em");
                case BOLD -> target.appendElement("strong");
                default -> target;
            };
            String[] lines = run.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    into.appendElement("br");
                }
                into.appendText(lines[i]);
            }
        }
    }

    /**
     * Whether a table's caption only repeats the heading just above it ("Kontrollmiljö" under "Kontrollmiljö"):
     * then the caption is not printed, so the reader does not see the same line twice.
     */
    static boolean repeatsHeading(List<Block> blocks, int index, String caption) {
        return caption != null && index > 0 && blocks.get(index - 1) instanceof Block.Heading h
                && h.text().strip().equals(caption.strip());
    }

    private static void table(Element body, Block.Table table, boolean captionIsHeading) {
        Element t = body.appendElement("table");
        if (captionIsHeading) {
            t.attr("aria-label", table.caption());
        } else if (table.caption() != null && !table.caption().isBlank()) {
            t.appendElement("caption").text(table.caption());
        }
        Element headRow = t.appendElement("thead").appendElement("tr");
        for (Block.Column column : table.columns()) {
            Element th = headRow.appendElement("th").attr("scope", "col").text(column.header());
            if (column.numeric()) {
                th.addClass("num");
            }
        }
        Element tbody = t.appendElement("tbody");
        for (List<String> row : table.rows()) {
            Element tr = tbody.appendElement("tr");
            for (int i = 0; i < row.size(); i++) {
                Element td = tr.appendElement("td").text(row.get(i));
                if (table.columns().get(i).numeric()) {
                    td.addClass("num");
                }
            }
        }
    }

    private static void keyValues(Element parent, List<Block.Field> fields) {
        Element tbody = parent.appendElement("table").addClass("key-values").attr("role", "presentation")
                .appendElement("tbody");
        for (Block.Field field : fields) {
            Element tr = tbody.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").text(field.label());
            tr.appendElement("td").text(field.value());
        }
    }

    private static void chart(Element body, Block.Chart chart) {
        Element figure = body.appendElement("figure").addClass("chart");
        Element svg = parseSvg(chart.svg());
        svg.attr("role", "img").attr("aria-label", chart.alt()).attr("alt", chart.alt());
        svg.attr("width", chart.widthPt() + "pt").attr("height", chart.heightPt() + "pt");
        svg.attr("style", "width:" + chart.widthPt() + "pt;height:" + chart.heightPt() + "pt");
        figure.appendChild(svg);
        figure.appendElement("figcaption").text(chart.alt());
    }

    /** The chart's root {@code <svg>} element, parsed as XML (case kept) and detached from its parser document. */
    static Element parseSvg(String svg) {
        Document parsed = Parser.xmlParser().parseInput(svg, "");
        Element root = parsed.selectFirst("svg");
        if (root == null) {
            throw new IllegalArgumentException("chart is not SVG");
        }
        root.select("script, foreignObject").remove();
        root.attr("xmlns", "http://www.w3.org/2000/svg");
        Node copy = root.clone();
        copy.remove();
        return (Element) copy;
    }

    /** The chart's SVG as standalone XML (for Batik). */
    static String svgXml(String svg) {
        Document xml = new Document("");
        xml.outputSettings().syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml).charset(StandardCharsets.UTF_8).prettyPrint(false);
        xml.appendChild(parseSvg(svg));
        return xml.outerHtml();
    }

    private static void toc(Element body, Block.TableOfContents toc, List<Anchor> anchors) {
        Element nav = body.appendElement("nav").addClass("toc").attr("aria-label", nullToEmpty(toc.title()));
        // H1 like the chapters it lists, so the tagged headings start at H1 even without a title page
        nav.appendElement("h1").addClass("toc-title").text(nullToEmpty(toc.title()));
        Element ul = nav.appendElement("ul");
        for (Anchor anchor : anchors) {
            if (anchor.listed() && anchor.level() <= toc.maxLevel()) {
                ul.appendElement("li").addClass("toc-" + anchor.level()).appendElement("a")
                        .attr("href", "#" + anchor.id()).attr("title", anchor.text()).text(anchor.text());
            }
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String resource(String path) {
        try (InputStream in = HtmlWriter.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

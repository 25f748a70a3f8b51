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
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(
                forPdf ? DOCUMENT_CSS + "\n" + PRINT_CSS : DOCUMENT_CSS));
        Element body = html.body();
        if (doc.titlePage() != null) {
            titlePage(body, doc.titlePage());
        }
        List<Anchor> anchors = anchors(doc);
        int heading = 0;
        for (Block block : doc.blocks()) {
            if (block instanceof Block.Heading h) {
                body.appendElement("h" + h.level()).attr("id", anchors.get(heading++).id()).text(h.text());
            } else if (block instanceof Block.Paragraph p) {
                paragraph(body.appendElement("p"), p);
            } else if (block instanceof Block.BulletList list) {
                Element ul = body.appendElement("ul");
                list.items().forEach(item -> paragraph(ul.appendElement("li"), item));
            } else if (block instanceof Block.Table table) {
                table(body, table);
            } else if (block instanceof Block.Chart chart) {
                chart(body, chart);
            } else if (block instanceof Block.PageBreak) {
                body.appendElement("div").addClass("page-break");
            } else if (block instanceof Block.TableOfContents toc) {
                toc(body, toc, anchors);
            } else if (block instanceof Block.KeyValues kv) {
                keyValues(body, kv.fields());
            }
        }
        return html;
    }

    private static void meta(Element head, String name, String content) {
        if (content != null && !content.isBlank()) {
            head.appendElement("meta").attr("name", name).attr("content", content);
        }
    }

    private static void titlePage(Element body, Doc.TitlePage page) {
        Element section = body.appendElement("div").addClass("title-page");
        section.appendElement("p").addClass("doc-title").attr("role", "heading").attr("aria-level", "1")
                .text(nullToEmpty(page.title()));
        if (page.subtitle() != null && !page.subtitle().isBlank()) {
            section.appendElement("p").addClass("doc-subtitle").text(page.subtitle());
        }
        if (!page.fields().isEmpty()) {
            keyValues(section, page.fields());
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

    private static void table(Element body, Block.Table table) {
        Element t = body.appendElement("table");
        if (table.caption() != null && !table.caption().isBlank()) {
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
        nav.appendElement("h2").addClass("toc-title").text(nullToEmpty(toc.title()));
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

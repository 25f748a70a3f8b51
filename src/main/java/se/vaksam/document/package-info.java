/**
 * The document engine (<em>dokumentmotorn</em>): the floor every module builds its documents on. A module that
 * sends a document (the committee's reports in {@code report}, the <em>yttrande</em> to the auditors in
 * {@code audit}, the <em>kvalitetsberättelse</em> in {@code deviation}) builds a format-neutral {@link
 * se.vaksam.document.Doc} from its own data and asks this module to render and freeze it. The engine knows no
 * domain: it depends only on {@code shared} and on {@code org} (whose {@link se.vaksam.org.UnitAccess} decides
 * who may read a frozen file), so a document is made in the module whose data it reads, and documents that read
 * across modules are made in {@code report}.
 *
 * <h2>Public API (stable: only added to, never changed)</h2>
 * <ul>
 * <li>{@link se.vaksam.document.Doc} – a format-neutral document: {@link se.vaksam.document.Doc.Meta} (title,
 * language {@code sv-SE}, author, subject), an optional {@link se.vaksam.document.Doc.TitlePage} and a list of
 * {@link se.vaksam.document.Block}s; build it with {@link se.vaksam.document.Doc#builder(Doc.Meta)}.</li>
 * <li>{@link se.vaksam.document.Block} – the closed set of blocks: {@code Heading(level 1–4, text)},
 * {@code Paragraph} of {@code Run}s (plain, italic, bold; "\n" is a line break), {@code BulletList},
 * {@code Table(caption, columns with numeric alignment, rows)}, {@code Chart(svg, alt, width, height)},
 * {@code PageBreak}, {@code TableOfContents(title, maxLevel)} and {@code KeyValues} (a header or address block
 * of label–value {@code Field}s). All texts are plain text: renderers escape them.
 * {@link se.vaksam.document.Doc.Builder#text(String)} turns typed text (blank-line paragraphs, "- " bullets)
 * into blocks.</li>
 * <li>{@link se.vaksam.document.Charts} – bar charts and heat maps as {@code Block.Chart} (SVG with a text
 * alternative; DOCX gets a PNG).</li>
 * <li>{@link se.vaksam.document.DocumentRenderer} – {@code html(doc)}, {@code docx(doc)}, {@code pdf(doc)},
 * {@code render(doc, format)}. PDF: openhtmltopdf, PDF/UA + PDF/A-3a, Liberation Sans embedded (shipped in the
 * jar, SIL OFL), bookmarks from headings, page numbers, TOC page numbers. DOCX: POI with Word's built-in heading
 * styles, a TOC field updated on open, real tables, pictures with descriptions, page numbers.</li>
 * <li>{@link se.vaksam.document.Branding} and {@link se.vaksam.document.Brandings} – the municipality's look
 * (<em>dokumentens utseende</em>), one row set by the system administrator on {@code /admin/branding} or with
 * {@code GET/PUT /api/v1/branding} (problem details, unknown fields refused, a stale version is a 409; each change
 * in the history as record type {@code document.branding}): the kommun's name, the committee (<em>nämnd</em>) and
 * administration (<em>förvaltning</em>) of the running header and footer, a PNG or SVG logo of at most 512 kB
 * with its text alternative on the cover, the heading colour (at least 4.5:1 against white) and table-header
 * colour (black text on it at least 4.5:1), the font (only embedded, openly licensed ones: Liberation Sans) and
 * the cover layout. The renderer reads it at every rendering, so no module handles the look. The header names
 * {@code Doc.Meta.committee()}, else the document's author, else the branding's committee, and the
 * <em>diarienummer</em> ({@code Doc.Meta.diaryNumber()}, else a "Diarienummer" field of the title page or of
 * the first label–value block); the footer "Sida x av y".</li>
 * <li>Layout rules every document gets: no table row and no chart split across pages, a heading kept with what
 * follows, a table caption that only repeats the heading above it not printed again, TOC entries that wrap keep
 * their page number on their last line, a table whose words do not fit its columns on a portrait page goes on
 * a landscape page ({@code Block.Table.Orientation.AUTO}) with the heading and text before it, so no word is
 * broken without a hyphen; chart labels measured in the document font and wrapped or shortened with "…" (the
 * text alternative carries the full text), the heat map's row axis title rotated beside its axis, empty cells
 * empty. DOCX: rows that do not split, the same charts as PNG, and a TOC whose page numbers are those of the PDF
 * of the same document (from its bookmarks), so they show when the file is opened without any office suite.
 * HTML preview: the document as an A4 sheet on screen with the same margins, and A4 when printed.</li>
 * <li>{@link se.vaksam.document.Format} – HTML, PDF, DOCX with content type and {@code fileName(title)}.</li>
 * <li>{@link se.vaksam.document.Snapshots} – freeze a rendered file for any owner record (owner type + id, owning
 * unit, kind, label, format, bytes, the source data as JSON, diarienummer; who and when are recorded, SHA-256
 * computed), list an owner's versions, the latest readable files, and serve one. Stored versions cannot change
 * (a database trigger refuses updates and deletes; the table keeps its name {@code report_snapshot} from
 * migration V60). The pages and API that serve a stored file are {@code report}'s:
 * {@code /reports/snapshots/{id}} and {@code /api/v1/reports/versions/{id}}.</li>
 * </ul>
 * Tests read files back with {@code se.vaksam.document.DocumentFiles} (test scope): PDF text per page (and
 * without the running header and footer), the PDF's TOC with page numbers, PDF/UA basics plus veraPDF's PDF/UA-1
 * rules ({@code veraPdfFailures}), layout problems from the tagged structure ({@code pdfLayoutProblems}: a TR or
 * Figure on two pages, a bold line printed twice), overlapping chart labels ({@code chartTextOverlaps}), DOCX
 * headings and text, LibreOffice conversion. {@code DemoDocumentsTests} writes PNGs of the four demo documents
 * to {@code docs/documents/} with {@code -Dvaksam.writeDocuments=true}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org" })
package se.vaksam.document;

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
 * <li>{@link se.vaksam.document.Format} – HTML, PDF, DOCX with content type and {@code fileName(title)}.</li>
 * <li>{@link se.vaksam.document.Snapshots} – freeze a rendered file for any owner record (owner type + id, owning
 * unit, kind, label, format, bytes, the source data as JSON, diarienummer; who and when are recorded, SHA-256
 * computed), list an owner's versions, the latest readable files, and serve one. Stored versions cannot change
 * (a database trigger refuses updates and deletes; the table keeps its name {@code report_snapshot} from
 * migration V60). The pages and API that serve a stored file are {@code report}'s:
 * {@code /reports/snapshots/{id}} and {@code /api/v1/reports/versions/{id}}.</li>
 * </ul>
 * Tests read files back with {@code se.vaksam.document.DocumentFiles} (test scope): PDF text per page, the PDF's
 * TOC with page numbers, PDF/UA basics, DOCX headings and text, LibreOffice conversion.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org" })
package se.vaksam.document;

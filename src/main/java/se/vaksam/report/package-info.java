/**
 * Documents out – the report module. It reads the other modules through their query interfaces (never their
 * tables, never writing them) and produces the documents the committee (nämnd) receives: the tertial follow-up
 * "Uppföljning av internkontrollplan ÅÅÅÅ – tertial N", the annual "Uppföljning intern kontroll ÅÅÅÅ" and
 * kommunstyrelsen's views, as HTML preview, DOCX and accessible PDF; "Skicka till nämnd" freezes a version.
 *
 * <h2>Public API for other modules (stable: only added to, never changed)</h2>
 * <ul>
 * <li>{@link se.vaksam.report.Doc} – a format-neutral document: {@link se.vaksam.report.Doc.Meta} (title,
 * language {@code sv-SE}, author, subject), an optional {@link se.vaksam.report.Doc.TitlePage} and a list of
 * {@link se.vaksam.report.Block}s; build it with {@link se.vaksam.report.Doc#builder(Doc.Meta)}.</li>
 * <li>{@link se.vaksam.report.Block} – the closed set of blocks: {@code Heading(level 1–4, text)},
 * {@code Paragraph} of {@code Run}s (plain, italic, bold; "\n" is a line break), {@code BulletList},
 * {@code Table(caption, columns with numeric alignment, rows)}, {@code Chart(svg, alt, width, height)},
 * {@code PageBreak}, {@code TableOfContents(title, maxLevel)} and {@code KeyValues} (a header or address block
 * of label–value {@code Field}s). All texts are plain text: renderers escape them.
 * {@link se.vaksam.report.Doc.Builder#text(String)} turns typed text (blank-line paragraphs, "- " bullets)
 * into blocks.</li>
 * <li>{@link se.vaksam.report.Charts} – bar charts and heat maps as {@code Block.Chart} (SVG with a text
 * alternative; DOCX gets a PNG).</li>
 * <li>{@link se.vaksam.report.DocumentRenderer} – {@code html(doc)}, {@code docx(doc)}, {@code pdf(doc)},
 * {@code render(doc, format)}. PDF: openhtmltopdf, PDF/UA + PDF/A-3a, Liberation Sans embedded (shipped in the
 * jar, SIL OFL), bookmarks from headings, page numbers, TOC page numbers. DOCX: POI with Word's built-in heading
 * styles, a TOC field updated on open, real tables, pictures with descriptions, page numbers.</li>
 * <li>{@link se.vaksam.report.Format} – HTML, PDF, DOCX with content type and {@code fileName(title)}.</li>
 * <li>{@link se.vaksam.report.Snapshots} – freeze a rendered file for any owner record (owner type + id, owning
 * unit, kind, label, format, bytes, the source data as JSON, diarienummer; who and when are recorded, SHA-256
 * computed), list an owner's versions and serve one. Stored versions cannot change (a database trigger refuses
 * updates and deletes). Pages and API may link to {@code /reports/snapshots/{id}} and
 * {@code /api/v1/reports/snapshots/{id}} to download one.</li>
 * </ul>
 * Tests read files back with {@code se.vaksam.report.DocumentFiles} (test scope): PDF text per page, the PDF's
 * TOC with page numbers, PDF/UA basics, DOCX headings and text, LibreOffice conversion.
 */
package se.vaksam.report;

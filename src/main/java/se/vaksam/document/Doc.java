package se.vaksam.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A document, format-neutral: metadata, an optional title page and the body as a list of {@link Block}s.
 * {@link DocumentRenderer} turns it into HTML, DOCX or PDF; every text in it is plain text (renderers escape
 * it), never markup.
 *
 * @param meta title, language and author of the file (PDF/DOCX properties, HTML head)
 * @param titlePage the first page, or null for none
 * @param blocks the body in reading order
 */
public record Doc(Meta meta, TitlePage titlePage, List<Block> blocks) {

    public Doc {
        if (meta == null) {
            throw new IllegalArgumentException("meta is required");
        }
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    /**
     * @param title the document's title (required: PDF/UA needs it)
     * @param language BCP 47 tag, e.g. {@code sv-SE}
     * @param author who made it (committee or förvaltning); the running header names it unless {@code committee}
     *        is given
     * @param subject a short description, or null
     * @param committee the committee in the running header, or null for the author (or the branding's committee)
     * @param diaryNumber the diarienummer in the running header, or null for the title page's "Diarienummer"
     *        field (if any)
     */
    public record Meta(String title, String language, String author, String subject, String committee,
            String diaryNumber) {

        public Meta {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("title is required");
            }
            language = language == null || language.isBlank() ? "sv-SE" : language;
        }

        public Meta(String title, String language, String author, String subject) {
            this(title, language, author, subject, null, null);
        }

        /** Swedish metadata without a subject. */
        public static Meta swedish(String title, String author) {
            return new Meta(title, "sv-SE", author, null);
        }

        /** The same metadata with the running header's committee and diarienummer. */
        public Meta withHeader(String committee, String diaryNumber) {
            return new Meta(title, language, author, subject, committee, diaryNumber);
        }
    }

    /**
     * The title page: title, subtitle (e.g. the committee) and label–value lines (Datum, Diarienummer …).
     * Renderers end it with a page break.
     */
    public record TitlePage(String title, String subtitle, List<Block.Field> fields) {

        public TitlePage {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    /** Starts a document with the given metadata; add blocks and call {@link Builder#build()}. */
    public static Builder builder(Meta meta) {
        return new Builder(meta);
    }

    /** Collects blocks in order; convenience methods for the common ones. */
    public static final class Builder {

        private final Meta meta;
        private TitlePage titlePage;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(Meta meta) {
            this.meta = meta;
        }

        public Builder titlePage(TitlePage page) {
            this.titlePage = page;
            return this;
        }

        public Builder add(Block block) {
            blocks.add(block);
            return this;
        }

        public Builder heading(int level, String text) {
            return add(new Block.Heading(level, text));
        }

        /** A paragraph of plain text; null or blank text adds nothing. */
        public Builder paragraph(String text) {
            if (text != null && !text.isBlank()) {
                add(Block.Paragraph.of(text));
            }
            return this;
        }

        /** Plain text with paragraphs separated by blank lines, lines starting with "- " become bullet lists. */
        public Builder text(String text) {
            Block.fromText(text).forEach(blocks::add);
            return this;
        }

        public Builder tableOfContents(String title) {
            return add(new Block.TableOfContents(title, 3));
        }

        public Builder pageBreak() {
            return add(new Block.PageBreak());
        }

        public Doc build() {
            return new Doc(meta, titlePage, blocks);
        }
    }
}

package se.vaksam.document;

import java.text.Normalizer;
import se.vaksam.shared.DomainException;

/** The file formats a {@link Doc} is rendered to, with content type and file-name extension. */
public enum Format {
    HTML("text/html;charset=UTF-8", "html"),
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String contentType;
    private final String extension;

    Format(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /**
     * A file name from a title: Swedish letters kept, characters unsafe in file names replaced by "-", with this
     * format's extension ("Uppföljning av internkontrollplan 2025 – tertial 2.pdf").
     */
    public String fileName(String title) {
        String base = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC)
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        if (base.length() > 150) {
            base = base.substring(0, 150).strip();
        }
        return (base.isEmpty() ? "dokument" : base) + "." + extension;
    }

    /** The format for an extension ("pdf", "docx", "html"), case-insensitive. */
    public static Format of(String extension) {
        for (Format format : values()) {
            if (format.extension.equalsIgnoreCase(extension)) {
                return format;
            }
        }
        throw new DomainException("report.error.format", extension);
    }
}

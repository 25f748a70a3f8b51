package se.vaksam.report;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import se.vaksam.document.Format;

/**
 * A document as an HTTP response: its content type, a UTF-8 file name ({@code filename*}) with an ASCII
 * fallback; PDF and DOCX as attachments, the HTML preview inline with a strict content security policy.
 */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(String fileName, Format format, byte[] content) {
        ContentDisposition disposition = (format == Format.HTML ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(fileName, StandardCharsets.UTF_8).build();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.parseMediaType(
                format.contentType())).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff");
        if (format == Format.HTML) {
            response.header("Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'");
        }
        return response.body(content);
    }
}

package se.vaksam.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import se.vaksam.document.Block;
import se.vaksam.document.Doc;
import se.vaksam.document.DocumentRenderer;
import se.vaksam.document.Format;
import se.vaksam.document.Snapshots;
import se.vaksam.shared.DomainException;

/**
 * The committee's yttrande as a document in the layout of reference 001: the header block (Datum, Adress,
 * Diarienummer, Till), the review's title and the proposal line, Sammanfattning, the overall Yttrande, then per
 * sub-area its heading, the auditors' judgement and recommendations in italics and the three answers, and last
 * the signature block and reservations. Rendered through the report module (DOCX, accessible PDF) and frozen
 * there as snapshots.
 */
@Service
@Transactional(readOnly = true)
public class ResponseDocuments {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final AuditQuery audits;
    private final DocumentRenderer renderer;
    private final Snapshots snapshots;
    private final MessageSource messages;
    private final JsonMapper json;

    ResponseDocuments(AuditQuery audits, DocumentRenderer renderer, Snapshots snapshots, MessageSource messages,
            JsonMapper json) {
        this.audits = audits;
        this.renderer = renderer;
        this.snapshots = snapshots;
        this.messages = messages;
        this.json = json;
    }

    /** The yttrande as a format-neutral document (readable for whoever reads the review). */
    public Doc document(long reviewId) {
        AuditQuery.ReviewView review = audits.review(reviewId);
        AuditQuery.ResponseView response = audits.response(reviewId)
                .orElseThrow(() -> new DomainException("audit.error.noResponse"));
        String reviewTitle = review.title() + ", " + review.number();
        Doc.Builder doc = Doc.builder(new Doc.Meta(text("audit.doc.title", reviewTitle), "sv-SE",
                review.committeeName(), review.title()));
        doc.heading(1, text("audit.response.title"));
        doc.add(new Block.KeyValues(List.of(
                new Block.Field(text("audit.response.date"), response.date() == null ? "" : response.date().toString()),
                new Block.Field(text("audit.response.address"), response.address()),
                new Block.Field(text("audit.response.diaryNumber"), response.diaryNumber()),
                new Block.Field(text("audit.response.addressee"), response.addressee()))));
        doc.heading(2, reviewTitle);
        doc.paragraph(response.proposalLine());
        if (response.summary() != null) {
            doc.heading(2, text("audit.response.summary"));
            doc.text(response.summary());
        }
        if (response.statement() != null) {
            doc.heading(2, text("audit.response.title"));
            doc.text(response.statement());
        }
        String judgementHeading = text("audit.doc.judgement", Integer.toString(review.reviewedOn().getYear()));
        for (AuditQuery.AreaView area : review.areas()) {
            doc.heading(2, area.position() + ". " + area.heading());
            doc.heading(3, judgementHeading);
            doc.add(Block.Paragraph.of(Block.Run.italic(area.judgement())));
            if (!area.recommendations().isEmpty()) {
                doc.add(new Block.BulletList(area.recommendations().stream()
                        .map(r -> Block.Paragraph.of(Block.Run.italic(r.text()))).toList()));
            }
            answer(doc, "audit.answer.actionsTaken", area.actionsTaken());
            answer(doc, "audit.answer.effects", area.effects());
            answer(doc, "audit.answer.plannedActions", area.plannedActions());
        }
        if (response.signatures() != null) {
            doc.add(Block.Paragraph.of(response.signatures()));
        }
        if (response.reservations() != null) {
            doc.heading(3, text("audit.response.reservations"));
            doc.text(response.reservations());
        }
        return doc.build();
    }

    public byte[] render(long reviewId, Format format) {
        return renderer.render(document(reviewId), format);
    }

    public String fileName(long reviewId, Format format) {
        AuditQuery.ReviewView review = audits.review(reviewId);
        return format.fileName(text("audit.doc.title", review.title() + ", " + review.number()));
    }

    /** Freezes the yttrande as DOCX and PDF (the next version of each) for the review; by the coordinator. */
    @Transactional
    public List<Snapshots.Snapshot> freeze(long reviewId) {
        AuditQuery.ReviewView review = audits.review(reviewId);
        if (!review.manageable()) {
            throw new se.vaksam.shared.ForbiddenException();
        }
        Doc doc = document(reviewId);
        AuditQuery.ResponseView response = audits.response(reviewId).orElseThrow();
        String source = json.writeValueAsString(new Source(review, response));
        List<Snapshots.Snapshot> frozen = new ArrayList<>();
        for (Format format : List.of(Format.DOCX, Format.PDF)) {
            frozen.add(snapshots.freeze(new Snapshots.NewSnapshot("audit.review", reviewId, review.committeeId(),
                    "yttrande", doc.meta().title(), format, renderer.render(doc, format), source,
                    response.diaryNumber())));
        }
        return frozen;
    }

    /** The frozen versions of the review's yttrande, newest first. */
    public List<Snapshots.Snapshot> snapshots(long reviewId) {
        audits.review(reviewId);
        return snapshots.of("audit.review", reviewId);
    }

    /** One frozen version of the review's yttrande with its bytes (404 if it belongs to another record). */
    public Snapshots.StoredFile snapshot(long reviewId, long snapshotId) {
        audits.review(reviewId);
        Snapshots.StoredFile file = snapshots.file(snapshotId);
        if (!file.snapshot().ownerType().equals("audit.review") || file.snapshot().ownerId() != reviewId) {
            throw new se.vaksam.shared.NotFoundException("audit.error.notFound");
        }
        return file;
    }

    record Source(AuditQuery.ReviewView review, AuditQuery.ResponseView response) {
    }

    private void answer(Doc.Builder doc, String key, String text) {
        doc.heading(3, text(key));
        if (text == null) {
            doc.paragraph("–");
        } else {
            doc.text(text);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, SWEDISH);
    }
}

package se.vaksam.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * Kommunstyrelsen's decision on the year's kommungemensamma granskningsområden: when and under which
 * paragraph and diarienummer it was made, the areas with the city office's instructions, and attachments.
 *
 * @param editable whether the signed-in person may change the decision
 */
public record CommonReviewDecision(long id, int year, LocalDate decidedOn, String paragraph, String diaryNumber,
        String registeredBy, int version, List<Area> areas, List<Attachment> attachments, boolean editable) {

    /** One review area, e.g. "Sociala medier", with its instructions. */
    @Schema(name = "CommonReviewDecisionArea")
    public record Area(long id, int position, String title, String instructions) {
    }

    /** A file attached to the decision (or to one of its areas, when {@code areaId} is set). */
    public record Attachment(long id, Long areaId, String fileName, String contentType, int sizeBytes) {
    }

    /** An attachment's content, for download. */
    public record AttachmentFile(String fileName, String contentType, byte[] content) {
    }

    /** What the user registers: the decision's header and its areas. */
    public record Draft(int year, LocalDate decidedOn, String paragraph, String diaryNumber, List<AreaDraft> areas) {

        public Draft {
            areas = areas == null ? List.of() : List.copyOf(areas);
        }
    }

    public record AreaDraft(String title, String instructions) {
    }

    /**
     * One committee's result for an area, as kommunstyrelsen compares them side by side.
     *
     * @param itemId the committee's review item, or null while the committee has no plan for the year
     */
    public record CommitteeResult(long committeeId, String committeeName, Long planId, Long itemId, String result,
            String conclusion, String ledToActions, boolean reported) {
    }
}

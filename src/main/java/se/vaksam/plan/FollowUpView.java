package se.vaksam.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import se.vaksam.shared.Period;

/**
 * One plan's follow-up for one period (uppföljning tertial 1, tertial 2 or the annual follow-up): the items
 * due, who has reported and who has not, and whether the coordinator has marked it ready for the committee.
 *
 * @param dueOn when the reports are due
 * @param readyAt when it was marked "klar för nämnden", or null
 * @param overrideReason why it was marked ready with unreported items, or null
 * @param manageable whether the signed-in person may mark it ready
 */
public record FollowUpView(long planId, long committeeId, String committeeName, int year, Period period,
        LocalDate dueOn, List<Row> items, OffsetDateTime readyAt, String readyBy, String overrideReason,
        boolean manageable) {

    public FollowUpView {
        items = List.copyOf(items);
    }

    /** An item due in the period and whether it has been reported. */
    @Schema(name = "FollowUpRow")
    public record Row(long itemId, String title, ItemKind kind, String responsibleUnitName, String responsibleName,
            boolean reported, OffsetDateTime reportedAt, String reportedBy, boolean overdue) {
    }

    public long unreported() {
        return items.stream().filter(r -> !r.reported()).count();
    }

    public boolean ready() {
        return readyAt != null;
    }
}

package se.vaksam.plan;

import java.util.List;
import java.util.stream.Collectors;

import se.vaksam.shared.ChangeSet;

/** The field-level changes of an item for its history (Historik). */
final class ItemChanges {

    private ItemChanges() {
    }

    static ChangeSet planning(PlanStore.ItemRow before, PlanStore.ItemRow after) {
        PlanStore.ItemRow b = before;
        return ChangeSet.create()
                .field("kind", b == null ? null : b.kind(), after.kind())
                .field("reviewKind", b == null ? null : b.reviewKind(), after.reviewKind())
                .field("risk", b == null ? null : b.riskTitle(), after.riskTitle())
                .field("title", b == null ? null : b.title(), after.title())
                .field("responsibleUnit", b == null ? null : b.responsibleUnitName(), after.responsibleUnitName())
                .field("responsible", b == null ? null : b.responsibleUsername(), after.responsibleUsername())
                .field("period", b == null ? null : b.period(), after.period())
                .field("whatToDo", b == null ? null : b.whatToDo(), after.whatToDo())
                .field("areas", b == null ? null : b.areas(), after.areas())
                .field("purpose", b == null ? null : b.purpose(), after.purpose())
                .field("scope", b == null ? null : b.scope(), after.scope())
                .field("method", b == null ? null : b.method(), after.method())
                .field("reviewer", b == null ? null : b.reviewerUsername(), after.reviewerUsername());
    }

    static ChangeSet results(PlanStore.ItemRow b, PlanStore.ItemRow after) {
        return ChangeSet.create()
                .field("actionsTaken", b.actionsTaken(), after.actionsTaken())
                .field("actionStatus", b.actionStatus(), after.actionStatus())
                .field("movedToYear", b.movedToYear(), after.movedToYear())
                .field("finalReport", finalReport(b), finalReport(after))
                .field("result", b.result(), after.result())
                .field("cause", b.cause(), after.cause())
                .field("analysis", b.analysis(), after.analysis())
                .field("conclusion", b.conclusion(), after.conclusion())
                .field("ledToActions", b.ledToActions(), after.ledToActions());
    }

    private static String finalReport(PlanStore.ItemRow r) {
        return r.finalReportYear() == null ? null : r.finalReportYear() + " " + r.finalReportPeriod();
    }

    /** A compact text form of result tables: caption, headers and rows. */
    static String tables(List<ResultTable> tables) {
        if (tables.isEmpty()) {
            return null;
        }
        return tables.stream().map(t -> t.caption() + ": "
                + t.columns().stream().map(ResultTable.Column::header).collect(Collectors.joining(" | ")) + "; "
                + t.rows().stream().map(r -> r.stream().map(ResultTable.Cell::display)
                        .collect(Collectors.joining(" | "))).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"));
    }
}

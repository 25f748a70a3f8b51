package se.vaksam.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed values of an import column as a file carries them, in Swedish (the XLSX template's drop-down list),
 * and the enum constant each stands for. Matching ignores case.
 */
final class ImportLabels<E extends Enum<E>> {

    private final Map<String, E> byLabel = new LinkedHashMap<>();
    private final Map<E, String> byValue = new LinkedHashMap<>();

    private ImportLabels() {
    }

    static <E extends Enum<E>> ImportLabels<E> of(Object... labelAndValue) {
        ImportLabels<E> labels = new ImportLabels<>();
        for (int i = 0; i < labelAndValue.length; i += 2) {
            @SuppressWarnings("unchecked")
            E value = (E) labelAndValue[i + 1];
            labels.byLabel.put(((String) labelAndValue[i]).toLowerCase(java.util.Locale.ROOT), value);
            labels.byValue.put(value, (String) labelAndValue[i]);
        }
        return labels;
    }

    E valueOf(String label) {
        return byLabel.get(label.strip().toLowerCase(java.util.Locale.ROOT));
    }

    String label(E value) {
        return value == null ? null : byValue.get(value);
    }

    List<String> labels() {
        return List.copyOf(byValue.values());
    }

    static final ImportLabels<PlanStatus> PLAN_STATUS = of("Utkast", PlanStatus.DRAFT, "Antagen", PlanStatus.ADOPTED,
            "Avslutad", PlanStatus.CLOSED);
    static final ImportLabels<ItemKind> KIND = of("Direktåtgärd", ItemKind.DIRECT_ACTION, "Granskning",
            ItemKind.REVIEW);
    static final ImportLabels<se.vaksam.shared.Period> PERIOD = of("Tertial 1", se.vaksam.shared.Period.T1,
            "Tertial 2", se.vaksam.shared.Period.T2, "Årsuppföljningen", se.vaksam.shared.Period.ANNUAL);
    static final ImportLabels<ActionStatus> ACTION_STATUS = of("Ej påbörjad", ActionStatus.NOT_STARTED, "Pågår",
            ActionStatus.IN_PROGRESS, "Genomförd", ActionStatus.DONE, "Delvis genomförd", ActionStatus.PARTLY_DONE,
            "Ej genomförd", ActionStatus.NOT_DONE, "Flyttad till kommande internkontrollplan",
            ActionStatus.MOVED_TO_PLAN, "Slutrapporteras senare", ActionStatus.FINAL_REPORT_AT);
    static final ImportLabels<ImprovementStatus> IMPROVEMENT_STATUS = of("Ej påbörjad", ImprovementStatus.NOT_STARTED,
            "Pågår", ImprovementStatus.IN_PROGRESS, "Genomförd", ImprovementStatus.DONE, "Avbruten",
            ImprovementStatus.CANCELLED);
    static final ImportLabels<Disposition> DISPOSITION = of("Följs upp nästa år", Disposition.CARRIED_TO_FOLLOW_UP,
            "Föreslås till nästa plan", Disposition.PROPOSED_FOR_NEXT_PLAN, "Annan process",
            Disposition.OTHER_PROCESS);
    static final ImportLabels<OtherProcess> OTHER_PROCESS = of("Budget", OtherProcess.BUDGET, "Verksamhetsplan",
            OtherProcess.OPERATIONAL_PLAN, "Kvalitetsarbete", OtherProcess.QUALITY_WORK);
}

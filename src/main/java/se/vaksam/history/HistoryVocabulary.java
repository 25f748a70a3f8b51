package se.vaksam.history;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the stored values of each record type's fields mean, as data: which are enum values (and under which
 * message prefix their labels are), people, units or links. A field not listed here is text; a field listed
 * under {@code *} means the same in every record type.
 *
 * <p>Field labels come from the message bundles: {@code history.field.<recordType>.<field>}, then
 * {@code history.field.<field>}. A field with numbers in its name ({@code area2.title}, {@code assignee.3},
 * {@code completed 2026-01-31}) is looked up with each number as {@code N} and the numbers (and what follows a
 * space) as the message's arguments: {@code history.field.plan.commonReviewDecision.areaN.title=Område {0}: rubrik}.
 */
final class HistoryVocabulary {

    private static final ValueKind TEXT = ValueKind.of(ValueKind.Type.TEXT);
    private static final ValueKind YES_NO = ValueKind.of(ValueKind.Type.YES_NO);
    private static final ValueKind PERSON = ValueKind.of(ValueKind.Type.PERSON);
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private static final Map<String, ValueKind> KINDS = Map.ofEntries(
            Map.entry("*.link", ValueKind.of(ValueKind.Type.LINK)),
            Map.entry("*.active", YES_NO),
            Map.entry("*.enabled", YES_NO),
            Map.entry("*.confidential", YES_NO),
            Map.entry("*.stratified", YES_NO),
            Map.entry("*.readyForCommittee", YES_NO),
            Map.entry("*.closingSuggested", YES_NO),
            Map.entry("*.ledToActions", YES_NO),
            Map.entry("*.owner", PERSON),
            Map.entry("*.responsible", PERSON),
            Map.entry("*.reviewer", PERSON),
            Map.entry("*.submittedBy", PERSON),
            Map.entry("*.assigneeN", PERSON),
            Map.entry("*.assignee.N", PERSON),
            Map.entry("*.handler", PERSON),
            Map.entry("org.unit.type", ValueKind.labelled("org.type.")),
            Map.entry("org.unit.parent", ValueKind.of(ValueKind.Type.UNIT_CODE)),
            Map.entry("org.placement.person", PERSON),
            Map.entry("org.placement.unit", ValueKind.of(ValueKind.Type.UNIT_CODE)),
            Map.entry("org.placement.role", ValueKind.labelled("org.role.")),
            Map.entry("check.duty.rule", ValueKind.labelled("check.duty.rule.")),
            Map.entry("check.duty.targetRole", ValueKind.labelled("check.role.")),
            Map.entry("check.duty.unit", ValueKind.of(ValueKind.Type.UNIT_ID)),
            Map.entry("check.sample.method", ValueKind.labelledAmount("check.sample.size.")),
            Map.entry("plan.plan.status", ValueKind.labelled("plan.planStatus.")),
            Map.entry("plan.item.kind", ValueKind.labelled("plan.kind.")),
            Map.entry("plan.item.reviewKind", ValueKind.labelled("plan.reviewKind.")),
            Map.entry("plan.item.period", ValueKind.labelled("plan.period.")),
            Map.entry("plan.item.actionStatus", ValueKind.labelled("plan.status.")),
            Map.entry("plan.improvement-action.status", ValueKind.labelled("plan.improvementStatus.")),
            Map.entry("plan.improvement-action.disposition", ValueKind.labelled("plan.disposition.")),
            Map.entry("plan.improvement-action.otherProcess", ValueKind.labelled("plan.otherProcess.")),
            Map.entry("governance.document.kind", ValueKind.labelled("governance.kind.")),
            Map.entry("governance.document.implementationStatus", ValueKind.labelled("governance.status.")),
            Map.entry("deviation.developmentArea.status", ValueKind.labelled("deviation.developmentStatus.")),
            Map.entry("risk.risk.origin", ValueKind.labelled("risk.origin.")),
            Map.entry("risk.analysis.decision", ValueKind.labelled("risk.decision.")),
            Map.entry("risk.analysis.otherProcess", ValueKind.labelled("risk.process.")),
            Map.entry("risk.matrix.formula", ValueKind.labelled("risk.formula.")),
            Map.entry("audit.recommendation.status", ValueKind.labelled("audit.status.")),
            Map.entry("selfassessment.assessment.status", ValueKind.labelled("selfassessment.status.")),
            Map.entry("deviation.deviation.status", ValueKind.labelled("deviation.status.")),
            Map.entry("deviation.deviation.kind", ValueKind.labelled("deviation.kind.")),
            Map.entry("deviation.deviation.assigned_username", PERSON),
            Map.entry("deviation.deviation.investigated_by", PERSON),
            Map.entry("deviation.deviation.immediate_action_by", PERSON),
            Map.entry("deviation.deviation.decided_by", PERSON),
            Map.entry("deviation.deviation.assessment", ValueKind.labelled("deviation.assessment.")),
            Map.entry("deviation.deviation.decision_body", ValueKind.labelled("deviation.body.")),
            Map.entry("deviation.deviation.ivo_reply", ValueKind.labelled("deviation.ivoReply.")),
            Map.entry("deviation.deviation.serious", YES_NO),
            Map.entry("deviation.deviation.decided_before_investigation", YES_NO),
            Map.entry("deviation.deviation.cause_category_id", ValueKind.of(ValueKind.Type.CATEGORY)),
            Map.entry("deviation.deviation.measure_category_id", ValueKind.of(ValueKind.Type.CATEGORY)));

    /** The link types some modules store as an enum name, as the record types they stand for. */
    static final Map<String, String> LINK_TYPES = Map.of(
            "PLAN_ITEM", "plan.item", "IMPROVEMENT_ACTION", "plan.improvement-action", "RISK", "risk.risk");

    private HistoryVocabulary() {
    }

    /** A field name split into its message-key form and its arguments. */
    record FieldName(String key, Object[] arguments) {
    }

    static FieldName fieldName(String field) {
        String name = field;
        String rest = null;
        int space = field.indexOf(' ');
        if (space > 0) {
            name = field.substring(0, space);
            rest = field.substring(space + 1);
        }
        java.util.List<Object> arguments = new java.util.ArrayList<>();
        Matcher numbers = NUMBER.matcher(name);
        StringBuilder key = new StringBuilder();
        while (numbers.find()) {
            arguments.add(numbers.group());
            numbers.appendReplacement(key, "N");
        }
        numbers.appendTail(key);
        if (rest != null) {
            arguments.add(rest);
        }
        return new FieldName(key.toString(), arguments.toArray());
    }

    static ValueKind kindOf(String recordType, String fieldKey) {
        ValueKind kind = KINDS.get(recordType + "." + fieldKey);
        if (kind == null) {
            kind = KINDS.get("*." + fieldKey);
        }
        return kind == null ? TEXT : kind;
    }
}

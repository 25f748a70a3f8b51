package se.vaksam.deviation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import se.vaksam.shared.Bounds;
import se.vaksam.shared.HistoryImport.RowProblem;

/**
 * Reads one row of a deviation import into the columns it sets, collecting every problem of the row: required
 * cells, dates (yyyy-MM-dd, not in the future), fixed values, lengths, and the workflow's order (a step's date
 * needs the step before it and may not precede it; IVO is notified only of serious lex Sarah cases). The status is
 * the one the dates imply.
 */
final class ImportedRows {

    /** What a row refers to that the row alone cannot resolve: units by code, categories by name, people. */
    interface Lookups {
        Resolved<Long[]> unit(String code);

        Resolved<Long> areaCategory(String name);

        boolean person(String username);
    }

    /** A lookup's answer: found (with the value) or not. */
    record Resolved<T>(boolean found, T value) {
    }

    /** A row as read: its number in the file, its source key and the columns it sets (null where empty). */
    record Row(int number, String sourceSystem, String sourceId, String caseNumber, Map<String, Object> values) {

        String key() {
            return sourceSystem + "\u0000" + sourceId;
        }
    }

    private final Map<String, String> cells;
    private final int number;
    private final LocalDate today;
    private final Lookups lookups;
    private final Labels labels;
    private final List<RowProblem> problems;

    private ImportedRows(Map<String, String> cells, int number, LocalDate today, Lookups lookups, Labels labels,
            List<RowProblem> problems) {
        this.cells = cells;
        this.number = number;
        this.today = today;
        this.lookups = lookups;
        this.labels = labels;
        this.problems = problems;
    }

    /** Reads the row, adding its problems to {@code problems}; the row is usable only when it added none. */
    static Row read(Map<String, String> cells, int number, LocalDate today, Lookups lookups, Labels labels,
            List<RowProblem> problems) {
        return new ImportedRows(cells, number, today, lookups, labels, problems).read();
    }

    private Row read() {
        String sourceId = text(DeviationImport.SOURCE_ID, 100, true);
        String sourceSystem = text(DeviationImport.SOURCE_SYSTEM, 60, false);
        String caseNumber = text(DeviationImport.CASE_NUMBER, 20, false);
        DeviationKind kind = value(DeviationImport.KIND, labels.kinds(), true);
        String unitCode = text(DeviationImport.UNIT, 40, true);
        Long unitId = null;
        Long areaUnitId = null;
        if (unitCode != null) {
            Resolved<Long[]> unit = lookups.unit(unitCode);
            if (unit.found()) {
                unitId = unit.value()[0];
                areaUnitId = unit.value()[1];
            } else {
                problem(DeviationImport.UNIT, unitCode, "deviation.import.error.unit");
            }
        }
        String title = text(DeviationImport.TITLE, DeviationManagement.TEXT_MAX, true);
        String description = text(DeviationImport.DESCRIPTION, DeviationManagement.DESCRIPTION_MAX, true);
        Long categoryId = null;
        String category = text(DeviationImport.CATEGORY, 200, false);
        if (category != null) {
            Resolved<Long> found = lookups.areaCategory(category);
            if (found.found()) {
                categoryId = found.value();
            } else {
                problem(DeviationImport.CATEGORY, category, "deviation.import.error.category");
            }
        }
        ReporterKind reporter = value(DeviationImport.REPORTER, labels.reporters(), false);
        String concerned = text(DeviationImport.CONCERNED, DeviationManagement.TEXT_MAX, false);
        String assignee = text(DeviationImport.ASSIGNEE, 100, false);
        if (assignee != null && !lookups.person(assignee)) {
            problem(DeviationImport.ASSIGNEE, assignee, "deviation.import.error.assignee");
        }
        LocalDate occurred = date(DeviationImport.OCCURRED, false);
        LocalDate received = date(DeviationImport.RECEIVED, true);
        LocalDate assigned = date(DeviationImport.ASSIGNED, false);
        LocalDate action = date(DeviationImport.IMMEDIATE_ACTION, false);
        LocalDate started = date(DeviationImport.STARTED, false);
        LocalDate investigated = date(DeviationImport.INVESTIGATED, false);
        String investigation = text(DeviationImport.INVESTIGATION, DeviationManagement.DESCRIPTION_MAX, false);
        Assessment assessment = value(DeviationImport.ASSESSMENT, labels.assessments(), false);
        Boolean serious = value(DeviationImport.SERIOUS, labels.yesNo(), false);
        LocalDate decided = date(DeviationImport.DECIDED, false);
        DecisionBody body = value(DeviationImport.BODY, labels.bodies(), false);
        String decision = text(DeviationImport.DECISION, DeviationManagement.DESCRIPTION_MAX, false);
        LocalDate notified = date(DeviationImport.IVO_NOTIFIED, false);
        IvoReply reply = value(DeviationImport.IVO_REPLY, labels.ivoReplies(), false);
        LocalDate replied = date(DeviationImport.IVO_REPLIED, false);
        String measures = text(DeviationImport.MEASURES, DeviationManagement.DESCRIPTION_MAX, false);
        LocalDate closed = date(DeviationImport.CLOSED, false);
        String outcome = text(DeviationImport.OUTCOME, DeviationManagement.DESCRIPTION_MAX, false);

        DeviationStatus status = null;
        boolean urgent = false;
        if (kind != null) {
            after(DeviationImport.RECEIVED, received, DeviationImport.OCCURRED, occurred);
            if (kind.lexSarah()) {
                if (assigned != null) {
                    problem(DeviationImport.ASSIGNED, cells.get(DeviationImport.ASSIGNED),
                            "deviation.import.error.notLexSarah");
                }
                urgent = body == DecisionBody.CHAIR && decided != null
                        && (investigated == null || decided.isBefore(investigated));
                step(DeviationImport.IMMEDIATE_ACTION, action, DeviationImport.RECEIVED, received);
                step(DeviationImport.STARTED, started, DeviationImport.IMMEDIATE_ACTION, action);
                step(DeviationImport.INVESTIGATED, investigated, DeviationImport.STARTED, started);
                both(DeviationImport.ASSESSMENT, assessment, DeviationImport.INVESTIGATED, investigated);
                if (urgent) {
                    step(DeviationImport.DECIDED, decided, DeviationImport.STARTED, started);
                    if (Boolean.FALSE.equals(serious)) {
                        problem(DeviationImport.SERIOUS, cells.get(DeviationImport.SERIOUS),
                                "deviation.import.error.urgentSerious");
                    }
                    serious = true;
                } else {
                    step(DeviationImport.DECIDED, decided, DeviationImport.INVESTIGATED, investigated);
                    if (Boolean.TRUE.equals(serious) && (assessment == null || !assessment.found())) {
                        problem(DeviationImport.SERIOUS, cells.get(DeviationImport.SERIOUS),
                                "deviation.import.error.seriousWithoutFinding");
                    }
                }
                both(DeviationImport.BODY, body, DeviationImport.DECIDED, decided);
                step(DeviationImport.IVO_NOTIFIED, notified, DeviationImport.DECIDED, decided);
                if (notified != null && !Boolean.TRUE.equals(serious)) {
                    problem(DeviationImport.IVO_NOTIFIED, cells.get(DeviationImport.IVO_NOTIFIED),
                            "deviation.import.error.ivoNotSerious");
                }
                step(DeviationImport.IVO_REPLIED, replied, DeviationImport.IVO_NOTIFIED, notified);
                both(DeviationImport.IVO_REPLY, reply, DeviationImport.IVO_REPLIED, replied);
                if (closed != null) {
                    step(DeviationImport.CLOSED, closed, DeviationImport.DECIDED, decided);
                    required(DeviationImport.CLOSED, closed, DeviationImport.INVESTIGATED, investigated);
                    if (Boolean.TRUE.equals(serious)) {
                        required(DeviationImport.CLOSED, closed, DeviationImport.IVO_NOTIFIED, notified);
                    }
                    after(DeviationImport.CLOSED, closed, DeviationImport.IVO_REPLIED, replied);
                    after(DeviationImport.CLOSED, closed, DeviationImport.INVESTIGATED, investigated);
                }
                status = closed != null ? DeviationStatus.CLOSED
                        : measures != null && (replied != null || decided != null && notified == null)
                                && investigated != null ? DeviationStatus.MEASURES_DECIDED
                        : replied != null ? DeviationStatus.IVO_REPLIED
                        : notified != null ? DeviationStatus.IVO_NOTIFIED
                        : urgent ? DeviationStatus.URGENT_DECIDED
                        : decided != null ? DeviationStatus.DECIDED
                        : investigated != null ? DeviationStatus.ASSESSED
                        : started != null ? DeviationStatus.INVESTIGATING
                        : action != null ? DeviationStatus.ACTION_TAKEN
                        : DeviationStatus.REPORTED;
            } else {
                for (String lexSarahOnly : DeviationImport.LEX_SARAH_ONLY) {
                    if (cells.containsKey(lexSarahOnly)) {
                        problem(lexSarahOnly, cells.get(lexSarahOnly), "deviation.import.error.lexSarahOnly");
                    }
                }
                step(DeviationImport.ASSIGNED, assigned, DeviationImport.RECEIVED, received);
                step(DeviationImport.INVESTIGATED, investigated, DeviationImport.ASSIGNED, assigned);
                if (closed != null) {
                    step(DeviationImport.CLOSED, closed, DeviationImport.INVESTIGATED, investigated);
                }
                status = closed != null ? DeviationStatus.CLOSED
                        : measures != null && investigated != null ? DeviationStatus.MEASURES_DECIDED
                        : investigated != null ? DeviationStatus.INVESTIGATED
                        : assigned != null ? DeviationStatus.ASSIGNED
                        : DeviationStatus.RECEIVED;
            }
        }

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", kind);
        values.put("status", status);
        values.put("unit_id", unitId);
        values.put("area_unit_id", areaUnitId);
        values.put("title", title);
        values.put("description", description);
        values.put("occurred_on", occurred);
        values.put("received_on", received);
        values.put("reporter_kind", reporter != null ? reporter
                : kind != null && kind.group() == DeviationKind.Group.EXTERNAL ? ReporterKind.OTHER : ReporterKind.STAFF);
        values.put("concerned_person", concerned);
        values.put("confidential", kind != null && kind.lexSarah() || concerned != null);
        values.put("area_category_id", categoryId);
        values.put("assigned_username", assignee);
        values.put("assigned_on", assigned);
        values.put("immediate_action_on", action);
        values.put("investigation_started_on", started);
        values.put("investigation", investigation);
        values.put("investigated_on", investigated);
        values.put("assessment", assessment);
        values.put("serious", kind != null && kind.lexSarah() && assessment != null || urgent ? serious != null && serious
                : null);
        values.put("decision", decision);
        values.put("decision_body", body);
        values.put("decided_on", decided);
        values.put("decided_before_investigation", urgent);
        values.put("ivo_notified_on", notified);
        values.put("ivo_reply", reply);
        values.put("ivo_replied_on", replied);
        values.put("measures", measures);
        values.put("outcome", outcome);
        values.put("closed_on", closed);
        return new Row(number, sourceSystem == null ? "" : sourceSystem, sourceId, caseNumber, values);
    }

    private void problem(String column, String value, String key, Object... arguments) {
        problems.add(new RowProblem(number, column, value == null ? "" : value, key, List.of(arguments)));
    }

    private String text(String column, int max, boolean required) {
        String value = cells.get(column);
        if (value == null || value.isBlank()) {
            if (required) {
                problem(column, "", "deviation.import.error.required");
            }
            return null;
        }
        if (value.length() > max) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            problem(column, shown, "deviation.import.error.tooLong", max);
            return null;
        }
        return value;
    }

    private LocalDate date(String column, boolean required) {
        String value = text(column, 40, required);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(today)) {
                problem(column, value, "deviation.import.error.future");
                return null;
            }
            if (date.getYear() < Bounds.FIRST_YEAR) {
                problem(column, value, "deviation.import.error.early", Bounds.FIRST_YEAR);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(column, value, "deviation.import.error.date");
            return null;
        }
    }

    private <T> T value(String column, Map<String, T> allowed, boolean required) {
        String value = text(column, 200, required);
        if (value == null) {
            return null;
        }
        T found = allowed.get(value.toLowerCase(Locale.ROOT));
        if (found == null) {
            problem(column, value, "deviation.import.error.value", String.join(", ", labelsOf(allowed)));
        }
        return found;
    }

    private static <T> List<String> labelsOf(Map<String, T> allowed) {
        // the map holds label → value and code → value; show the labels (the first key of each value)
        List<String> shown = new ArrayList<>();
        List<T> seen = new ArrayList<>();
        allowed.forEach((label, value) -> {
            if (!seen.contains(value)) {
                seen.add(value);
                shown.add(label);
            }
        });
        return shown;
    }

    /** A step's date needs the step before it, and may not precede it. */
    private void step(String column, LocalDate date, String previousColumn, LocalDate previous) {
        if (date == null) {
            return;
        }
        if (previous == null && !cells.containsKey(previousColumn)) {
            problem(column, date.toString(), "deviation.import.error.requires", previousColumn);
        }
        after(column, date, previousColumn, previous);
    }

    private void required(String column, LocalDate date, String neededColumn, LocalDate needed) {
        if (date != null && needed == null && !cells.containsKey(neededColumn)) {
            problem(column, date.toString(), "deviation.import.error.requires", neededColumn);
        }
    }

    private void after(String column, LocalDate date, String earlierColumn, LocalDate earlier) {
        if (date != null && earlier != null && date.isBefore(earlier)) {
            problem(column, date.toString(), "deviation.import.error.order", earlierColumn, earlier.toString());
        }
    }

    /** A value and its date go together (an assessment and the day it was made, an IVO reply and its day). */
    private void both(String column, Object value, String dateColumn, LocalDate date) {
        if (value == null && date != null && !cells.containsKey(column)) {
            problem(column, "", "deviation.import.error.requires", dateColumn);
        } else if (value != null && date == null && !cells.containsKey(dateColumn)) {
            problem(column, String.valueOf(cells.get(column)), "deviation.import.error.requires", dateColumn);
        }
    }

    /** The Swedish labels (and codes) the fixed columns accept, lower-cased, mapped to their values. */
    record Labels(Map<String, DeviationKind> kinds, Map<String, ReporterKind> reporters,
            Map<String, Assessment> assessments, Map<String, DecisionBody> bodies, Map<String, IvoReply> ivoReplies,
            Map<String, Boolean> yesNo) {

        static Labels of(Function<String, String> message) {
            return new Labels(labelled(DeviationKind.values(), "deviation.kind.", message),
                    labelled(ReporterKind.values(), "deviation.reporter.", message),
                    labelled(Assessment.values(), "deviation.assessment.", message),
                    labelled(DecisionBody.values(), "deviation.body.", message),
                    labelled(IvoReply.values(), "deviation.ivoReply.", message),
                    yesNo(message));
        }

        private static <E extends Enum<E>> Map<String, E> labelled(E[] values, String prefix,
                Function<String, String> message) {
            Map<String, E> map = new LinkedHashMap<>();
            for (E value : values) {
                map.put(message.apply(prefix + value.name()).toLowerCase(Locale.ROOT), value);
            }
            for (E value : values) {
                map.putIfAbsent(value.name().toLowerCase(Locale.ROOT), value);
            }
            return map;
        }

        private static Map<String, Boolean> yesNo(Function<String, String> message) {
            Map<String, Boolean> map = new LinkedHashMap<>();
            map.put(message.apply("deviation.import.yes").toLowerCase(Locale.ROOT), true);
            map.put(message.apply("deviation.import.no").toLowerCase(Locale.ROOT), false);
            return map;
        }
    }
}

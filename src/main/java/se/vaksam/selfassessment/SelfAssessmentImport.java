package se.vaksam.selfassessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.shared.HistoryImport;
import se.vaksam.shared.ImportedRow;
import se.vaksam.shared.RecordChanged.FieldChange;
import se.vaksam.shared.RecordsImported;

/**
 * Past years' self-assessments (kind {@code self-assessments}): one row per committee, year and criterion, with the
 * rating and motivation the committee gave, and the self-assessment's status, submission and summary. Criteria are
 * those of the kommun's set for the year, as the page would start it (the stored set, else the latest earlier
 * year's, else the default criteria); a row names its area by name and its criterion by its number within the area
 * or by its text, and both are checked against that set. A submitted self-assessment needs a rating for every
 * criterion and a summary, as submitting one does on the page.
 *
 * <p>Found again by committee and year (unique in the table): one made by an import is updated with history when a
 * row changed and left as it is otherwise; one written in Vaksam is not changed by an import.
 */
@Component
class SelfAssessmentImport implements HistoryImport {

    static final String COMMITTEE = "Nämnd";
    static final String YEAR = "År";
    static final String STATUS = "Status";
    static final String SUBMITTED_ON = "Inskickad den";
    static final String SUBMITTED_BY = "Inskickad av";
    static final String SUMMARY = "Sammanfattning";
    static final String AREA = "Område";
    static final String CRITERION = "Kriterium";
    static final String RATING = "Bedömning";
    static final String MOTIVATION = "Motivering";

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final SelfAssessmentRepository assessments;
    private final CriteriaStore criteria;
    private final SelfAssessmentScope scope;
    private final OrgQuery org;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SelfAssessmentImport(SelfAssessmentRepository assessments, CriteriaStore criteria, SelfAssessmentScope scope,
            OrgQuery org, JdbcClient jdbc, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.criteria = criteria;
        this.scope = scope;
        this.org = org;
        this.jdbc = jdbc;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "self-assessments";
    }

    @Override
    public String titleKey() {
        return "selfassessment.import.title";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Column> columns() {
        List<String> ratings = criteria.ratings().stream().map(Rating::label).toList();
        return List.of(column(COMMITTEE, true, List.of(), "ASN", "committee"),
                column(YEAR, true, List.of(), "2024", "year"),
                column(STATUS, true, List.copyOf(statuses().keySet()), label("selfassessment.status.DRAFT"),
                        "status"),
                column(SUBMITTED_ON, false, List.of(), "", "submittedOn"),
                column(SUBMITTED_BY, false, List.of(), "", "submittedBy"),
                column(SUMMARY, false, List.of(), "Den interna kontrollen fungerar i huvudsak väl.", "summary"),
                column(AREA, true, List.of(), "Kontrollmiljö", "area"),
                column(CRITERION, true, List.of(), "1", "criterion"),
                column(RATING, false, ratings, ratings.isEmpty() ? "" : ratings.get(0), "rating"),
                column(MOTIVATION, false, List.of(), "Delegationsordningen är uppdaterad.", "motivation"));
    }

    private static Column column(String header, boolean required, List<String> allowed, String example, String key) {
        return new Column(header, required, allowed, example, "selfassessment.import.column." + key);
    }

    private String label(String key) {
        return messages.getMessage(key, null, SWEDISH);
    }

    private Map<String, AssessmentStatus> statuses() {
        Map<String, AssessmentStatus> byLabel = new LinkedHashMap<>();
        Arrays.stream(AssessmentStatus.values()).forEach(s -> byLabel.put(label("selfassessment.status." + s.name()), s));
        return byLabel;
    }

    /** One committee's self-assessment of one year as the file gives it. */
    private static final class Group {
        final int firstRow;
        final long committeeId;
        final int year;
        final CriteriaSet set;
        AssessmentStatus status;
        ImportedRow statusRow;
        LocalDate submittedOn;
        int submittedOnRow;
        String submittedBy;
        int submittedByRow;
        String summary;
        int summaryRow;
        final Map<String, Answer> answers = new HashMap<>();
        final Map<String, Integer> answerRows = new HashMap<>();

        Group(int firstRow, long committeeId, int year, CriteriaSet set) {
            this.firstRow = firstRow;
            this.committeeId = committeeId;
            this.year = year;
            this.set = set;
        }
    }

    private record Reading(List<Group> groups, List<RowProblem> problems) {
    }

    @Override
    public List<RowProblem> check(List<Map<String, String>> rows, Context context) {
        return read(rows).problems();
    }

    private Reading read(List<Map<String, String>> cells) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Rating> ratings = new LinkedHashMap<>();
        criteria.ratings().forEach(r -> ratings.put(r.label(), r));
        Map<String, AssessmentStatus> statuses = statuses();
        Map<String, Optional<OrgQuery.UnitView>> units = new HashMap<>();
        Map<String, Optional<OrgQuery.PersonView>> people = new HashMap<>();
        Map<Long, Long> kommuner = new HashMap<>();
        Map<String, CriteriaSet> sets = new HashMap<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        for (ImportedRow row : ImportedRow.of(cells, problems)) {
            String code = row.required(COMMITTEE, 40);
            OrgQuery.UnitView committee = code == null ? null : units.computeIfAbsent(code, org::unitByCode).orElse(null);
            if (code != null && committee == null) {
                row.problem(COMMITTEE, "selfassessment.import.error.unit");
            } else if (committee != null && committee.type() != OrgUnitType.COMMITTEE) {
                row.problem(COMMITTEE, "selfassessment.error.notCommittee", committee.name());
                committee = null;
            }
            Integer year = row.requiredYear(YEAR);
            if (year != null && year > today.getYear()) {
                row.problem(YEAR, "selfassessment.import.error.futureYear");
                year = null;
            }
            AssessmentStatus status = row.requiredChoice(STATUS, statuses);
            LocalDate submittedOn = row.date(SUBMITTED_ON);
            if (submittedOn != null && submittedOn.isAfter(today)) {
                row.problem(SUBMITTED_ON, "imports.error.future");
                submittedOn = null;
            } else if (submittedOn != null && year != null && submittedOn.getYear() < year) {
                row.problem(SUBMITTED_ON, "selfassessment.import.error.submittedBefore", year);
                submittedOn = null;
            }
            String username = row.text(SUBMITTED_BY);
            if (username != null && people.computeIfAbsent(username, org::person).isEmpty()) {
                row.problem(SUBMITTED_BY, "selfassessment.import.error.person");
            }
            String summary = row.text(SUMMARY, SelfAssessment.MAX_TEXT);
            String areaName = row.required(AREA, 200);
            String criterionText = row.required(CRITERION, 1000);
            Rating rating = row.choice(RATING, ratings);
            String motivation = row.text(MOTIVATION, SelfAssessment.MAX_TEXT);
            if (committee == null || year == null || status == null || areaName == null || criterionText == null) {
                continue;
            }
            long kommun = kommuner.computeIfAbsent(committee.id(), scope::municipalityOf);
            int setYear = year;
            CriteriaSet set = sets.computeIfAbsent(kommun + "\n" + year, k -> criteria.preview(kommun, setYear));
            long committeeId = committee.id();
            Group group = groups.computeIfAbsent(committeeId + "\n" + year,
                    k -> new Group(row.number(), committeeId, setYear, set));
            agree(group, row, status, submittedOn, username, summary);
            Answer answer = answer(set, row, areaName, criterionText, rating, motivation);
            if (answer != null) {
                Integer earlier = group.answerRows.putIfAbsent(answer.criterionCode(), row.number());
                if (earlier != null) {
                    row.problem(CRITERION, "selfassessment.import.error.duplicate", earlier);
                } else {
                    group.answers.put(answer.criterionCode(), answer);
                }
            }
        }
        for (Group group : groups.values()) {
            complete(group, problems);
        }
        Map<String, Boolean> existing = existing(groups.values());
        for (Group group : groups.values()) {
            if (Boolean.FALSE.equals(existing.get(group.committeeId + "\n" + group.year))) {
                String name = org.unit(group.committeeId).map(OrgQuery.UnitView::name).orElse("");
                problems.add(new RowProblem(group.firstRow, YEAR, Integer.toString(group.year),
                        "selfassessment.import.error.notImported", List.of(name, group.year)));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        return new Reading(List.copyOf(groups.values()), problems);
    }

    /** The self-assessment's own columns: the first value given counts, another value on a later row is a problem. */
    private static void agree(Group group, ImportedRow row, AssessmentStatus status, LocalDate submittedOn,
            String username, String summary) {
        if (group.status == null) {
            group.status = status;
            group.statusRow = row;
        } else if (group.status != status) {
            row.problem(STATUS, "selfassessment.import.error.differs", group.statusRow.number());
        }
        if (submittedOn != null) {
            if (group.submittedOn == null) {
                group.submittedOn = submittedOn;
                group.submittedOnRow = row.number();
            } else if (!group.submittedOn.equals(submittedOn)) {
                row.problem(SUBMITTED_ON, "selfassessment.import.error.differs", group.submittedOnRow);
            }
        }
        if (username != null) {
            if (group.submittedBy == null) {
                group.submittedBy = username;
                group.submittedByRow = row.number();
            } else if (!group.submittedBy.equals(username)) {
                row.problem(SUBMITTED_BY, "selfassessment.import.error.differs", group.submittedByRow);
            }
        }
        if (summary != null) {
            if (group.summary == null) {
                group.summary = summary;
                group.summaryRow = row.number();
            } else if (!group.summary.equals(summary)) {
                row.problem(SUMMARY, "selfassessment.import.error.differs", group.summaryRow);
            }
        }
    }

    /** The answer to the criterion the row names within the area, by its number there or by its text. */
    private static Answer answer(CriteriaSet set, ImportedRow row, String areaName, String criterionText, Rating rating,
            String motivation) {
        int areaPosition = 0;
        CriteriaSet.Area area = null;
        for (int a = 0; a < set.areas().size(); a++) {
            if (same(set.areas().get(a).name(), areaName)) {
                area = set.areas().get(a);
                areaPosition = a + 1;
            }
        }
        if (area == null) {
            row.problem(AREA, "selfassessment.import.error.area", set.year(),
                    String.join(", ", set.areas().stream().map(CriteriaSet.Area::name).toList()));
            return null;
        }
        CriteriaSet.Criterion criterion = null;
        if (criterionText.matches("\\d{1,3}")) {
            int number = Integer.parseInt(criterionText);
            criterion = number >= 1 && number <= area.criteria().size() ? area.criteria().get(number - 1) : null;
        } else {
            criterion = area.criteria().stream().filter(c -> same(c.text(), criterionText)).findFirst().orElse(null);
        }
        if (criterion == null) {
            row.problem(CRITERION, "selfassessment.import.error.criterion", area.name(), set.year(),
                    area.criteria().size());
            return null;
        }
        return new Answer(areaPosition, area.name(), criterion.code(), criterion.text(),
                rating == null ? null : rating.code(), rating == null ? null : rating.label(), motivation);
    }

    private static boolean same(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }

    /** A submitted self-assessment: a date, a summary and a rating for every criterion, as submitting requires. */
    private static void complete(Group group, List<RowProblem> problems) {
        ImportedRow first = group.statusRow;
        if (group.status != AssessmentStatus.SUBMITTED) {
            if (group.submittedOn != null) {
                first.problem(SUBMITTED_ON, "selfassessment.import.error.notSubmitted");
            }
            if (group.submittedBy != null) {
                first.problem(SUBMITTED_BY, "selfassessment.import.error.notSubmittedBy");
            }
            return;
        }
        if (group.submittedOn == null) {
            first.problem(SUBMITTED_ON, "imports.error.required");
        }
        if (group.summary == null) {
            first.problem(SUMMARY, "selfassessment.error.summaryRequired");
        }
        int position = 0;
        for (CriteriaSet.Area area : group.set.areas()) {
            position++;
            for (int c = 0; c < area.criteria().size(); c++) {
                CriteriaSet.Criterion criterion = area.criteria().get(c);
                Answer answer = group.answers.get(criterion.code());
                if (answer == null || answer.ratingCode() == null) {
                    Integer row = group.answerRows.get(criterion.code());
                    problems.add(new RowProblem(row == null ? group.firstRow : row, row == null ? CRITERION : RATING,
                            "", "selfassessment.import.error.unrated",
                            List.of(area.name(), c + 1, criterion.text())));
                }
            }
        }
    }

    /** Whether each committee and year of the file already has a self-assessment, and if so whether imported. */
    private Map<String, Boolean> existing(java.util.Collection<Group> groups) {
        if (groups.isEmpty()) {
            return Map.of();
        }
        Map<String, Boolean> existing = new HashMap<>();
        jdbc.sql("select committee_id, year, imported from sa_assessment where year = any(?)")
                .param(groups.stream().map(g -> g.year).distinct().toArray(Integer[]::new))
                .query(rs -> {
                    existing.put(rs.getLong(1) + "\n" + rs.getInt(2), rs.getBoolean(3));
                });
        return existing;
    }

    @Override
    public Outcome apply(List<Map<String, String>> cells, Context context) {
        Reading reading = read(cells);
        if (!reading.problems().isEmpty()) {
            throw new IllegalStateException("apply called with " + reading.problems().size() + " problems");
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select committee_id, year, id from sa_assessment where imported and year = any(?)")
                .param(reading.groups().stream().map(g -> g.year).distinct().toArray(Integer[]::new))
                .query(rs -> {
                    ids.put(rs.getLong(1) + "\n" + rs.getInt(2), rs.getLong(3));
                });
        Map<Long, SelfAssessment> stored = new HashMap<>();
        assessments.findAllById(ids.values()).forEach(a -> stored.put(a.id(), a));
        List<RecordsImported.Record> history = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Group group : reading.groups()) {
            Long id = ids.get(group.committeeId + "\n" + group.year);
            SelfAssessment before = id == null ? null : stored.get(id);
            CriteriaSet set = before == null ? criteria.ensure(group.set.municipalityId(), group.year) : group.set;
            List<Answer> answers = new ArrayList<>();
            for (Answer empty : SelfAssessment.start(group.committeeId, set, context.username()).answers()) {
                answers.add(group.answers.getOrDefault(empty.criterionCode(), empty));
            }
            boolean submitted = group.status == AssessmentStatus.SUBMITTED;
            Instant submittedAt = submitted ? group.submittedOn.atStartOfDay(SWEDEN).toInstant() : null;
            String submittedBy = submitted ? (group.submittedBy == null ? context.username() : group.submittedBy)
                    : null;
            SelfAssessment after = new SelfAssessment(before == null ? null : before.id(), group.committeeId,
                    group.year, group.status, group.summary, submittedBy, submittedAt,
                    before == null ? context.username() : before.createdBy(), answers,
                    before == null ? null : before.version());
            if (before != null) {
                List<FieldChange> changes = changes(before, after);
                if (changes.isEmpty()) {
                    unchanged++;
                    continue;
                }
                assessments.save(after);
                history.add(new RecordsImported.Record(before.id().toString(), changes));
                updated++;
            } else {
                SelfAssessment saved = assessments.save(after);
                jdbc.sql("update sa_assessment set imported = true where id = ?").param(saved.id()).update();
                history.add(new RecordsImported.Record(saved.id().toString(), List.of()));
                created++;
            }
        }
        if (!history.isEmpty()) {
            events.publishEvent(new RecordsImported(SelfAssessmentChanges.ASSESSMENT, context, history));
        }
        return new Outcome(created, updated, unchanged);
    }

    /** What differs, as the self-assessment's history shows it: status, submission, summary, each answer. */
    private static List<FieldChange> changes(SelfAssessment before, SelfAssessment after) {
        List<FieldChange> changes = new ArrayList<>();
        field(changes, "status", before.status(), after.status());
        field(changes, "submittedBy", before.submittedBy(), after.submittedBy());
        field(changes, "submittedAt", before.submittedAt(), after.submittedAt());
        field(changes, "summary", before.summary(), after.summary());
        List<Answer> old = before.answers();
        List<Answer> now = after.answers();
        for (int i = 0; i < now.size(); i++) {
            field(changes, now.get(i).criterionText(), i < old.size() ? old.get(i).shown() : null, now.get(i).shown());
        }
        return changes;
    }

    private static void field(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
        }
    }
}

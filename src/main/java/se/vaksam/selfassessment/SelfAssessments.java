package se.vaksam.selfassessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vaksam.org.OrgQuery;
import se.vaksam.selfassessment.SelfAssessmentQuery.Assessment;
import se.vaksam.selfassessment.SelfAssessmentQuery.Row;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;

/** Reads self-assessments for pages and the API, within the signed-in person's scope. */
@Service
@Transactional(readOnly = true)
public class SelfAssessments {

    private final JdbcSelfAssessmentQuery query;
    private final CriteriaStore criteria;
    private final SelfAssessmentScope scope;
    private final Access access;

    SelfAssessments(JdbcSelfAssessmentQuery query, CriteriaStore criteria, SelfAssessmentScope scope, Access access) {
        this.query = query;
        this.criteria = criteria;
        this.scope = scope;
        this.access = access;
    }

    /** A committee the person may read, with its self-assessments (newest year first). */
    public record CommitteeAssessments(OrgQuery.UnitView committee, boolean writable, List<Assessment> assessments) {
    }

    /** One criterion's answer this year with last year's beside it (nulls when there was none). */
    public record RowWithLastYear(Row row, String lastRatingCode, String lastRating, String lastMotivation) {
    }

    public record AreaWithLastYear(String name, List<RowWithLastYear> rows) {
    }

    /** Per area, how many criteria got each rating this year and last year (in scale order). */
    public record AreaComparison(String area, List<Integer> thisYear, List<Integer> lastYear) {
    }

    /** Everything a self-assessment's page shows. */
    public record AssessmentPage(Assessment assessment, boolean hasLastYear, List<AreaWithLastYear> areas,
            List<AreaComparison> comparison, List<Rating> ratings, boolean writable) {
    }

    public List<CommitteeAssessments> readable() {
        AccessScope current = access.current();
        return scope.readableCommittees(current).stream().map(c -> new CommitteeAssessments(c,
                scope.mayWrite(current, c.id()), query.ofCommittee(c.id()))).toList();
    }

    public Assessment get(long id) {
        Assessment assessment = query.byId(id).orElseThrow(() -> new NotFoundException("selfassessment.error.notFound"));
        if (!scope.mayRead(access.current(), assessment.committeeId())) {
            throw new ForbiddenException();
        }
        return assessment;
    }

    public Optional<Assessment> lastYear(Assessment assessment) {
        return query.assessment(assessment.committeeId(), assessment.year() - 1);
    }

    public AssessmentPage page(long id) {
        Assessment assessment = get(id);
        Optional<Assessment> last = lastYear(assessment);
        Map<String, Row> lastByCode = last.map(a -> a.rows().stream()
                .collect(Collectors.toMap(Row::criterionCode, Function.identity(), (x, y) -> x))).orElse(Map.of());
        List<AreaWithLastYear> areas = assessment.areas().stream().map(area -> new AreaWithLastYear(area.name(),
                area.rows().stream().map(row -> {
                    Row before = lastByCode.get(row.criterionCode());
                    return new RowWithLastYear(row, before == null ? null : before.ratingCode(),
                            before == null ? null : before.rating(),
                            before == null ? null : before.motivation());
                }).toList())).toList();
        List<Rating> ratings = criteria.ratings();
        return new AssessmentPage(assessment, last.isPresent(), areas, comparison(assessment, last, ratings), ratings,
                mayWrite(assessment.committeeId()));
    }

    /** Per area of this year, the count of each rating this year and, matched by area name, last year. */
    static List<AreaComparison> comparison(Assessment current, Optional<Assessment> last, List<Rating> ratings) {
        List<AreaComparison> result = new ArrayList<>();
        for (SelfAssessmentQuery.Area area : current.areas()) {
            List<Row> lastRows = last.flatMap(a -> a.areas().stream().filter(x -> x.name().equals(area.name())).findFirst())
                    .map(SelfAssessmentQuery.Area::rows).orElse(List.of());
            result.add(new AreaComparison(area.name(), counts(area.rows(), ratings), counts(lastRows, ratings)));
        }
        return result;
    }

    private static List<Integer> counts(List<Row> rows, List<Rating> ratings) {
        return ratings.stream().map(r -> (int) rows.stream().filter(row -> r.code().equals(row.ratingCode())).count())
                .toList();
    }

    public boolean mayWrite(long committeeId) {
        return scope.mayWrite(access.current(), committeeId);
    }

    /** The rating scale is the installation's: only the system administrator changes it. */
    public boolean mayEditScale() {
        return access.current().administrator();
    }

    public List<Rating> ratings() {
        return criteria.ratings();
    }

    /** The signed-in person's kommun and whether they may edit its criteria. */
    public record Kommun(long id, boolean writable) {
    }

    public Optional<Kommun> kommun() {
        AccessScope current = access.current();
        return scope.municipalityOf(current).map(id -> new Kommun(id, current.canWrite(id)));
    }

    /**
     * The kommun's criteria for the year: as stored, else as they would start (the previous year's, or the
     * default set) without storing them: reading never creates a set, the first change does.
     */
    @Transactional(readOnly = true)
    public CriteriaSet criteria(long municipalityId, int year) {
        if (!kommun().map(k -> k.id() == municipalityId).orElse(false) && !access.current().administrator()) {
            throw new ForbiddenException();
        }
        return criteria.preview(municipalityId, year);
    }
}

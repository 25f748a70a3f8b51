package se.vaksam.deviation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.deviation.DeviationKind.Group;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;

/**
 * The counts of the quality report (kvalitetsberättelse §4.1): per kind group, operational area and
 * area category, per tertial and year, three years side by side; the categories that recur in every
 * operational area; and the lex Sarah figures (reports, investigations that found a missförhållande,
 * notifications to IVO and IVO's answers). Counts only, so no personal detail shows; within the units
 * the person may read. The counts come from {@code deviation_count}, which triggers keep in step with the
 * deviations (migration V71), so that the statistics stay fast with a million deviations.
 */
@Service
@Transactional(readOnly = true)
public class DeviationStatistics {

    private final JdbcClient jdbc;
    private final Access access;
    private final OrgQuery org;
    private final DeviationStore store;

    DeviationStatistics(JdbcClient jdbc, Access access, OrgQuery org, DeviationStore store) {
        this.jdbc = jdbc;
        this.access = access;
        this.org = org;
        this.store = store;
    }

    /** An operational area (verksamhetsområde); id null for deviations above the areas. */
    @Schema(name = "DeviationStatisticsArea")
    public record Area(Long id, String name) {
    }

    /** One kind group's counts: per year (oldest first) and per area and year. */
    public record GroupRow(Group group, List<Long> perYear, List<AreaRow> perArea) {
    }

    public record AreaRow(Area area, List<Long> perYear) {
    }

    /** The chosen year's counts per tertial (T1, T2, T3). */
    public record TertialRow(Group group, List<Long> perTertial) {
    }

    /** One area category in the chosen year: counts per area (in the order of {@code areas}); recurring if in all. */
    public record CategoryRow(Category category, List<Long> perArea, long total, boolean recurring) {
    }

    /** The lex Sarah figures of one year. */
    public record LexSarahYear(int year, long reports, long found, long notified, long notifiedByChair,
            long ivoClosed, long ivoAwaiting) {
    }

    @Schema(name = "DeviationStatistics")
    public record Counts(int year, List<Integer> years, List<Area> areas, List<GroupRow> groups,
            List<TertialRow> tertials, List<CategoryRow> categories, List<LexSarahYear> lexSarah) {

        /** The count of a group in a year (one of {@code years}). */
        public long count(Group group, int year) {
            int i = years.indexOf(year);
            return groups.stream().filter(g -> g.group() == group).findFirst().map(g -> g.perYear().get(i)).orElse(0L);
        }

        public LexSarahYear lexSarahOf(int year) {
            return lexSarah.stream().filter(l -> l.year() == year).findFirst().orElseThrow();
        }
    }

    private record Cell(int year, int tertial, DeviationKind kind, Long areaUnitId, Long areaCategoryId, long n) {
    }

    /** The chosen year with the two years before it. */
    public Counts counts(int year) {
        AccessScope scope = access.current();
        List<Integer> years = List.of(year - 2, year - 1, year);
        String units = scope.administrator() ? "" : " and unit_id = any(:units)";
        List<Cell> cells = jdbc.sql("""
                select year, tertial, kind, area_unit_id, area_category_id, sum(n) as n
                from deviation_count where year between :from and :to and n <> 0""" + units
                + " group by 1, 2, 3, 4, 5")
                .param("from", year - 2).param("to", year)
                .param("units", scope.readableUnitIds().toArray(Long[]::new))
                .query(Cell.class).list();
        List<Area> areas = areas(cells);
        List<GroupRow> groups = new ArrayList<>();
        List<TertialRow> tertials = new ArrayList<>();
        for (Group group : Group.values()) {
            List<Cell> own = cells.stream().filter(c -> c.kind().group() == group).toList();
            List<AreaRow> perArea = areas.stream().map(a -> new AreaRow(a, years.stream()
                    .map(y -> sum(own, c -> c.year() == y && Objects.equals(c.areaUnitId(), a.id()))).toList())).toList();
            groups.add(new GroupRow(group, years.stream().map(y -> sum(own, c -> c.year() == y)).toList(), perArea));
            tertials.add(new TertialRow(group, List.of(1, 2, 3).stream()
                    .map(t -> sum(own, c -> c.year() == year && c.tertial() == t)).toList()));
        }
        List<CategoryRow> categories = categories(cells, year, areas);
        List<LexSarahYear> lexSarah = lexSarah(years, scope, cells);
        return new Counts(year, years, areas, groups, tertials, categories, lexSarah);
    }

    private List<Area> areas(List<Cell> cells) {
        Map<Long, Area> found = new LinkedHashMap<>();
        cells.stream().map(Cell::areaUnitId).distinct().forEach(id -> found.put(id,
                new Area(id, id == null ? null : org.unit(id).map(OrgQuery.UnitView::name).orElse("–"))));
        List<Area> areas = new ArrayList<>(found.values());
        areas.sort(Comparator.comparing((Area a) -> a.id() == null).thenComparing(a -> a.name() == null ? "" : a.name()));
        return areas;
    }

    private List<CategoryRow> categories(List<Cell> cells, int year, List<Area> areas) {
        Map<Long, Category> byId = new HashMap<>();
        store.categories().stream().filter(c -> c.list() == CategoryList.AREA).forEach(c -> byId.put(c.id(), c));
        List<Area> realAreas = areas.stream().filter(a -> a.id() != null).toList();
        return byId.values().stream().sorted(Comparator.comparing(Category::name)).map(category -> {
            List<Cell> own = cells.stream().filter(c -> c.year() == year
                    && Objects.equals(c.areaCategoryId(), category.id())).toList();
            List<Long> perArea = areas.stream()
                    .map(a -> sum(own, c -> Objects.equals(c.areaUnitId(), a.id()))).toList();
            boolean recurring = realAreas.size() > 1 && realAreas.stream()
                    .allMatch(a -> sum(own, c -> Objects.equals(c.areaUnitId(), a.id())) > 0);
            return new CategoryRow(category, perArea, sum(own, c -> true), recurring);
        }).filter(row -> row.total() > 0 || row.category().active()).toList();
    }

    private record IvoRow(int year, long notified, long byChair, long closed, long awaiting) {
    }

    /** The lex Sarah figures of the years: two index-only reads over the whole span, grouped by year. */
    private List<LexSarahYear> lexSarah(List<Integer> years, AccessScope scope, List<Cell> cells) {
        String units = scope.administrator() ? "" : " and unit_id = any(:units)";
        LocalDate from = LocalDate.of(years.get(0), 1, 1);
        LocalDate to = LocalDate.of(years.get(years.size() - 1) + 1, 1, 1);
        Long[] unitIds = scope.readableUnitIds().toArray(Long[]::new);
        Map<Integer, Long> found = new HashMap<>();
        jdbc.sql("select extract(year from decided_on)::int as year, count(*) as n from deviation"
                        + " where kind = 'LEX_SARAH' and decided_on >= :from and decided_on < :to"
                        + " and assessment in ('MALADMINISTRATION', 'CLEAR_RISK')" + units + " group by 1")
                .param("from", from).param("to", to).param("units", unitIds)
                .query((rs, n) -> found.put(rs.getInt("year"), rs.getLong("n"))).list();
        Map<Integer, IvoRow> ivo = new HashMap<>();
        jdbc.sql("""
                select extract(year from ivo_notified_on)::int as year, count(*) as notified,
                       count(*) filter (where decision_body = 'CHAIR') as by_chair,
                       count(*) filter (where ivo_reply = 'CLOSED') as closed,
                       count(*) filter (where ivo_reply = 'AWAITING_INVESTIGATION') as awaiting
                from deviation where kind = 'LEX_SARAH' and ivo_notified_on >= :from and ivo_notified_on < :to"""
                        + units + " group by 1")
                .param("from", from).param("to", to).param("units", unitIds)
                .query(IvoRow.class).list().forEach(row -> ivo.put(row.year(), row));
        return years.stream().map(y -> {
            IvoRow notified = ivo.getOrDefault(y, new IvoRow(y, 0, 0, 0, 0));
            return new LexSarahYear(y, sum(cells, c -> c.year() == y && c.kind().lexSarah()), found.getOrDefault(y, 0L),
                    notified.notified(), notified.byChair(), notified.closed(), notified.awaiting());
        }).toList();
    }

    private static long sum(List<Cell> cells, java.util.function.Predicate<Cell> which) {
        return cells.stream().filter(which).mapToLong(Cell::n).sum();
    }
}

package se.vaksam.deviation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.shared.AccessScope;

/**
 * The deviation list and statistics at scale: 1 000 000 deviations over five years in 30 units of three
 * operational areas, on an embedded PostgreSQL 17 migrated by Flyway, queried through the module's own
 * {@link Deviations} and {@link DeviationStatistics}. Not a unit test: {@code bench/deviations.sh} runs it
 * and prints p50/p95 per case; the numbers go to docs/benchmarks.md.
 */
public final class DeviationBenchmark {

    static final int ROWS = Integer.getInteger("rows", 1_000_000);
    static final int RUNS = Integer.getInteger("runs", 200);

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target/bench-deviation-pg");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "256MB").setServerConfig("work_mem", "32MB").start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            JdbcClient jdbc = JdbcClient.create(ds);
            long t0 = System.nanoTime();
            jdbc.sql("""
                    insert into deviation (case_number, kind, status, unit_id, area_unit_id, title, description, received_on,
                        reporter_kind, confidential, area_category_id, assigned_username, due_on, decided_on, assessment,
                        ivo_notified_on)
                    select 'B-' || g,
                           (array['EXTERNAL_COMPLAINT','EXTERNAL_SUGGESTION','STAFF_COMPLAINT','STAFF_SUGGESTION',
                                  'QUALITY','QUALITY','QUALITY','QUALITY','QUALITY','LEX_SARAH'])[1 + g % 10],
                           case when g % 7 = 0 then 'ASSIGNED' else 'CLOSED' end,
                           1000 + g % 30, 100 + (g % 30) / 10, 'Avvikelse ' || g, 'Beskrivning av händelsen ' || g,
                           date '2021-01-01' + (g % 1826), 'STAFF', g % 10 = 9, 1 + g % 7,
                           'user' || (g % 500), date '2021-01-01' + (g % 1826) + 30,
                           case when g % 10 = 9 and g % 3 = 0 then date '2021-01-01' + (g % 1826) + 40 end,
                           case when g % 10 = 9 and g % 3 = 0 then 'MALADMINISTRATION' end,
                           case when g % 10 = 9 and g % 97 = 0 then date '2021-01-01' + (g % 1826) + 45 end
                    from generate_series(1, :rows) g""").param("rows", ROWS).update();
            jdbc.sql("vacuum analyze deviation").update();
            System.out.printf("loaded %,d deviations in %.1f s%n", ROWS, (System.nanoTime() - t0) / 1e9);

            OrgQuery org = new StubOrg();
            Set<Long> section = Set.of(1005L);
            Set<Long> department = LongStream.range(1000, 1010).boxed().collect(Collectors.toSet());
            AccessScope admin = new AccessScope("admin", 1L, true, Set.of(), Set.of(), Set.of("SYSTEM_ADMINISTRATOR"));
            AccessScope sectionHead = new AccessScope("sek", 2L, false, section, section, Set.of("SECTION_HEAD"));
            AccessScope departmentHead = new AccessScope("avd", 3L, false, department, department, Set.of("DEPARTMENT_HEAD"));
            AccessScope quality = new AccessScope("kval", 4L, false, LongStream.range(1000, 1030).boxed()
                    .collect(Collectors.toSet()), Set.of(), Set.of("QUALITY_CONTROLLER"));
            AccessScope[] current = {admin};
            DeviationStore store = new DeviationStore(jdbc);
            Deviations deviations = new Deviations(store, new DeviationRules(), () -> current[0], org, event -> { },
                    java.time.Clock.systemDefaultZone());
            DeviationStatistics statistics = new DeviationStatistics(jdbc, () -> current[0], org, store);

            String deep = cursorAfterPages(deviations, 100);
            List<String> lines = new ArrayList<>();
            lines.add(time("list, administrator, first page", () -> current[0] = admin,
                    () -> deviations.list(ListFilter.none(), null)));
            lines.add(time("list, avdelningschef (10 units), first page", () -> current[0] = departmentHead,
                    () -> deviations.list(ListFilter.none(), null)));
            lines.add(time("list, sektionschef (1 unit), first page", () -> current[0] = sectionHead,
                    () -> deviations.list(ListFilter.none(), null)));
            lines.add(time("list, avdelningschef, kind=LEX_SARAH year=2024", () -> current[0] = departmentHead,
                    () -> deviations.list(new ListFilter(DeviationKind.LEX_SARAH, null, null, 2024), null)));
            lines.add(time("list, avdelningschef, status=ASSIGNED", () -> current[0] = departmentHead,
                    () -> deviations.list(new ListFilter(null, DeviationStatus.ASSIGNED, null, null), null)));
            lines.add(time("list, administrator, page 101 (keyset)", () -> current[0] = admin,
                    () -> deviations.list(ListFilter.none(), deep)));
            lines.add(time("statistics 2025 (3 years), administrator", () -> current[0] = admin,
                    () -> statistics.counts(2025)));
            lines.add(time("statistics 2025 (3 years), kvalitetscontroller (30 units)", () -> current[0] = quality,
                    () -> statistics.counts(2025)));
            System.out.println();
            System.out.println("| case | runs | p50 | p95 | max |");
            System.out.println("|---|---|---|---|---|");
            lines.forEach(System.out::println);
        }
    }

    private static String cursorAfterPages(Deviations deviations, int pages) {
        String cursor = null;
        for (int i = 0; i < pages; i++) {
            cursor = deviations.list(ListFilter.none(), cursor).next();
        }
        return cursor;
    }

    private static String time(String name, Runnable as, Supplier<?> work) {
        as.run();
        for (int i = 0; i < 20; i++) {
            work.get();
        }
        long[] ns = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            ns[i] = System.nanoTime() - start;
        }
        Arrays.sort(ns);
        return String.format("| %s | %d | %.1f ms | %.1f ms | %.1f ms |", name, RUNS, ns[RUNS / 2] / 1e6,
                ns[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, ns[RUNS - 1] / 1e6);
    }

    /** Three operational areas (100–102) with ten units each (1000–1029). */
    private static final class StubOrg implements OrgQuery {

        @Override
        public Optional<UnitView> unit(long unitId) {
            return Optional.of(new UnitView(unitId, "U" + unitId, (unitId < 1000 ? "Område " : "Enhet ") + unitId,
                    unitId < 1000 ? OrgUnitType.OPERATIONAL_AREA : OrgUnitType.SECTION, unitId < 1000 ? 10L : 100 + (unitId - 1000) / 10));
        }

        @Override
        public Optional<UnitView> unitByCode(String code) {
            return Optional.empty();
        }

        @Override
        public Set<Long> subtree(long unitId) {
            return Set.of(unitId);
        }

        @Override
        public List<UnitView> ancestors(long unitId) {
            return List.of(unit(unitId).orElseThrow());
        }

        @Override
        public List<PlacementView> placementsOf(String username, LocalDate day) {
            return List.of();
        }

        @Override
        public Optional<PersonView> person(String username) {
            return Optional.empty();
        }
        @Override
        public Map<Long, UnitView> units(java.util.Collection<Long> unitIds) {
            Map<Long, UnitView> units = new java.util.HashMap<>();
            unitIds.forEach(id -> units.put(id, unit(id).orElseThrow()));
            return units;
        }

        @Override
        public Map<Long, PersonView> people(java.util.Collection<Long> personIds) {
            return Map.of();
        }

        @Override
        public java.util.List<PersonView> searchPeople(String search, int limit) {
            return java.util.List.of();
        }

        @Override
        public Map<String, PersonView> peopleByUsername(java.util.Collection<String> usernames) {
            return Map.of();
        }

        @Override
        public List<PersonView> peopleWithRole(String role, long unitId, LocalDate day) {
            return List.of();
        }

        @Override
        public List<PersonView> nearestHeads(long unitId, LocalDate day) {
            return List.of();
        }

        @Override
        public List<PersonView> peopleIn(long unitId, LocalDate day) {
            return List.of();
        }
    }
}

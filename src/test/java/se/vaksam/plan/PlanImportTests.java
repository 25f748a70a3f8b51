package se.vaksam.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.history.HistoryQuery;
import se.vaksam.shared.HistoryImport;
import se.vaksam.shared.RecordChanged;

/**
 * The import of past internal-control plans and their improvement actions, called as the import module calls it:
 * rows by header, {@code check} listing every problem at once, {@code apply} writing in one go, idempotent by the
 * source ids, a changed row updating its record with history naming the file.
 */
@VaksamTest
class PlanImportTests {

    @Autowired
    List<HistoryImport> imports;
    @Autowired
    PlanQuery query;
    @Autowired
    HistoryQuery history;
    @Autowired
    JdbcClient jdbc;

    static final HistoryImport.Context FILE = new HistoryImport.Context("ikp-2006.xlsx", "ab12cd", "admin",
            Instant.parse("2026-12-03T09:00:00Z"));

    @BeforeEach
    void signIn() {
        PlanLifecycleTests.signInAs("admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    HistoryImport kind(String kind) {
        return imports.stream().filter(i -> i.kind().equals(kind)).findFirst().orElseThrow();
    }

    static Map<String, String> row(String... headerAndValue) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < headerAndValue.length; i += 2) {
            row.put(headerAndValue[i], headerAndValue[i + 1]);
        }
        return row;
    }

    static Map<String, String> item(int year, String sourceId, String... more) {
        Map<String, String> row = row("Nämnd", "ASN", "År", Integer.toString(year), "Planstatus", "Avslutad",
                "Antagen den", (year - 1) + "-12-12", "Paragraf", "§ 303", "Diarienummer", "ASN-" + (year - 1) + "-1",
                "Antagen av", "Arbetsmarknads- och socialnämnden", "Avslutad den", (year + 1) + "-02-19",
                "Käll-id", sourceId);
        row.putAll(row(more));
        return row;
    }

    List<Map<String, String>> plan2006() {
        return List.of(
                item(2006, "IKP12-1", "Typ", "Granskning", "Rubrik", "Granskning av attest", "Risk",
                        "Felaktig attestering", "Ansvarig enhet", "AMA-EB", "Ansvarig", "ama.avd.eb",
                        "Uppföljningsperiod", "Tertial 2", "Syfte", "Kontrollera attesten", "Resultat",
                        "Två av tio saknade attest", "Resultattabeller", "Stickprov\nÅr | Antal granskade\n2006 | 10",
                        "Rapporterad den", "2006-09-10"),
                item(2006, "IKP12-2", "Typ", "Direktåtgärd", "Rubrik", "Utbilda i inköpsrutinen", "Ansvarig enhet",
                        "ASF-STAB", "Uppföljningsperiod", "Årsuppföljningen", "Vad ska göras", "Utbilda chefer",
                        "Genomförda åtgärder", "Två utbildningstillfällen", "Status", "Genomförd"));
    }

    List<Map<String, String>> actions2006() {
        return List.of(row("Käll-id", "FA12-1", "Granskningens käll-id", "IKP12-1", "Rubrik",
                "Uppdatera attestrutinen", "Ansvarig enhet", "AMA-EB", "Ansvarig", "ama.avd.eb", "Klart senast",
                "2007-06-30", "Status", "Pågår", "Vid årsskiftet", "Följs upp nästa år", "Lägesrapporter",
                "2006-10-01: Utkast klart\n2006-12-01: Remiss till enheterna"),
                row("Käll-id", "FA12-2", "Granskningens käll-id", "IKP12-1", "Rubrik", "Granska attesten igen",
                        "Ansvarig enhet", "AMA-EB", "Status", "Ej påbörjad", "Vid årsskiftet",
                        "Föreslås till nästa plan", "Föreslås som", "Granskning", "Notering", "Förnyad granskning"));
    }

    long asn() {
        return jdbc.sql("select id from org_unit where code = 'ASN'").query(Long.class).single();
    }

    @Test
    void aClosedPlanWithItsResultsAndCarriedActionsComesInClosedWithItsDates() {
        HistoryImport plans = kind("internal-control-plans");
        HistoryImport actions = kind("improvement-actions");
        assertThat(plans.check(plan2006(), FILE)).isEmpty();
        assertThat(plans.apply(plan2006(), FILE)).isEqualTo(new HistoryImport.Outcome(2, 0, 0));
        assertThat(actions.check(actions2006(), FILE)).isEmpty();
        assertThat(actions.apply(actions2006(), FILE)).isEqualTo(new HistoryImport.Outcome(2, 0, 0));

        PlanQuery.PlanView plan = query.planOf(asn(), 2006).orElseThrow();
        assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(plan.decidedOn()).isEqualTo(LocalDate.of(2005, 12, 12));
        assertThat(plan.closedOn()).isEqualTo(LocalDate.of(2007, 2, 19));
        List<PlanQuery.ItemView> items = query.items(plan.id());
        assertThat(items).extracting(PlanQuery.ItemView::title)
                .containsExactlyInAnyOrder("Granskning av attest", "Utbilda i inköpsrutinen");
        PlanQuery.ItemView review = items.stream().filter(i -> i.kind() == ItemKind.REVIEW).findFirst().orElseThrow();
        assertThat(review.result()).isEqualTo("Två av tio saknade attest");
        assertThat(review.reportedAt().toLocalDate()).isEqualTo(LocalDate.of(2006, 9, 10));
        assertThat(review.tables()).singleElement().satisfies(t -> {
            assertThat(t.caption()).isEqualTo("Stickprov");
            assertThat(t.columns()).extracting(ResultTable.Column::numeric).containsExactly(true, true);
            assertThat(t.rows().get(0).get(1).display()).isEqualTo("10");
        });
        PlanQuery.ItemView action = items.stream().filter(i -> i.kind() == ItemKind.DIRECT_ACTION).findFirst()
                .orElseThrow();
        assertThat(action.actionStatus()).isEqualTo(ActionStatus.DONE);
        assertThat(action.reportedAt().toLocalDate()).isEqualTo(LocalDate.of(2006, 12, 31));

        assertThat(query.carriedIntoFollowUp(asn(), 2007)).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Uppdatera attestrutinen");
            assertThat(a.status()).isEqualTo(ImprovementStatus.IN_PROGRESS);
            assertThat(a.ownerUsername()).isEqualTo("ama.avd.eb");
            assertThat(a.notes()).extracting(PlanQuery.Note::text).containsExactly("Utkast klart",
                    "Remiss till enheterna");
            assertThat(a.writable()).isTrue();
        });
        assertThat(query.proposals(asn(), 2007)).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Granska attesten igen");
            assertThat(p.kind()).isEqualTo(ItemKind.REVIEW);
        });
        assertThat(history.historyOf("plan.item", Long.toString(review.id()))).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(RecordChanged.Action.IMPORTED.name());
            assertThat(e.username()).isEqualTo("admin");
            assertThat(e.reason()).contains("ikp-2006.xlsx", "ab12cd");
        });

        // the same file again changes nothing
        int version = query.plan(plan.id()).version();
        assertThat(plans.apply(plan2006(), FILE)).isEqualTo(new HistoryImport.Outcome(0, 0, 2));
        assertThat(actions.apply(actions2006(), FILE)).isEqualTo(new HistoryImport.Outcome(0, 0, 2));
        assertThat(query.plan(plan.id()).version()).isEqualTo(version);
        assertThat(query.proposals(asn(), 2007)).hasSize(1);
        assertThat(history.historyOf("plan.item", Long.toString(review.id()))).hasSize(1);

        // a changed row updates its record and says so in its history
        List<Map<String, String>> changed = new java.util.ArrayList<>(plan2006());
        Map<String, String> first = new LinkedHashMap<>(changed.get(0));
        first.put("Resultat", "Tre av tio saknade attest");
        changed.set(0, first);
        assertThat(plans.apply(changed, new HistoryImport.Context("ikp-2006-rättad.xlsx", "ef34", "admin",
                FILE.importedAt()))).isEqualTo(new HistoryImport.Outcome(0, 1, 1));
        assertThat(query.item(review.id()).result()).isEqualTo("Tre av tio saknade attest");
        assertThat(history.historyOf("plan.item", Long.toString(review.id()))).first().satisfies(e -> {
            assertThat(e.action()).isEqualTo(RecordChanged.Action.IMPORTED.name());
            assertThat(e.reason()).contains("ikp-2006-rättad.xlsx");
            assertThat(e.changes()).anySatisfy(c -> assertThat(c.after()).isEqualTo("Tre av tio saknade attest"));
        });
    }

    @Test
    void everyProblemOfTheFileIsNamedAtOnceWithRowColumnAndValue() {
        HistoryImport plans = kind("internal-control-plans");
        List<Map<String, String>> rows = List.of(
                item(2007, "IKP13-1", "Typ", "Granskning", "Rubrik", "Granskning", "Ansvarig enhet", "FINNS-EJ",
                        "Uppföljningsperiod", "Tertial 2"),
                item(2007, "IKP13-1", "Typ", "Direktåtgärd", "Rubrik", "Dubblett", "Ansvarig enhet", "AMA-EB",
                        "Uppföljningsperiod", "Tertial 9", "Resultat", "Hör till granskningar"),
                row("Nämnd", "ASN", "År", "2008", "Planstatus", "Avslutad", "Antagen den", "2007-12-12",
                        "Paragraf", "§ 1", "Diarienummer", "ASN-2007-1", "Antagen av", "ASN", "Avslutad den",
                        "2007-11-01", "Käll-id", "IKP14-1", "Typ", "Direktåtgärd", "Rubrik", "Åtgärd",
                        "Ansvarig enhet", "AMA-EB", "Uppföljningsperiod", "Tertial 1", "Status", "Klar"),
                row("Nämnd", "ASN", "År", "2026", "Planstatus", "Antagen", "Antagen den", "2025-12-11",
                        "Paragraf", "§ 303", "Diarienummer", "ASN-2025-1234", "Antagen av", "ASN", "Käll-id",
                        "IKP26-1", "Typ", "Direktåtgärd", "Rubrik", "Åtgärd", "Ansvarig enhet", "AMA-EB",
                        "Uppföljningsperiod", "Tertial 1"));
        List<HistoryImport.RowProblem> problems = plans.check(rows, FILE);
        assertThat(problems).extracting(p -> p.row() + " " + p.column() + " " + p.value() + " " + p.messageKey())
                .contains("2 Ansvarig enhet FINNS-EJ plan.import.error.unknownUnit",
                        "3 Uppföljningsperiod Tertial 9 plan.import.error.choice",
                        "3 Resultat Hör till granskningar plan.import.error.reviewOnly",
                        "4 Avslutad den 2007-11-01 plan.import.error.closedBeforeAdopted",
                        "4 Status Klar plan.import.error.choice",
                        "5 År 2026 plan.import.error.notImported");
        assertThat(kind("improvement-actions").check(List.of(row("Käll-id", "FA-X", "Granskningens käll-id",
                "FINNS-INTE", "Rubrik", "x", "Ansvarig enhet", "AMA-EB", "Status", "Pågår")), FILE))
                .extracting(HistoryImport.RowProblem::messageKey).containsExactly("plan.import.error.unknownItem");
        assertThat(query.planOf(asn(), 2007)).isEmpty();
    }
}

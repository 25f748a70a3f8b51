package se.vaksam.deviation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.deviation.DeviationStore.NewDeviation;
import se.vaksam.org.DemoOrganisationLoaded;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.DemoMode;

/**
 * Demo mode only: where the public e-service sends complaints (the three operational areas and the
 * förvaltning), a handful of deviations of each kind — one lex Sarah report under investigation — and
 * a few entries in the registers of risk analyses and self-inspections, in the words of reference/004.
 */
@Component
class DemoDeviations {

    private final DeviationStore store;
    private final OrgQuery org;
    private final Environment env;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    DemoDeviations(DeviationStore store, OrgQuery org, Environment env, Clock clock,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.store = store;
        this.org = org;
        this.env = env;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(120)
    @Transactional
    void on(DemoOrganisationLoaded loaded) {
        if (!DemoMode.isEnabled(env)) {
            return;
        }
        int position = 0;
        for (var entry : Map.of("IFO", "Individ och familj (till exempel barn och unga, vuxna)",
                "AMA", "Arbetsmarknad, ekonomiskt bistånd och boende",
                "BTS", "Boende, tillsyn och service").entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            store.addPublicUnit(unit(entry.getKey()), entry.getValue(), position++);
        }
        store.addPublicUnit(unit("ASF"), "Jag vet inte", position);
        LocalDate today = LocalDate.now(clock);
        Long dok = category(CategoryList.AREA, "DOKUMENTATION");
        Long bem = category(CategoryList.AREA, "BEMOTANDE");
        Long sam = category(CategoryList.AREA, "SAMORDNING");
        Long sek = category(CategoryList.AREA, "SEKRETESS");
        insert(DeviationKind.EXTERNAL_COMPLAINT, "IFO-BU-MOT-1", "Ingen återkoppling efter orosanmälan",
                "Jag gjorde en orosanmälan för tre veckor sedan och har inte fått någon återkoppling.",
                today.minusDays(3), ReporterKind.RELATIVE, null, null, bem, Map.of());
        insert(DeviationKind.EXTERNAL_SUGGESTION, "AMA-EB-NORR-1", "Längre telefontider",
                "Det vore bra om man kunde ringa även på eftermiddagen.", today.minusDays(10), ReporterKind.USER, null,
                null, null, Map.of());
        insert(DeviationKind.STAFF_COMPLAINT, "BTS-BO-BOS-1", "Överlämning mellan sektioner fungerar inte",
                "Ärenden som lämnas över saknar ofta aktuell planering.", today.minusDays(20), ReporterKind.STAFF,
                "bts.med1", "bts.sek.bos1", sam, Map.of("status", "ASSIGNED", "due_on", today.plusDays(10)));
        insert(DeviationKind.QUALITY, "IFO-BU-MOT-1", "Förhandsbedömning inte klar inom 14 dagar",
                "Förhandsbedömningen i ett ärende blev klar efter 19 dagar på grund av frånvaro.", today.minusDays(40),
                ReporterKind.STAFF, "ifo.soc1", "ifo.sek.mot1", dok, Map.of("status", "INVESTIGATED",
                        "investigation", "Ärendet fördelades inte vidare under handläggarens frånvaro.",
                        "investigated_by", "ifo.sek.mot1", "investigated_on", today.minusDays(30),
                        "due_on", today.minusDays(2)));
        insert(DeviationKind.QUALITY, "AMA-EB-NORR-1", "Handling skickad till fel mottagare",
                "Ett beslut skickades till fel adress.", today.minusDays(90), ReporterKind.STAFF, "ama.hand1",
                "ama.sek.norr1", sek, Map.of("status", "CLOSED", "investigation", "Adressen var inte uppdaterad.",
                        "investigated_by", "ama.sek.norr1", "investigated_on", today.minusDays(80),
                        "measures", "Rutinen för kontroll av adress påmind på arbetsplatsträff.",
                        "outcome", "Åtgärdat.", "closed_on", today.minusDays(60)));
        // documentation recurs in all three operational areas: the pattern the quality network annotates
        insert(DeviationKind.QUALITY, "AMA-EB-NORR-1", "Journalanteckning saknades efter hembesök",
                "Anteckningen från ett hembesök fördes inte in i journalen.", today.minusDays(25), ReporterKind.STAFF,
                "ama.hand1", null, dok, Map.of());
        insert(DeviationKind.STAFF_COMPLAINT, "BTS-BO-BOS-1", "Genomförandeplan upprättades inte i tid",
                "Genomförandeplanen för en nyinflyttad brukare var inte klar efter sex veckor.", today.minusDays(15),
                ReporterKind.STAFF, "bts.med1", null, dok, Map.of());
        Map<String, Object> lex = new LinkedHashMap<>();
        lex.put("status", "INVESTIGATING");
        lex.put("immediate_action", "Barnet och vårdnadshavarna kontaktades samma dag; ärendet fick ny handläggare.");
        lex.put("immediate_action_by", "ifo.sek.mot2");
        lex.put("immediate_action_on", today.minusDays(11));
        lex.put("investigated_by", "lexsarah");
        lex.put("due_on", today.plusDays(45));
        insert(DeviationKind.LEX_SARAH, "IFO-BU-MOT-2", "Orosanmälan hanterades inte",
                "En orosanmälan om ett barn registrerades inte och ingen förhandsbedömning gjordes.",
                today.minusDays(12), ReporterKind.STAFF, "ifo.soc2", "ifo.sek.mot2", sam, lex);
        long ifo = unit("IFO-BU-MOT");
        int year = today.getYear();
        jdbc.sql("""
                insert into sosfs_risk_analysis (year, unit_id, area_unit_id, analysis, place, improvement_actions, processes_improved)
                values (?, ?, ?, 'Riskanalys inför flytt av mottagningens lokaler.', 'Mottagningsenheten barn och unga',
                        'Inga åtgärder. De nya lokalerna möter verksamhetens behov.', null)""")
                .params(year, ifo, unit("IFO")).update();
        jdbc.sql("""
                insert into self_inspection (year, unit_id, area_unit_id, inspection, place, result, improvement_actions, processes_improved)
                values (?, ?, ?, 'Logguppföljning i Journal Digital enligt rutin.', 'Mottagningsenheten barn och unga: samtliga sektioner',
                        'Inga anmärkningar.', null, null)""")
                .params(year, ifo, unit("IFO")).update();
        jdbc.sql("""
                insert into self_inspection (year, unit_id, area_unit_id, inspection, place, result, improvement_actions, processes_improved)
                values (?, ?, ?, 'Kontroll av utbetalningar av ekonomiskt bistånd, stickprov 10 procent.', 'Enheten ekonomiskt bistånd norr',
                        'Vissa brister har konstaterats.', 'Påminnelse om rutin för attest.', 'Rutin för utbetalning')""")
                .params(year, unit("AMA-EB-NORR"), unit("AMA")).update();
    }

    private void insert(DeviationKind kind, String unitCode, String title, String description, LocalDate received,
            ReporterKind who, String reportedBy, String assigned, Long category, Map<String, Object> steps) {
        long unitId = unit(unitCode);
        Long area = org.ancestors(unitId).stream().filter(u -> u.type() == se.vaksam.org.OrgUnitType.OPERATIONAL_AREA)
                .map(OrgQuery.UnitView::id).findFirst().orElse(null);
        long id = store.insert(new NewDeviation(kind, unitId, area, title, description, received.minusDays(1), received,
                who, null, null, reportedBy, null, kind.lexSarah(), category, assigned, received.plusDays(14), null))
                .orElseThrow();
        if (!steps.isEmpty()) {
            store.update(id, 0, steps);
        }
    }

    private long unit(String code) {
        return org.unitByCode(code).orElseThrow().id();
    }

    private Long category(CategoryList list, String code) {
        return store.categories().stream().filter(c -> c.list() == list && c.code().equals(code)).findFirst()
                .map(Category::id).orElse(null);
    }
}

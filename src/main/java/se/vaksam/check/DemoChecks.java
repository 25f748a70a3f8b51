package se.vaksam.check;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.DemoOrganisationLoaded;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.DemoMode;

/**
 * Demo mode only: the mottagning's child-welfare investigations January–June 2025 and 2026 as a population, a
 * 10 % sample of it, and the förvaltning's recurring duties on the annual wheel, entered as the coordinator
 * would (after the demo plan).
 */
@Component
class DemoChecks {

    private final Populations populations;
    private final Samples samples;
    private final Duties duties;
    private final OrgQuery org;
    private final Environment env;

    DemoChecks(Populations populations, Samples samples, Duties duties, OrgQuery org, Environment env) {
        this.populations = populations;
        this.samples = samples;
        this.duties = duties;
        this.org = org;
        this.env = env;
    }

    @EventListener
    @Order(300)
    @Transactional
    void on(DemoOrganisationLoaded loaded) {
        if (!DemoMode.isEnabled(env) || !loaded.usernames().contains("ik.samordnare")) {
            return;
        }
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext demo = SecurityContextHolder.createEmptyContext();
        demo.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("ik.samordnare", null, List.of()));
        SecurityContextHolder.setContext(demo);
        try {
            seed();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private long unit(String code) {
        return org.unitByCode(code).orElseThrow().id();
    }

    private void seed() {
        Populations.ImportResult imported = populations.importFile("Barnavårdsutredningar jan–jun 2025–2026",
                unit("IFO-BU-MOT"), FileTable.read("barnavardsutredningar.csv", investigations()),
                new ColumnMapping("ärende", "sektion", null, "inledd", "avslutad", "förlängd", null, null));
        samples.draw(imported.populationId(), SampleMethod.PERCENT, 10, true, 20260115L);

        long asf = unit("ASF");
        duties.create(new Duties.DutyDraft("Information om tystnadsplikt och sekretess till alla medarbetare",
                DutyRule.YEARLY, 31, 1, 0, "EMPLOYEE", asf, false));
        duties.create(new Duties.DutyDraft("Information om lex Sarah och rapporteringsskyldigheten",
                DutyRule.YEARLY, 28, 2, 0, "EMPLOYEE", asf, false));
        duties.create(new Duties.DutyDraft("Systematisk logguppföljning: 10 % av användarna", DutyRule.MONTHLY, 10,
                null, 0, "SECTION_HEAD", asf, false));
        duties.create(new Duties.DutyDraft("Tertialrapportering av internkontrollplanen", DutyRule.BEFORE_TERTIAL, 1,
                null, 14, "UNIT_HEAD", asf, false));
        duties.create(new Duties.DutyDraft("Egenkontroll: dokumentation i barnavårdsutredningar", DutyRule.YEARLY, 15,
                10, 0, "SECTION_HEAD", unit("IFO-BU-MOT"), true));
    }

    /** 240 investigations, started January–June of 2025 and 2026, completed mostly within four months. */
    private static byte[] investigations() {
        SplittableRandom random = new SplittableRandom(2026);
        StringBuilder csv = new StringBuilder("ärende;sektion;inledd;avslutad;förlängd\n");
        int n = 0;
        for (int year = 2025; year <= 2026; year++) {
            for (int month = 1; month <= 6; month++) {
                for (int i = 0; i < 20; i++) {
                    n++;
                    java.time.LocalDate started = java.time.LocalDate.of(year, month, 1 + random.nextInt(28));
                    int days = 40 + random.nextInt(year == 2025 ? 120 : 100);
                    boolean extended = random.nextInt(10) == 0;
                    csv.append(String.format("BU-%d-%04d;%s;%s;%s;%s\n", year, n,
                            i % 2 == 0 ? "Sektion mottagning 1" : "Sektion mottagning 2", started,
                            started.plusDays(days), extended ? started.plusMonths(3) : ""));
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}

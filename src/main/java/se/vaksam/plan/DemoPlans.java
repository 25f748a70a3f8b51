package se.vaksam.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.DemoOrganisationLoaded;
import se.vaksam.org.OrgQuery;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.DemoMode;
import se.vaksam.shared.Period;

/**
 * Demo mode only: the committee's (ASN) adopted internal-control plan for the clock's year (2026 on the test
 * clock), built from last year's risk analysis, entered as the coordinator would (after the risk module's demo risks, see its listener order).
 */
@Component
class DemoPlans {

    private final PlanManagement plans;
    private final PlanQuery query;
    private final RiskQuery risks;
    private final OrgQuery org;
    private final Environment env;
    private final Clock clock;

    DemoPlans(PlanManagement plans, PlanQuery query, RiskQuery risks, OrgQuery org, Environment env, Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.query = query;
        this.risks = risks;
        this.org = org;
        this.env = env;
    }

    @EventListener
    @Order(200)
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

    private void seed() {
        long asn = unit("ASN");
        // The plan of the clock's year, adopted the December before.
        int year = LocalDate.now(clock).getYear();
        long plan = plans.createPlan(asn, year);
        for (PlanQuery.Candidate c : query.candidates(plan)) {
            ItemDraft draft = switch (c.title()) {
                case "Inköpsrutinen följs inte" -> ItemDraft.directAction(c.riskId(), "Implementera inköpsrutinen",
                        unit("ASF-STAB"), "planering", Period.T1,
                        "Informera beställare om inköpsrutinen och följ upp avsteg från avtal.");
                case "Personuppgifter röjs" -> ItemDraft.directAction(c.riskId(),
                        "Översyn av rutin för personuppgiftsincidenter", unit("ASF"), "jurist", Period.T2,
                        "Se över rutinen för personuppgiftsincidenter och informera cheferna.");
                case "Felaktig attestering av ekonomiskt bistånd" -> ItemDraft.review(c.riskId(),
                        "Attest vid utbetalning av ekonomiskt bistånd", unit("AMA-EB"), "ama.avd.eb", Period.T2,
                        ReviewKind.NAMNDENS, "Rutin för attest av utbetalningar av ekonomiskt bistånd.",
                        "Att säkerställa att utbetalningar attesteras enligt delegationsordningen.",
                        "Utbetalningar under januari–april " + year + ".", "Stickprov om 20 utbetalningar i verksamhetssystemet.",
                        "ik.samordnare");
                default -> null;
            };
            if (draft != null) {
                plans.addItem(plan, draft, null);
            }
        }
        RiskQuery.RiskView utredning = risks.risks(RiskQuery.RiskFilter.none()).stream()
                .filter(r -> r.title().equals("Utredningstider i barnavårdsutredningar")).findFirst().orElse(null);
        plans.addItem(plan, ItemDraft.review(utredning == null ? null : utredning.id(),
                "Utredningstider i barnavårdsutredningar", unit("IFO-BU-MOT-1"), "ifo.sek.mot1", Period.T1,
                ReviewKind.NAMNDENS, "Utredningar enligt 11 kap. 1 § SoL.",
                "Att säkerställa att utredningar avslutas inom fyra månader.",
                "Utredningar avslutade under januari–april " + year + ".", "Registeruttag och stickprov om 15 akter.",
                "ik.samordnare"), null);
        plans.adopt(plan, new Adoption(LocalDate.of(year - 1, 12, 11), "§ 303", "ASN-" + (year - 1) + "-1234",
                "Arbetsmarknads- och socialnämnden"), query.plan(plan).version());
    }

    private long unit(String code) {
        return org.unitByCode(code).orElseThrow().id();
    }
}

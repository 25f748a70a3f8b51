package se.vaksam.governance;

import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import se.vaksam.org.DemoOrganisationLoaded;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.DemoMode;

/**
 * Demo data (only in demo mode): a handful of Arbetsmarknads- och socialförvaltningen's governing
 * documents, one of them — the routine for systematic log follow-up — past its revision date.
 */
@Component
class DemoGoverningDocuments {

    private final DocumentStore store;
    private final OrgQuery org;
    private final Environment env;

    DemoGoverningDocuments(DocumentStore store, OrgQuery org, Environment env) {
        this.store = store;
        this.org = org;
        this.env = env;
    }

    @EventListener
    void on(DemoOrganisationLoaded loaded) {
        if (!DemoMode.isEnabled(env)) {
            return;
        }
        add("ASF", new DocumentDraft(null, "Rutin för systematisk logguppföljning", DocumentKind.ROUTINE,
                "kval.controller", "Förvaltningsdirektören", LocalDate.of(2023, 5, 2), "ASF-2023-4410",
                LocalDate.of(2023, 6, 1), 24, LocalDate.of(2025, 5, 31), ImplementationStatus.IMPLEMENTED,
                "https://intranat.malmo.se/styrdokument/logguppfoljning"));
        add("ASN", new DocumentDraft(null,
                "Riktlinjer för handläggning av försörjningsstöd och ekonomiskt bistånd för livsföring i övrigt",
                DocumentKind.GUIDELINE, "ama.avd.eb", "Arbetsmarknads- och socialnämnden", LocalDate.of(2020, 6, 17),
                "ASN-2020-5812", LocalDate.of(2020, 9, 1), 36, LocalDate.of(2027, 6, 30),
                ImplementationStatus.IMPLEMENTED, "https://intranat.malmo.se/styrdokument/riktlinjer-ekonomiskt-bistand"));
        add("ASN", new DocumentDraft(null, "Riktlinjer för ekonomisk styrning", DocumentKind.GUIDELINE, "controller",
                "Arbetsmarknads- och socialnämnden", LocalDate.of(2020, 9, 23), "ASN-2020-9301",
                LocalDate.of(2020, 10, 1), 48, LocalDate.of(2028, 9, 30), ImplementationStatus.IMPLEMENTED, null));
        add("AMA-EB", new DocumentDraft(null, "Kärnprocess nybesök ekonomiskt bistånd", DocumentKind.CORE_PROCESS,
                "ama.avd.eb", "Avdelningschef ekonomiskt bistånd", LocalDate.of(2025, 3, 14), null,
                LocalDate.of(2025, 4, 1), 12, LocalDate.of(2027, 3, 31), ImplementationStatus.IN_PROGRESS, null));
        add("AMA-EB", new DocumentDraft(null, "Rutin för återkrav", DocumentKind.ROUTINE, "ama.enh.norr",
                "Avdelningschef ekonomiskt bistånd", LocalDate.of(2026, 1, 20), null, LocalDate.of(2026, 2, 1), 24,
                null, ImplementationStatus.IN_PROGRESS, null));
        add("ASF", new DocumentDraft(null, "Anvisning för attest och utanordning", DocumentKind.INSTRUCTION,
                "controller", "Ekonomichefen", LocalDate.of(2025, 11, 5), "ASF-2025-12007", LocalDate.of(2026, 1, 1), 12,
                null, ImplementationStatus.NOT_STARTED, null));
    }

    private void add(String unitCode, DocumentDraft d) {
        org.unitByCode(unitCode).ifPresent(unit -> {
            DocumentDraft draft = new DocumentDraft(unit.id(), d.title(), d.kind(), d.ownerUsername(), d.decidedBy(),
                    d.decidedOn(), d.diaryNumber(), d.validFrom(), d.revisionMonths(), d.nextRevision(),
                    d.implementationStatus(), d.link());
            store.insert(draft, org.person(d.ownerUsername()).map(OrgQuery.PersonView::id).orElse(null));
        });
    }
}

package se.vaksam.deviation;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.risk.Origin;
import se.vaksam.risk.RiskDraft;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.RecordChanged;
import se.vaksam.shared.Versions;

/**
 * The pattern summary (mönster): the quality network's note on a category in a year, and "propose as
 * risk", which registers the pattern as a risk of origin {@link Origin#DEVIATIONS} in the risk
 * register of the förvaltning, linked back to the pattern ({@code deviation.pattern}), so that next
 * year's risk analysis takes it up. History {@code deviation.pattern}.
 */
@Service
@Transactional
public class DeviationPatterns {

    static final String RECORD = "deviation.pattern";

    private final JdbcClient jdbc;
    private final Access access;
    private final DeviationRules rules;
    private final RiskManagement riskManagement;
    private final RiskQuery risks;
    private final OrgQuery org;
    private final ApplicationEventPublisher events;
    private final DeviationStatistics statistics;

    DeviationPatterns(JdbcClient jdbc, Access access, DeviationRules rules, RiskManagement riskManagement,
            RiskQuery risks, OrgQuery org, ApplicationEventPublisher events, DeviationStatistics statistics) {
        this.statistics = statistics;
        this.jdbc = jdbc;
        this.access = access;
        this.rules = rules;
        this.riskManagement = riskManagement;
        this.risks = risks;
        this.org = org;
        this.events = events;
    }

    /** The note on one category in one year. */
    public record Pattern(long id, int year, long categoryId, String annotation, Long proposedRiskId,
            String proposedBy, int version) {
    }

    @Transactional(readOnly = true)
    public List<Pattern> of(int year) {
        return jdbc.sql("select * from deviation_pattern where year = ? order by id").param(year).query(Pattern.class).list();
    }

    public void annotate(int year, long categoryId, String text, int seenVersion) {
        requireQualityNetwork();
        String note = DeviationManagement.optional(text, "annotation", 4000);
        Pattern p = ensure(year, categoryId);
        Versions.checked(jdbc.sql("update deviation_pattern set annotation = ?, version = version + 1 where id = ? and version = ?")
                .params(note, p.id(), seenVersion).update(), jdbc, "deviation_pattern", p.id(), seenVersion);
        events.publishEvent(new RecordChanged(RECORD, Long.toString(p.id()), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("annotation", p.annotation(), note).toList(), null));
    }

    /**
     * Proposes the pattern as a risk for next year's analysis: a risk in the förvaltning above the
     * deviations' operational areas, origin DEVIATIONS, linked to the pattern, and proposed through
     * {@link RiskManagement#propose} for the risk analyses of {@code year + 1} with the pattern (year,
     * category, counts per operational area, the note) as what the proposal is based on. Once only.
     */
    public long proposeAsRisk(int year, long categoryId, String categoryName, long administrationUnitId) {
        requireQualityNetwork();
        Pattern p = ensure(year, categoryId);
        if (p.proposedRiskId() != null) {
            throw new DomainException("deviation.pattern.error.alreadyProposed");
        }
        long riskCategory = risks.categories().stream().filter(c -> c.code().equals("VERKSAMHET")).findFirst()
                .or(() -> risks.categories().stream().findFirst()).map(RiskQuery.Category::id)
                .orElseThrow(() -> new DomainException("deviation.pattern.error.noRiskCategory"));
        String note = p.annotation() == null ? "" : " " + p.annotation();
        long riskId = riskManagement.createRisk(new RiskDraft(
                "Återkommande avvikelser: " + categoryName + " (" + year + ")",
                "brister inom " + categoryName.toLowerCase() + " upprepas i flera verksamhetsområden",
                "mönster i avvikelserna " + year + " som återkommer i alla verksamhetsområden." + note,
                "brukare inte får det stöd och den rättssäkerhet de har rätt till",
                riskCategory, administrationUnitId, null, Origin.DEVIATIONS, 12));
        riskManagement.link(riskId, RECORD, Long.toString(p.id()));
        riskManagement.propose(riskId, year + 1, basis(year, categoryId, categoryName, p.annotation()));
        jdbc.sql("update deviation_pattern set proposed_risk_id = ?, proposed_by = ?, version = version + 1 where id = ?")
                .params(riskId, access.current().username(), p.id()).update();
        events.publishEvent(new RecordChanged(RECORD, Long.toString(p.id()), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("proposedRisk", null, riskId).toList(), null));
        return riskId;
    }

    /** What the proposal is based on, in the words of the risk analysis: year, category and counts. */
    String basis(int year, long categoryId, String categoryName, String annotation) {
        DeviationStatistics.Counts counts = statistics.counts(year);
        List<DeviationStatistics.Area> areas = counts.areas().stream().filter(a -> a.id() != null).toList();
        StringBuilder text = new StringBuilder("Mönster i avvikelserna " + year + ", kategori " + categoryName);
        counts.categories().stream().filter(c -> c.category().id() == categoryId).findFirst().ifPresent(c -> {
            long in = 0;
            StringBuilder perArea = new StringBuilder();
            for (int i = 0; i < counts.areas().size(); i++) {
                DeviationStatistics.Area area = counts.areas().get(i);
                long n = c.perArea().get(i);
                if (area.id() != null && n > 0) {
                    in++;
                    perArea.append(perArea.isEmpty() ? "" : ", ").append(area.name()).append(' ').append(n);
                }
            }
            text.append(": ").append(c.total()).append(" avvikelser i ").append(in).append(" av ").append(areas.size())
                    .append(" verksamhetsområden");
            if (!perArea.isEmpty()) {
                text.append(" (").append(perArea).append(')');
            }
        });
        text.append('.');
        if (annotation != null && !annotation.isBlank()) {
            text.append(" Kvalitetsnätverkets anteckning: ").append(annotation.strip());
        }
        return text.length() > 1000 ? text.substring(0, 999) + "…" : text.toString();
    }

    /** The förvaltning (administration) above an operational area, where a proposed risk belongs. */
    public Optional<Long> administrationAbove(long areaUnitId) {
        return org.ancestors(areaUnitId).stream().filter(u -> u.type() == se.vaksam.org.OrgUnitType.ADMINISTRATION)
                .map(OrgQuery.UnitView::id).findFirst();
    }

    public boolean mayAnnotate() {
        return rules.qualityAdministrator(access.current());
    }

    private void requireQualityNetwork() {
        if (!mayAnnotate()) {
            throw new ForbiddenException();
        }
    }

    private Pattern ensure(int year, long categoryId) {
        jdbc.sql("insert into deviation_pattern (year, category_id) values (?, ?) on conflict do nothing")
                .params(year, categoryId).update();
        return jdbc.sql("select * from deviation_pattern where year = ? and category_id = ?").params(year, categoryId)
                .query(Pattern.class).single();
    }
}

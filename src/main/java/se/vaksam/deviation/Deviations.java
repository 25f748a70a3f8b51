package se.vaksam.deviation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.ConfidentialRecordRead;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;

/**
 * How pages and the API read deviations. The list holds the deviations of the units the person may
 * read, newest first, in pages with a keyset cursor; a confidential deviation the person may not open
 * shows there without its title. Opening a confidential deviation is logged ({@link ConfidentialRecordRead}).
 */
@Service
@Transactional(readOnly = true)
public class Deviations {

    public static final int PAGE_SIZE = 50;

    private final DeviationStore store;
    private final DeviationRules rules;
    private final Access access;
    private final OrgQuery org;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Deviations(DeviationStore store, DeviationRules rules, Access access, OrgQuery org,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.access = access;
        this.org = org;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A row of the list; {@code title} is null when the person may not open the deviation;
     * {@code chairDecision}: decided by the ordförande (shown as ordförandebeslut) — only to those who may open it.
     */
    @Schema(name = "DeviationRow")
    public record Row(long id, String caseNumber, DeviationKind kind, DeviationStatus status, long unitId,
            String unitName, String title, LocalDate receivedOn, LocalDate dueOn, boolean overdue,
            boolean confidential, boolean openable, boolean chairDecision) {
    }

    /** One page of rows and the cursor of the next page (null on the last page). */
    public record Page(List<Row> rows, String next) {
    }

    /** A link from a deviation to another module's record or a governing document. */
    @Schema(name = "DeviationLink")
    public record Link(String recordType, String recordId) {
    }

    /** A deviation as its page shows it: the record, the steps this person may take, its links. */
    public record View(DeviationRecord record, String unitName, List<Step> steps, List<Link> links, Long daysToIvo,
            boolean linkable) {
    }

    /** People's names by username, for a case page (the reporter, the handler, who took each step): one query. */
    public Map<String, String> namesOf(java.util.Collection<String> usernames) {
        Map<String, String> names = new java.util.HashMap<>();
        org.peopleByUsername(usernames).forEach((username, person) -> names.put(username, person.fullName()));
        return names;
    }

    public Page list(ListFilter filter, String cursor) {
        AccessScope scope = access.current();
        LocalDate afterDate = null;
        Long afterId = null;
        if (cursor != null && cursor.matches("\\d{4}-\\d{2}-\\d{2}_\\d+")) {
            afterDate = LocalDate.parse(cursor.substring(0, 10));
            afterId = Long.valueOf(cursor.substring(11));
        }
        List<DeviationRecord> found = store.page(filter, scope.readableUnitIds(), scope.administrator(),
                scope.username(), afterDate, afterId, PAGE_SIZE + 1);
        boolean more = found.size() > PAGE_SIZE;
        List<DeviationRecord> page = more ? found.subList(0, PAGE_SIZE) : found;
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> names = new HashMap<>();
        List<Row> rows = page.stream().map(d -> {
            boolean openable = rules.mayOpen(scope, d);
            return new Row(d.id(), d.caseNumber(), d.kind(), d.status(), d.unitId(),
                    names.computeIfAbsent(d.unitId(), this::unitName), openable ? d.title() : null, d.receivedOn(),
                    d.dueOn(), d.overdue(today), d.confidential(), openable,
                    openable && d.decisionBody() == DecisionBody.CHAIR);
        }).toList();
        DeviationRecord last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page(rows, more ? last.receivedOn() + "_" + last.id() : null);
    }

    /** Opens one deviation: refused unless the person may; a confidential one leaves a row in the access log. */
    public DeviationRecord open(long id) {
        DeviationRecord d = store.find(id).orElseThrow(() -> new NotFoundException("deviation.notFound"));
        AccessScope scope = access.current();
        if (!rules.mayOpen(scope, d)) {
            throw new ForbiddenException();
        }
        if (d.confidential()) {
            events.publishEvent(new ConfidentialRecordRead(DeviationManagement.RECORD, Long.toString(id)));
        }
        return d;
    }

    /** Whether the signed-in person may open the deviation (asking leaves no trace in the access log). */
    public boolean mayOpen(long id) {
        return store.find(id).map(d -> rules.mayOpen(access.current(), d)).orElse(false);
    }

    /** The case number, for a receipt to the person who reported (who may not be allowed to open it). */
    public String caseNumber(long id) {
        return store.find(id).map(DeviationRecord::caseNumber).orElseThrow(() -> new NotFoundException("deviation.notFound"));
    }

    public View view(long id) {
        DeviationRecord d = open(id);
        AccessScope scope = access.current();
        List<Step> steps = Workflow.next(d.kind(), d.status(), d.serious(), d.assessment() != null).stream()
                .filter(step -> rules.mayTake(scope, d, step)).toList();
        boolean linkable = linkable(scope, d);
        return new View(d, unitName(d.unitId()), steps, store.links(id), d.daysToIvo(LocalDate.now(clock)), linkable);
    }

    /**
     * Whether the signed-in person may link other records to the deviation (risks, plan items, governing
     * documents) or remove such links: its unit's managers, the quality function and the assignee, among
     * those who may open it. For other modules (governance asks before linking a document). 404 when it
     * does not exist, 403 when the person may not open it; asking leaves no trace in the access log.
     */
    public boolean mayLink(long id) {
        DeviationRecord d = store.find(id).orElseThrow(() -> new NotFoundException("deviation.notFound"));
        AccessScope scope = access.current();
        if (!rules.mayOpen(scope, d)) {
            throw new ForbiddenException();
        }
        return linkable(scope, d);
    }

    static boolean linkable(AccessScope scope, DeviationRecord d, DeviationRules rules) {
        return rules.manager(scope, d.unitId()) || rules.quality(scope, d.unitId())
                || scope.username().equals(d.assignedUsername());
    }

    private boolean linkable(AccessScope scope, DeviationRecord d) {
        return linkable(scope, d, rules);
    }

    public List<Category> categories() {
        return store.categories();
    }

    /** Where the public e-service lets a person direct a complaint. */
    public List<PublicUnit> publicUnits() {
        return store.publicUnits().stream().map(u -> new PublicUnit(u.unitId(), u.label())).toList();
    }

    /** A choice in the public e-service. */
    public record PublicUnit(long unitId, String label) {
    }

    /** The receipt of a public submission, found by its one-time token (which only the sender has). */
    public java.util.Optional<String> caseNumberOfSubmission(String token) {
        if (token == null || token.isBlank()) {
            return java.util.Optional.empty();
        }
        return store.findByToken(token).map(DeviationRecord::caseNumber);
    }

    String unitName(long unitId) {
        return org.unit(unitId).map(OrgQuery.UnitView::name).orElse("–");
    }
}

package se.vaksam.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import se.vaksam.org.DemoOrganisationLoaded;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.DemoMode;

/**
 * Demo data (only in demo mode): stadsrevisionen's review SR-2019-82 of ekonomiskt bistånd with its six
 * sub-areas and recommendations, and Arbetsmarknads- och socialnämnden's yttrande of 2020-12-23 (reference 001).
 */
@Component
class DemoAudit {

    static final String FIXTURE = "demo/audit/sr-2019-82.json";

    /** The review, the answers per sub-area in order, and the response: the fixture's shape. */
    record Fixture(ReviewDraft review, List<AnswerDraft> answers, ResponseDraft response) {
    }

    private final AuditStore store;
    private final OrgQuery org;
    private final Environment env;
    private final JsonMapper json;

    DemoAudit(AuditStore store, OrgQuery org, Environment env, JsonMapper json) {
        this.store = store;
        this.org = org;
        this.env = env;
        this.json = json;
    }

    @EventListener
    void on(DemoOrganisationLoaded loaded) {
        if (!DemoMode.isEnabled(env)) {
            return;
        }
        org.unitByCode("ASN").ifPresent(committee -> {
            Fixture f = fixture();
            ReviewDraft r = f.review();
            long reviewId = store.insertReview(new ReviewDraft(committee.id(), r.number(), r.title(), r.auditors(),
                    r.reviewedOn(), r.overallJudgement(), null));
            r.areas().forEach(area -> store.insertArea(reviewId, area));
            List<AuditStore.AreaRow> areas = store.areas(reviewId);
            for (int i = 0; i < areas.size() && i < f.answers().size(); i++) {
                store.answer(areas.get(i).id(), f.answers().get(i), 0);
            }
            store.insertResponse(reviewId, f.response());
            store.recommendations(areas.get(0).id()).forEach(rec ->
                    store.setStatus(rec.id(), RecommendationStatus.IN_PROGRESS, null, rec.version()));
            org.person("controller").ifPresent(p -> store.assign(areas.get(4).id(), p.id(), p.username()));
        });
    }

    Fixture fixture() {
        try (InputStream in = new ClassPathResource(FIXTURE).getInputStream()) {
            return json.readValue(in, Fixture.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

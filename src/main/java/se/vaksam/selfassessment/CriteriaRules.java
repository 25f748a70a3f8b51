package se.vaksam.selfassessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.vaksam.shared.DomainException;

/** What an edited criteria set must look like, and how its criteria keep their codes. */
final class CriteriaRules {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 1000;

    private CriteriaRules() {
    }

    static void check(List<CriteriaSet.Area> areas) {
        if (areas.isEmpty()) {
            throw new DomainException("selfassessment.criteria.error.noAreas");
        }
        for (CriteriaSet.Area area : areas) {
            if (area.name() == null || area.name().isBlank()) {
                throw new DomainException("selfassessment.criteria.error.areaName");
            }
            if (area.name().strip().length() > MAX_NAME) {
                throw new DomainException("selfassessment.error.tooLong", MAX_NAME);
            }
            if (area.criteria().isEmpty()) {
                throw new DomainException("selfassessment.criteria.error.noCriteria", area.name().strip());
            }
            for (CriteriaSet.Criterion c : area.criteria()) {
                if (c.text().strip().length() > MAX_TEXT) {
                    throw new DomainException("selfassessment.error.tooLong", MAX_TEXT);
                }
            }
        }
    }

    /**
     * The edited areas with codes: a criterion whose text is unchanged keeps its code (so it is
     * compared with earlier years), a new one gets a new code.
     */
    static List<CriteriaSet.Area> withCodes(CriteriaSet current, List<CriteriaSet.Area> edited) {
        Map<String, String> codeByText = new HashMap<>();
        Set<String> used = new HashSet<>();
        current.areas().forEach(a -> a.criteria().forEach(c -> {
            codeByText.putIfAbsent(c.text(), c.code());
            used.add(c.code());
        }));
        int next = used.size() + 1;
        Set<String> taken = new HashSet<>();
        List<CriteriaSet.Area> result = new ArrayList<>();
        for (CriteriaSet.Area area : edited) {
            List<CriteriaSet.Criterion> criteria = new ArrayList<>();
            for (CriteriaSet.Criterion c : area.criteria()) {
                String text = c.text().strip();
                String code = codeByText.get(text);
                if (code == null || taken.contains(code)) {
                    do {
                        code = "K" + current.year() + "-" + next++;
                    } while (used.contains(code));
                }
                taken.add(code);
                criteria.add(new CriteriaSet.Criterion(code, text));
            }
            result.add(new CriteriaSet.Area(area.name().strip(), List.copyOf(criteria)));
        }
        return result;
    }
}

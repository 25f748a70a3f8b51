package se.vaksam.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The documented sampling algorithm (see the package description): records sorted by key, grouped per
 * stratum when stratified, a {@link SplittableRandom} from the seed, a partial Fisher–Yates shuffle per
 * stratum, the picked records returned in key order. Same records + same seed + same parameters → same sample.
 */
final class Sampling {

    private static final Comparator<PopulationRow> BY_KEY = Comparator.comparing(PopulationRow::key)
            .thenComparingInt(PopulationRow::rowNumber);

    private Sampling() {
    }

    static List<PopulationRow> draw(List<PopulationRow> population, long seed, SampleMethod method, int amount,
            boolean stratified) {
        Map<String, List<PopulationRow>> strata = new TreeMap<>();
        population.stream().sorted(BY_KEY).forEach(r -> strata
                .computeIfAbsent(stratified ? Objects.requireNonNullElse(r.stratum(), "") : "", s -> new ArrayList<>())
                .add(r));
        SplittableRandom random = new SplittableRandom(seed);
        List<PopulationRow> picked = new ArrayList<>();
        for (List<PopulationRow> stratum : strata.values()) {
            int n = size(stratum.size(), method, amount);
            List<PopulationRow> pool = new ArrayList<>(stratum);
            for (int i = 0; i < n; i++) {
                int j = i + random.nextInt(pool.size() - i);
                PopulationRow swap = pool.get(i);
                pool.set(i, pool.get(j));
                pool.set(j, swap);
            }
            picked.addAll(pool.subList(0, n));
        }
        picked.sort(BY_KEY);
        return picked;
    }

    /** ceil(size × percent / 100) for a percentage, the count otherwise; never more than the stratum has. */
    static int size(int stratumSize, SampleMethod method, int amount) {
        long n = method == SampleMethod.PERCENT ? (stratumSize * (long) amount + 99) / 100 : amount;
        return (int) Math.min(stratumSize, n);
    }
}

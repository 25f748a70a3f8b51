package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The documented sampling algorithm: reproducible, sized by rounding up, per stratum when asked. */
class SamplingTests {

    private static List<PopulationRow> population(int size) {
        return IntStream.rangeClosed(1, size).mapToObj(i -> new PopulationRow(i, String.format("ÄR-%03d", i),
                i % 3 == 0 ? "Sektion 1" : "Sektion 2", null, null, null, null, null, null)).toList();
    }

    @Test
    void theSameSeedGivesTheSameSampleWhateverTheRowOrder() {
        List<PopulationRow> rows = population(200);
        List<PopulationRow> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled);
        assertThat(Sampling.draw(shuffled, 42L, SampleMethod.PERCENT, 10, false))
                .isEqualTo(Sampling.draw(rows, 42L, SampleMethod.PERCENT, 10, false)).hasSize(20);
        assertThat(Sampling.draw(rows, 43L, SampleMethod.PERCENT, 10, false))
                .isNotEqualTo(Sampling.draw(rows, 42L, SampleMethod.PERCENT, 10, false));
    }

    @Test
    void aPercentageIsRoundedUpAndACountNeverExceedsThePopulation() {
        // 10 % of 31 = 3.1 → 4 cases; 50 cases of 31 → all 31
        assertThat(Sampling.draw(population(31), 1L, SampleMethod.PERCENT, 10, false)).hasSize(4);
        assertThat(Sampling.draw(population(31), 1L, SampleMethod.COUNT, 50, false)).hasSize(31);
    }

    @Test
    void aStratifiedSampleTakesItsShareFromEveryUnit() {
        // 30 records: 10 in Sektion 1 (every third), 20 in Sektion 2 → 10 % each: 1 and 2
        List<PopulationRow> sample = Sampling.draw(population(30), 7L, SampleMethod.PERCENT, 10, true);
        assertThat(sample).hasSize(3);
        assertThat(sample).filteredOn(r -> r.stratum().equals("Sektion 1")).hasSize(1);
        assertThat(sample).filteredOn(r -> r.stratum().equals("Sektion 2")).hasSize(2);
    }

    @Test
    void aSampleIsListedInKeyOrderNotInTheOrderItWasDrawn() {
        List<PopulationRow> shuffled = new ArrayList<>(population(200));
        Collections.shuffle(shuffled, new java.util.Random(5));
        List<PopulationRow> sample = Sampling.draw(shuffled, 42L, SampleMethod.COUNT, 30, false);
        assertThat(sample).hasSize(30).extracting(PopulationRow::key).isSorted();
    }

    @Test
    void thePercentageIsOfTheStratumAndACountIsTakenAsIs() {
        assertThat(Sampling.size(200, SampleMethod.PERCENT, 10)).isEqualTo(20);
        assertThat(Sampling.size(201, SampleMethod.PERCENT, 10)).isEqualTo(21);
        assertThat(Sampling.size(200, SampleMethod.COUNT, 10)).isEqualTo(10);
        assertThat(Sampling.size(5, SampleMethod.COUNT, 10)).isEqualTo(5);
    }
}

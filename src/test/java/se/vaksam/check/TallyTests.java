package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.vaksam.plan.ResultTable;

/** Counting outcomes where a missing answer counts too: totals, percentages and a Totalt row. */
class TallyTests {

    @Test
    void aMissingAnswerIsCountedAsEjBesvaradAndEveryRowAddsUpToTheCasesAsked() {
        Tally tally = new Tally(List.of("Ja", "Nej"));
        for (int i = 0; i < 39; i++) {
            tally.add("Kontrollerat?", "Ja");
        }
        for (int i = 0; i < 14; i++) {
            tally.add("Kontrollerat?", null);
        }

        ResultTable table = tally.table("Registerutdrag", "Granskningsområde", false);

        assertThat(table.columns().stream().map(ResultTable.Column::header)).containsExactly("Granskningsområde",
                "Ja (antal)", "Nej (antal)", "Ej besvarad (antal)", "Totalt (antal)", "Ja (%)", "Nej (%)",
                "Ej besvarad (%)");
        assertThat(table.rows().get(0).stream().map(ResultTable.Cell::display)).containsExactly("Kontrollerat?",
                "39", "0", "14", "53", "73,6", "0", "26,4");
    }

    @Test
    void aDeclaredRowWithNothingCountedShowsZerosWithoutPercentagesAndTheTotalRowSumsEveryColumn() {
        Tally tally = new Tally(List.of("Ja", "Nej")).row("Boende för barn").row("Utan stratum");
        tally.add("Boende för barn", "Ja").add("Boende för barn", "Ja").add("Boende för barn", "Nej");

        ResultTable table = tally.table("Per stratum", "Stratum", true);

        assertThat(table.rows().get(1).stream().map(ResultTable.Cell::display)).containsExactly("Utan stratum",
                "0", "0", "0", "0", "", "", "");
        assertThat(table.rows().get(2).stream().map(ResultTable.Cell::display)).containsExactly("Totalt",
                "2", "1", "0", "3", "66,7", "33,3", "0");
        assertThat(tally.counted("Boende för barn", "Ja")).isEqualTo(2);
        assertThat(tally.total("Boende för barn")).isEqualTo(3);
    }

    @Test
    void anOutcomeTheTallyDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> new Tally(List.of("Ja", "Nej")).add("Fråga", "Kanske"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

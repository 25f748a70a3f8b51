package se.vaksam.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RiskSentenceTests {

    @Test
    void theThreePartsRenderAsTheOneSwedishSentence() {
        assertThat(RiskSentence.of("förvaltningens inköpsrutin inte följs", "bristande implementering",
                "ökade kostnader"))
                .isEqualTo("Risk för att förvaltningens inköpsrutin inte följs på grund av bristande implementering, "
                        + "vilket kan leda till ökade kostnader.");
    }

    @Test
    void connectingWordsAndTrailingPunctuationTypedByTheWriterAreNotDoubled() {
        assertThat(RiskSentence.of("Risk för att beslut dröjer.", "på grund av hög arbetsbelastning,",
                "vilket kan leda till att brukare får vänta. "))
                .isEqualTo("Risk för att beslut dröjer på grund av hög arbetsbelastning, "
                        + "vilket kan leda till att brukare får vänta.");
    }

    @Test
    void textColourOnABandIsReadable() {
        assertThat(Colours.textOn("#ffdd00")).isEqualTo("#0b0c0c");
        assertThat(Colours.textOn("#d4351c")).isEqualTo("#ffffff");
        assertThat(Colours.textOn("#00703c")).isEqualTo("#ffffff");
        assertThat(Colours.valid("#12ab9f")).isTrue();
        assertThat(Colours.valid("red")).isFalse();
    }

    @Test
    void anEventTheWriterBeganWithRiskForIsUsedAsWrittenWithoutAnAddedAtt() {
        assertThat(RiskSentence.of("risk för  brister i hanteringen av visselblåsarärenden", "otydliga rutiner",
                "att ärenden inte utreds"))
                .isEqualTo("Risk för brister i hanteringen av visselblåsarärenden på grund av otydliga rutiner, "
                        + "vilket kan leda till att ärenden inte utreds.");
    }

    @Test
    void eachPartIsStoredWithoutItsConnectingWordsAndTrailingPunctuation() {
        assertThat(RiskSentence.event(" Risk för att beslut dröjer. ")).isEqualTo("beslut dröjer");
        assertThat(RiskSentence.cause("På grund av hög arbetsbelastning;,")).isEqualTo("hög arbetsbelastning");
        assertThat(RiskSentence.consequence("vilket kan leda till att brukare får vänta:"))
                .isEqualTo("att brukare får vänta");
        assertThat(RiskSentence.cause(null)).isEmpty();
        assertThat(RiskSentence.cause("...")).isEmpty();
    }
}

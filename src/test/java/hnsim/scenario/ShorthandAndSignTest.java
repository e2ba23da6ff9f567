package hnsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** slip: 15% is a one-year slip; a negative opening deficit is refused unless written as a surplus. */
class ShorthandAndSignTest {
    private static ScenarioFile shipped(String from, String to) throws IOException {
        String text = Files.readString(Path.of("scenarios/leicestershire-2021-mtfs.yaml"), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return ScenarioLoader.parse("test.yaml", text.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void slipShorthandIsTheChanceOfAOneYearSlip() throws IOException {
        ScenarioFile file = shipped("slip: {probability: {probability: 20%, plan: 0%, source: \"judgement: a one-year slip (DOMAIN.md)\"}, years: 1}\n  - name: Strategy",
                "slip: 15%\n  - name: Strategy");
        Workstream inclusion = file.base().workstreams().get(0);
        assertThat(inclusion.slip()).isEqualTo(Chance.of(0.15));
        assertThat(inclusion.slipYears()).isEqualTo(1);
    }

    @Test
    void slipShorthandSaysWhatIsWrongWithABadProbability() throws IOException {
        assertThatThrownBy(() -> shipped("slip: {probability: {probability: 20%, plan: 0%, source: \"judgement: a one-year slip (DOMAIN.md)\"}, years: 1}\n  - name: Strategy",
                "slip: 15\n  - name: Strategy"))
                .hasMessageContaining("workstreams[0].slip: a probability must be between 0 and 1 (0% and 100%), got '15';"
                        + " did you mean 15%?");
    }

    @Test
    void aNegativeOpeningDeficitIsRefusedWithTheWayToSayASurplus() throws IOException {
        assertThatThrownBy(() -> shipped("opening_deficit: 17.5m", "opening_deficit: -17.5m"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("opening_deficit: the deficit brought forward is negative (-£17.5m), which would "
                        + "be a surplus")
                .hasMessageContaining("write opening_surplus: £17.5m");
    }

    @Test
    void aSurplusIsWrittenAsSuch() throws IOException {
        ScenarioFile file = shipped("opening_deficit: 17.5m", "opening_surplus: 2m");
        assertThat(file.base().openingDeficitGbp()).isEqualTo(-2e6);
        assertThatThrownBy(() -> shipped("opening_deficit: 17.5m", "opening_deficit: 17.5m\nopening_surplus: 2m"))
                .hasMessageContaining("give opening_deficit or opening_surplus, not both");
    }
}

package hnsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    private static YamlNode read(String text) {
        return new YamlReader("f.yaml").read(text);
    }

    private static String refusal(String text) {
        try {
            read(text);
        } catch (ScenarioException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void refusesAnAnchorOnAScalarWhichJacksonDoesNotReport() {
        assertThat(refusal("name: &n x\n")).isEqualTo("f.yaml:1:7: YAML anchors (&n) are not supported in scenario files");
    }

    @Test
    void refusesAnAliasWhichJacksonReadsAsTheTextOfItsName() {
        assertThat(refusal("name: x\ndescription: *n\n")).startsWith("f.yaml:2:14: YAML aliases (*n)");
    }

    @Test
    void refusesABillionLaughsFileAtItsFirstAnchorWithoutExpandingAnything() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'z'; c++) {
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + previous + ",").repeat(8))
                    .append('*').append(previous).append("]\n");
            previous = c;
        }
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThat(refusal(bomb.toString())).contains("YAML anchors (&a)"));
    }

    @Test
    void refusesDeepNestingFastEvenWhenTheBracketsNeverClose() {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertThat(refusal("a: " + "[".repeat(200_000))).contains("nests deeper than 40 levels");
            assertThat(refusal("a: " + "{b: ".repeat(100) + "1" + "}".repeat(100))).contains("nests deeper than 40 levels");
        });
    }

    @Test
    void refusesDuplicateKeysNamingBothLines() {
        assertThat(refusal("name: a\nyears: 3\nname: b\n"))
                .isEqualTo("f.yaml:3:1: duplicate key 'name' (first given at line 1); give each key once");
    }

    @Test
    void refusesTagsThatAskForATypeButAcceptsStandardOnes() {
        assertThat(refusal("a: !!python/object:os.system x\n")).contains("YAML tags (!!python/object:os.system)");
        assertThat(read("a: !!str 5\n")).isInstanceOf(YamlNode.Mapping.class);
    }

    @Test
    void refusesASecondDocumentAndAnEmptyFile() {
        assertThat(refusal("a: 1\n---\nb: 2\n")).contains("f.yaml:2:1: a second YAML document");
        assertThat(refusal("")).contains("f.yaml:1:1: the file is empty");
        assertThat(refusal("# only a comment\n")).contains("the file is empty");
    }

    @Test
    void namesTheLineOfATabAndOfAnUnclosedQuote() {
        assertThat(refusal("a: 1\nb:\n\tc: 2\n")).startsWith("f.yaml:3:1: the file is not valid YAML: a tab character");
        assertThat(refusal("a: 1\nb: 'text\nc: 2\n")).startsWith("f.yaml:2:4: the file is not valid YAML: the quoted text");
    }

    @Test
    void keepsQuotingAndReadsYamlNullsAsNull() {
        YamlNode.Mapping m = (YamlNode.Mapping) read("a: ~\nb:\nc: 'null'\nd: \"x\"\ne: x\n");
        assertThat(((YamlNode.Scalar) m.get("a")).isNull()).isTrue();
        assertThat(((YamlNode.Scalar) m.get("b")).isNull()).isTrue();
        assertThat(((YamlNode.Scalar) m.get("c")).text()).isEqualTo("null");
        assertThat(((YamlNode.Scalar) m.get("c")).quoted()).isTrue();
        assertThat(((YamlNode.Scalar) m.get("d")).quoted()).isTrue();
        assertThat(((YamlNode.Scalar) m.get("e")).quoted()).isFalse();
    }

    @Test
    void recordsLineAndColumnOfKeysAndValues() {
        YamlNode.Mapping m = (YamlNode.Mapping) read("top:\n  inner: [1, 2]\n");
        YamlNode.Mapping top = (YamlNode.Mapping) m.get("top");
        assertThat(top.entries().get("inner").keyLocation()).isEqualTo(new Location("f.yaml", 2, 3));
        assertThat(((YamlNode.Sequence) top.get("inner")).items().get(1).location()).isEqualTo(new Location("f.yaml", 2, 14));
    }

    @Test
    void acceptsWindowsLineEndsAndAByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "a: 1\r\nb: 2\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(text, 0, both, 3, text.length);
        assertThatThrownBy(() -> ScenarioLoader.parse("f.yaml", both))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("f.yaml:1:1: missing required key 'name'")
                .hasMessageContaining("unknown key 'a'");
    }
}

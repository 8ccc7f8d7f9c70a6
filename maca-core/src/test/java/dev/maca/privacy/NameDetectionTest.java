package dev.maca.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Name and place detection")
class NameDetectionTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Jane was seen.", "JANE was seen.", "jane was seen.", "seen with Jane's brother"})
    @DisplayName("a listed name is flagged as a whole word in any case and in the possessive")
    void wholeWord(String text) {
        assertThat(Scans.kinds(text)).containsExactly(Kind.PERSON_NAME);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Janet was seen.", "Smithson attended", "Blacksmith's forge", "Janes"})
    @DisplayName("a listed name inside a longer word is not flagged")
    void notInsideWords(String text) {
        assertThat(Scans.kinds(text)).isEmpty();
    }

    @Test
    @DisplayName("a possessive is redacted without its 's, so the sentence still reads")
    void possessive() {
        assertThat(Scans.redacted("Smith's partner")).isEqualTo("[redacted: name]'s partner");
    }

    @Test
    @DisplayName("a full name is one finding, however it is spaced or capitalised")
    void fullName() {
        assertThat(Scans.found("Mother JANE  smith attended")).containsExactly("JANE  smith");
    }

    @Test
    @DisplayName("names with apostrophes and accents match in either form")
    void apostrophesAndAccents() {
        assertThat(Scans.kinds("Kai O’Brien and Zoe attended")).containsExactly(Kind.PERSON_NAME, Kind.PERSON_NAME);
    }

    @Test
    @DisplayName("a listed school or GP practice is flagged as a whole phrase in any case")
    void places() {
        assertThat(Scans.found("attends riverside primary school; registered at Harbour Surgery."))
                .containsExactly("riverside primary school", "Harbour Surgery");
        assertThat(Scans.kinds("Riverside Primary")).isEmpty();
    }

    @Test
    @DisplayName("a name inside an e-mail address is one e-mail finding")
    void overlapping() {
        assertThat(Scans.kinds("jane.smith@example.org")).containsExactly(Kind.EMAIL);
    }
}

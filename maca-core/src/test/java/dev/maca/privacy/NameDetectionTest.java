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

    @Test
    @DisplayName("a value hidden by its neighbour is found once the neighbour is redacted")
    void neighbours() {
        assertThat(Scans.kinds("Jane-3 July 2019")).containsExactly(Kind.PERSON_NAME, Kind.DATE_OF_BIRTH);
        assertThat(Scans.redacted("Jane-3 July 2019")).isEqualTo("[redacted: name]-[redacted: date]");
    }

    @Test
    @DisplayName("markers are never findings, even when a listed name is a word of a marker")
    void markersAreNotNames() {
        var phrases = new Phrases();
        phrases.add("Date", Kind.PERSON_NAME);
        phrases.add("Practice", Kind.PERSON_NAME);
        var scanner = new TextScanner(phrases);

        TextScanner.Scan scan = scanner.scan("[redacted: date] and [redacted: school or GP practice], Date");

        assertThat(scan.kinds()).containsExactly(Kind.PERSON_NAME);
        assertThat(scan.redacted())
                .isEqualTo("[redacted: date] and [redacted: school or GP practice], [redacted: name]");
    }
}

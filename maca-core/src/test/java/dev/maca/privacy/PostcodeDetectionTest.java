package dev.maca.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Postcode detection")
class PostcodeDetectionTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"TQ1 2AB", "SW1A 1AA", "tq1 2ab", "TQ12AB", "M1 1AE", "B33 8TH", "CR2 6XH", "W1A 0AX", "EC1A 1BB"
            })
    @DisplayName("a full postcode is flagged in any case, with or without the space")
    void fullPostcodes(String postcode) {
        assertThat(Scans.found("lives at " + postcode + ", Torbay")).containsExactly(postcode);
        assertThat(Scans.kinds(postcode)).containsExactly(Kind.POSTCODE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "SW1 alone",
                "the TQ area",
                "NICE NG201 and QS116",
                "KS2 3rd term",
                "Year 1 2nd visit",
                "PHQ9 and GAD7 scores",
                "TQ1 2A",
                "QA1 2AB",
                "TQ1 2AC"
            })
    @DisplayName("outward codes alone, guideline codes, ordinals and impossible postcodes are not flagged")
    void notPostcodes(String text) {
        assertThat(Scans.kinds(text)).isEmpty();
    }
}

package dev.maca.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

@Label("Redaction and check-digit properties")
class RedactionPropertiesTest {
    private static final List<String> FRAGMENTS = List.of(
            "Jane",
            "Smith's",
            "jane smith",
            "Kai O'Brien",
            "Janet",
            "943 476 5919",
            "4857773456",
            "TQ1 2AB",
            "sw1a1aa",
            "SW1",
            "07700 900123",
            "+44 (0)1803 123456",
            "a.parent@example.org",
            "@",
            "03/07/2019",
            "3 July 2019",
            "DOB",
            "born on",
            "April 2021",
            "Riverside Primary School",
            "Harbour",
            "the father was not seen",
            "12",
            "2020",
            "-",
            "/",
            ".",
            "'",
            "(",
            ")");

    @Provide
    Arbitrary<String> auditText() {
        Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
        Arbitrary<String> separator = Arbitraries.of("", " ", "  ", ", ", ".", "-", "/", "'s ", "\n");
        return Arbitraries.lazy(() -> fragment)
                .list()
                .ofMaxSize(12)
                .flatMap(parts -> separator.list().ofSize(parts.size()).map(seps -> {
                    var text = new StringBuilder();
                    for (int i = 0; i < parts.size(); i++) {
                        text.append(parts.get(i)).append(seps.get(i));
                    }
                    return text.toString();
                }));
    }

    @Property(tries = 2000)
    @Label("redacted text holds nothing the guard would flag, so redacting twice changes nothing")
    void redactionIsIdempotent(@ForAll("auditText") String text) {
        String once = Scans.redacted(text);

        assertThat(Scans.kinds(once)).isEmpty();
        assertThat(Scans.redacted(once)).isEqualTo(once);
    }

    @Property
    @Label("nine digits with their computed check digit are always flagged as an NHS number")
    void validCheckDigitIsFlagged(@ForAll @NumericChars @StringLength(9) String nine) {
        int check = checkDigit(nine);
        if (check == 10) {
            return;
        }
        assertThat(Scans.kinds("NHS " + nine + check)).containsExactly(Kind.NHS_NUMBER);
    }

    @Property
    @Label("nine digits with any other last digit are never flagged as an NHS number")
    void wrongCheckDigitIsNotFlagged(
            @ForAll @NumericChars @StringLength(9) String nine, @ForAll @IntRange(min = 1, max = 9) int offset) {
        int wrong = (checkDigit(nine) + offset) % 11;
        if (wrong == 10) {
            wrong = checkDigit(nine) == 10 ? 0 : (wrong + 1) % 11;
        }
        assertThat(Scans.kinds("NHS " + nine + wrong)).doesNotContain(Kind.NHS_NUMBER);
    }

    /** The modulus-11 check digit, computed independently of the detector: 10 means no valid number. */
    private static int checkDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += Character.digit(nine.charAt(i), 10) * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check;
    }
}

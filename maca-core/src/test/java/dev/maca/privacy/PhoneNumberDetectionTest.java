package dev.maca.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Phone number detection")
class PhoneNumberDetectionTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "01803 123456",
                "07700 900123",
                "+44 7700 900123",
                "(01803) 123 456",
                "+44 (0)1803 123456",
                "+447700900123",
                "020 7946 0018",
                "0117 496 0123",
                "01803-123456"
            })
    @DisplayName("UK landlines and mobiles are flagged in their common spacings")
    void phoneNumbers(String number) {
        assertThat(Scans.found("call " + number + " today")).containsExactly(number);
        assertThat(Scans.kinds(number)).containsExactly(Kind.PHONE_NUMBER);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "01803 1234",
                "01803 123456789",
                "00 1803 123456",
                "04803 123456",
                "12 of 15 cases in 2020",
                "ref X01803123456"
            })
    @DisplayName("numbers too short, too long, not starting as UK numbers do, or inside a word are not flagged")
    void notPhoneNumbers(String text) {
        assertThat(Scans.kinds(text)).doesNotContain(Kind.PHONE_NUMBER);
    }
}

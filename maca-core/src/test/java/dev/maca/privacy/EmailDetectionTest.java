package dev.maca.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("E-mail address detection")
class EmailDetectionTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a.parent@example.org", "j_doe+alerts@mail.example.co.uk", "Name99@nhs.net"})
    @DisplayName("an e-mail address is flagged whole")
    void emails(String email) {
        assertThat(Scans.found("write to " + email + ".")).containsExactly(email);
        assertThat(Scans.kinds(email)).containsExactly(Kind.EMAIL);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"met @ school", "user@localhost", "@handle", "a@b"})
    @DisplayName("an at sign without a dotted domain is not flagged")
    void notEmails(String text) {
        assertThat(Scans.kinds(text)).isEmpty();
    }
}

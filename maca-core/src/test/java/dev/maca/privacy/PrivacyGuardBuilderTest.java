package dev.maca.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Setting up the privacy guard")
class PrivacyGuardBuilderTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("a names file gives one name a line, skipping comments and blank lines")
    void namesFile() throws IOException {
        Path file = Files.writeString(
                dir.resolve("names.txt"),
                "\uFEFF# case members of family 1\nJane Smith\n\n   \nKai  # the father\n",
                StandardCharsets.UTF_8);

        PrivacyGuard guard = PrivacyGuard.builder().namesFrom(file).build();

        assertThat(guard.check(PrivacyFixtures.withLivedExperience(
                                PrivacyFixtures.clean(), 0, "Jane Smith and Kai argued; the comment is # the father."))
                        .count(Kind.PERSON_NAME))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("a places file gives one school or GP practice a line")
    void placesFile() throws IOException {
        Path file = Files.writeString(dir.resolve("places.txt"), "Harbour Surgery\n", StandardCharsets.UTF_8);

        PrivacyGuard guard = PrivacyGuard.builder().placesFrom(file).build();

        assertThat(guard.check(PrivacyFixtures.withLivedExperience(
                                PrivacyFixtures.clean(), 0, "Seen at harbour surgery."))
                        .count(Kind.PLACE_NAME))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("a names file that is not UTF-8 is refused naming the file and the line")
    void notUtf8() throws IOException {
        Path file = Files.write(dir.resolve("names.txt"), new byte[] {'J', 'o', '\n', 'Z', 'o', (byte) 0xEB, '\n'});

        assertThatThrownBy(() -> PrivacyGuard.builder().namesFrom(file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 2")
                .hasMessageContaining("UTF-8");
    }

    @Test
    @DisplayName("a missing names file is refused naming the file")
    void missingFile() {
        Path file = dir.resolve("absent.txt");

        assertThatThrownBy(() -> PrivacyGuard.builder().namesFrom(file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("no such file");
    }

    @Test
    @DisplayName("a single-letter name is refused naming its line, not its value")
    void singleLetterInFile() throws IOException {
        Path file = Files.writeString(dir.resolve("names.txt"), "Jane\nQ\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PrivacyGuard.builder().namesFrom(file).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("single letter")
                .hasMessageNotContaining("Q\n")
                .hasMessageNotContaining("Jane");
    }

    @Test
    @DisplayName("a blank name is refused naming its position")
    void blankName() {
        assertThatThrownBy(() -> PrivacyGuard.builder().names(List.of("Jane", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("names[1] is blank");
    }

    @Test
    @DisplayName("a guard without names still finds the patterns")
    void noNames() {
        PrivacyGuard guard = PrivacyGuard.builder().build();

        assertThat(guard.check(PrivacyFixtures.withLivedExperience(
                                PrivacyFixtures.clean(), 0, "Jane, a.parent@example.org"))
                        .counts())
                .containsOnlyKeys(Kind.EMAIL);
    }
}

package dev.maca.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("QuestionBanks.fromResource")
class QuestionBanksTest {
    private static QuestionBank load(String name) {
        return QuestionBanks.fromResource(QuestionBanksTest.class, "/agency/banks/" + name);
    }

    @Test
    @DisplayName("loads every question of a bank in file order, with all its fields")
    void loadsABank() {
        QuestionBank bank = load("valid-bank.json");

        assertThat(bank.questions())
                .extracting(Question::id)
                .containsExactly("police-dash-every-incident", "police-males-checked", "police-covid-contact");
        Question first = bank.questions().get(0);
        assertThat(first.text()).isEqualTo("Was a DASH risk assessment completed for every domestic abuse incident?");
        assertThat(first.guidance()).isEqualTo("Check each incident log for a DASH form and its risk level.");
        assertThat(first.responseType()).isEqualTo(ResponseType.EVIDENCED);
        assertThat(first.themes()).containsExactly("domestic-abuse", "professional-curiosity");
        assertThat(bank.questions().get(2).responseType()).isEqualTo(ResponseType.CONTACT_MODE);
    }

    @Test
    @DisplayName("treats a question without 'required' as required, and keeps an explicit false")
    void requiredDefaultsToTrue() {
        List<Question> questions = load("valid-bank.json").questions();

        assertThat(questions.get(1).required()).isTrue();
        assertThat(questions.get(2).required()).isFalse();
    }

    @Test
    @DisplayName("finds a resource relative to the anchor class's package")
    void relativeToAnchor() {
        assertThatThrownBy(() -> QuestionBanks.fromResource(QuestionBanksTest.class, "bank.json"))
                .hasMessageContaining("dev/maca/spi/");
    }

    @Test
    @DisplayName("names the resource, the class and the fix when the resource is missing")
    void missingResource() {
        assertThatThrownBy(() -> load("nope.json"))
                .isInstanceOf(InvalidQuestionBankException.class)
                .hasMessageContaining("'/agency/banks/nope.json'")
                .hasMessageContaining(QuestionBanksTest.class.getName())
                .hasMessageContaining("was not found")
                .hasMessageContaining("Fix:");
    }

    @Test
    @DisplayName("gives the line and column of a JSON syntax error")
    void badJson() {
        assertThatThrownBy(() -> load("bad-json.json"))
                .isInstanceOf(InvalidQuestionBankException.class)
                .hasMessageContaining("bad-json.json")
                .hasMessageContaining("is not valid JSON")
                .hasMessageContaining("line 6, column");
    }

    @Test
    @DisplayName("refuses an unknown property, naming it, where it is and the known ones")
    void unknownProperty() {
        assertThatThrownBy(() -> load("unknown-property.json"))
                .isInstanceOf(InvalidQuestionBankException.class)
                .hasMessageContaining("unknown property 'theme' at questions/0/theme (line 8, column")
                .hasMessageContaining("themes");
    }

    @Test
    @DisplayName("refuses an unknown response type, naming the question and the types allowed")
    void unknownResponseType() {
        assertThatThrownBy(() -> load("unknown-response-type.json"))
                .isInstanceOf(InvalidQuestionBankException.class)
                .hasMessageContaining("questions/0 ('police-dash-every-incident')")
                .hasMessageContaining("unknown responseType 'YES_NO'")
                .hasMessageContaining("EVIDENCED, GRADED, FREE_TEXT, CONTACT_MODE");
    }

    @Test
    @DisplayName("refuses a question without guidance, naming the question and the property")
    void missingField() {
        assertThatThrownBy(() -> load("missing-guidance.json"))
                .isInstanceOf(InvalidQuestionBankException.class)
                .hasMessageContaining("questions/0 ('police-dash-every-incident') has no \"guidance\"");
    }

    @Test
    @DisplayName("refuses a file without a questions array")
    void noQuestions() {
        assertThatThrownBy(() -> load("no-questions.json"))
                .isInstanceOf(InvalidQuestionBankException.class)
                .hasMessageContaining("items");
    }

    @Test
    @DisplayName("refuses an object without questions, showing the format")
    void emptyObject() {
        assertThatThrownBy(() -> load("empty-object.json"))
                .isInstanceOf(InvalidQuestionBankException.class)
                .hasMessageContaining("has no \"questions\" array");
    }
}

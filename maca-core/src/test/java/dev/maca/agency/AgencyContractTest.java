package dev.maca.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.agency.plugins.AlphaModule;
import dev.maca.agency.plugins.Banks;
import dev.maca.agency.plugins.BrokenBankModule;
import dev.maca.agency.plugins.HugeBankModule;
import dev.maca.agency.plugins.MalformedIdModule;
import dev.maca.agency.plugins.NullBankModule;
import dev.maca.agency.plugins.ThrowingBankModule;
import dev.maca.spi.AgencyModule;
import dev.maca.spi.Question;
import dev.maca.spi.QuestionBank;
import dev.maca.spi.ResponseType;
import dev.maca.validation.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AgencyContract")
class AgencyContractTest {
    /** A module with these parts, for varying one rule at a time. */
    private record Module(String id, String name, QuestionBank questionBank) implements AgencyModule {}

    private static Question question(String id, String text, String guidance, List<String> themes) {
        return new Question(id, text, guidance, ResponseType.EVIDENCED, true, themes);
    }

    private static List<String> paths(List<Problem> problems) {
        return problems.stream().map(Problem::path).toList();
    }

    @Test
    @DisplayName("finds nothing wrong with a module that keeps it")
    void keepsTheContract() {
        AgencyContract.assertValid(new AlphaModule());

        assertThat(AgencyContract.check(new AlphaModule())).isEmpty();
    }

    @Test
    @DisplayName("refuses an id that is not lower-kebab-case")
    void malformedId() {
        assertThat(AgencyContract.check(new MalformedIdModule()))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("id");
                    assertThat(p.message()).contains("'Bad_Id'", MalformedIdModule.class.getName());
                });
    }

    @Test
    @DisplayName("refuses an agency id with the reserved core- prefix")
    void reservedAgencyId() {
        assertThat(AgencyContract.check(new Module("core-team", "Core", Banks.valid("x"))))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("reserved prefix 'core-'"));
    }

    @Test
    @DisplayName("refuses a blank name")
    void blankName() {
        assertThat(paths(AgencyContract.check(new Module("alpha", "  ", Banks.valid("alpha")))))
                .containsExactly("name");
    }

    @Test
    @DisplayName("reports a null bank and a bank that throws instead of throwing itself")
    void nullOrThrowingBank() {
        assertThat(AgencyContract.check(new NullBankModule())).singleElement().satisfies(p -> assertThat(p.message())
                .contains("questionBank() returned null"));
        assertThat(AgencyContract.check(new ThrowingBankModule()))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("questionBank() threw", "bank.json is missing"));
    }

    @Test
    @DisplayName("reports every breach of a broken bank with its path")
    void brokenBank() {
        assertThat(paths(AgencyContract.check(new BrokenBankModule())))
                .containsExactly(
                        "questions/0/guidance",
                        "questions/1/id",
                        "questions/1/themes",
                        "questions/2/id",
                        "questions/2/themes/0");
    }

    @Test
    @DisplayName("says which earlier question already uses a duplicate id")
    void duplicateQuestionId() {
        QuestionBank bank = new QuestionBank(List.of(
                question("a-one", "One?", "Look.", List.of("covid-19")),
                question("a-two", "Two?", "Look.", List.of("covid-19")),
                question("a-one", "Three?", "Look.", List.of("covid-19"))));

        assertThat(AgencyContract.checkBank(bank)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("questions/2/id");
            assertThat(p.message()).contains("'a-one' is already used by questions/0");
        });
    }

    @Test
    @DisplayName("refuses a question id that is not lower-kebab-case, and blank text")
    void malformedQuestion() {
        QuestionBank bank = new QuestionBank(List.of(question("A One", "", "Look.", List.of("covid-19"))));

        assertThat(paths(AgencyContract.checkBank(bank))).containsExactly("questions/0/id", "questions/0/text");
    }

    @Test
    @DisplayName("refuses an empty bank")
    void emptyBank() {
        assertThat(paths(AgencyContract.checkBank(new QuestionBank(List.of())))).containsExactly("questions");
    }

    @Test
    @DisplayName("refuses a bank of more than 1,000 questions and accepts one of exactly 1,000")
    void sizeLimit() {
        assertThat(AgencyContract.check(new HugeBankModule())).singleElement().satisfies(p -> assertThat(p.message())
                .contains("limit of 1000"));
        assertThat(AgencyContract.checkBank(Banks.huge(AgencyContract.MAX_QUESTIONS)))
                .isEmpty();
    }

    @Test
    @DisplayName("reports a description() that returns null")
    void nullDescription() {
        AgencyModule nullDescription = new AgencyModule() {
            @Override
            public String id() {
                return "alpha";
            }

            @Override
            public String name() {
                return "Alpha";
            }

            @Override
            public Optional<String> description() {
                return null;
            }

            @Override
            public QuestionBank questionBank() {
                return Banks.valid("alpha");
            }
        };

        assertThat(AgencyContract.check(nullDescription)).singleElement().satisfies(p -> assertThat(p.fix())
                .contains("Optional.empty()"));
    }

    @Test
    @DisplayName("assertValid throws one exception listing every problem")
    void assertValidListsEveryProblem() {
        assertThatThrownBy(() -> AgencyContract.assertValid(new BrokenBankModule()))
                .isInstanceOfSatisfying(AgencyContractException.class, e -> {
                    assertThat(e.problems()).hasSize(5);
                    assertThat(e.getMessage())
                            .contains(BrokenBankModule.class.getName(), "5 places")
                            .contains("questions/0/guidance", "questions/2/themes/0");
                });
    }

    @Test
    @DisplayName("a shared measure must be a lower-kebab-case id asked by an evidenced question")
    void sharedMeasures() {
        QuestionBank bank = new QuestionBank(List.of(
                new Question(
                        "pol-father-seen",
                        "Was the father seen?",
                        "Check the incident logs.",
                        ResponseType.EVIDENCED,
                        true,
                        List.of("fathers-and-males"),
                        java.util.Optional.of("father-seen")),
                new Question(
                        "pol-bad-measure",
                        "Was he checked?",
                        "Check the intelligence.",
                        ResponseType.EVIDENCED,
                        true,
                        List.of("fathers-and-males"),
                        java.util.Optional.of("Father_Checked")),
                new Question(
                        "pol-graded-measure",
                        "How well?",
                        "Grade it.",
                        ResponseType.GRADED,
                        true,
                        List.of("fathers-and-males"),
                        java.util.Optional.of("father-seen"))));

        assertThat(paths(AgencyContract.checkBank(bank))).containsExactly("questions/1/measure", "questions/2/measure");
    }
}

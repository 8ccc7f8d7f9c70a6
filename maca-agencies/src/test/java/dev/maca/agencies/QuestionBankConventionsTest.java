package dev.maca.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agencies.BundledAgencies.Expected;
import dev.maca.scope.Themes;
import dev.maca.spi.Question;
import dev.maca.spi.ResponseType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Every bundled question bank follows the bank conventions")
class QuestionBankConventionsTest {
    private static final int MIN_QUESTIONS = 12;
    private static final List<String> GUIDANCE_OPENINGS =
            List.of("Check", "Look", "Read", "Count", "List", "Grade", "Draw on");

    static Stream<Expected> agencies() {
        return BundledAgencies.expected();
    }

    private static List<Question> questions(Expected agency) {
        return agency.create().questionBank().questions();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agencies")
    @DisplayName("the module has the expected id, name and a one-sentence description")
    void hasItsIdentity(Expected agency) {
        var module = agency.create();

        assertThat(module.id()).isEqualTo(agency.id());
        assertThat(module.name()).isEqualTo(agency.name());
        assertThat(module.description())
                .hasValueSatisfying(
                        text -> assertThat(text).isNotBlank().endsWith(".").doesNotContain(". "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agencies")
    @DisplayName("the bank has at least twelve questions")
    void hasEnoughQuestions(Expected agency) {
        assertThat(questions(agency)).hasSizeGreaterThanOrEqualTo(MIN_QUESTIONS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agencies")
    @DisplayName("question ids are unique and carry the agency's prefix")
    void idsAreUniqueAndPrefixed(Expected agency) {
        var ids = questions(agency).stream().map(Question::id).toList();

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.startsWith(agency.prefix()), agency.prefix());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agencies")
    @DisplayName("no question id uses the prefix reserved for core questions")
    void noCoreIds(Expected agency) {
        assertThat(questions(agency)).map(Question::id).noneMatch(id -> id.startsWith("core-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agencies")
    @DisplayName("every theme comes from the well-known vocabulary")
    void themesAreWellKnown(Expected agency) {
        assertThat(questions(agency))
                .flatMap(Question::themes)
                .isNotEmpty()
                .allMatch(Themes.WELL_KNOWN::contains, "a well-known theme");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agencies")
    @DisplayName("no question lists the same theme twice")
    void themesAreNotRepeated(Expected agency) {
        assertThat(questions(agency)).allSatisfy(q -> assertThat(q.themes()).doesNotHaveDuplicates());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agencies")
    @DisplayName("there is a contact-mode question about 2020 contacts, themed covid-19")
    void hasCovidContactModeQuestion(Expected agency) {
        assertThat(questions(agency)).anySatisfy(q -> {
            assertThat(q.responseType()).isEqualTo(ResponseType.CONTACT_MODE);
            assertThat(q.themes()).contains(Themes.COVID_19);
            assertThat(q.text()).contains("2020");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agencies")
    @DisplayName("there is an evidenced question on learning from previous reviews")
    void hasLearningFromReviewsQuestion(Expected agency) {
        assertThat(questions(agency)).anySatisfy(q -> {
            assertThat(q.responseType()).isEqualTo(ResponseType.EVIDENCED);
            assertThat(q.themes()).contains(Themes.LEARNING_FROM_REVIEWS);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agencies")
    @DisplayName("questions other than free text end with a question mark")
    void questionsReadAsQuestions(Expected agency) {
        var notQuestions = questions(agency).stream()
                .filter(q -> q.responseType() != ResponseType.FREE_TEXT)
                .filter(q -> !q.text().endsWith("?"))
                .map(Question::id)
                .toList();

        assertThat(notQuestions).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agencies")
    @DisplayName("guidance opens by saying where in the record to look or how to grade")
    void guidanceSaysWhereToLook(Expected agency) {
        var withoutDirection = questions(agency).stream()
                .filter(q -> GUIDANCE_OPENINGS.stream().noneMatch(q.guidance()::startsWith))
                .map(Question::id)
                .toList();

        assertThat(withoutDirection).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agencies")
    @DisplayName("most questions are evidenced, with at least one graded or free-text question")
    void mostlyEvidenced(Expected agency) {
        var types = questions(agency).stream().map(Question::responseType).toList();

        assertThat(types.stream().filter(ResponseType.EVIDENCED::equals).count())
                .isGreaterThan(types.size() / 2);
        assertThat(types).containsAnyOf(ResponseType.GRADED, ResponseType.FREE_TEXT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agencies")
    @DisplayName("no question cites law or guidance that did not yet exist for an audit of 2020 practice")
    void citesNothingLater(Expected agency) {
        List<String> later = List.of(
                "Domestic Abuse Act 2021",
                "NG201",
                "The Myth of Invisible Men",
                "Working Together to Safeguard" + " Children 2023");
        assertThat(questions(agency)).allSatisfy(q -> assertThat(q.text() + " " + q.guidance())
                .as(q.id())
                .doesNotContain(later.toArray(String[]::new)));
    }
}

package dev.maca.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agencies.schools.SchoolsAndEducationModule;
import dev.maca.scope.SharedMeasures;
import dev.maca.scope.Themes;
import dev.maca.spi.Question;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Schools and Education question bank")
class SchoolsAndEducationBankTest {
    private final SchoolsAndEducationModule module = new SchoolsAndEducationModule();

    private Question question(String id) {
        return module.questionBank().questions().stream()
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no question " + id));
    }

    @Test
    @DisplayName(
            "an audit of attendance, inclusion and moves between schools asks the attendance and transfer questions")
    void inclusionAuditAsksInclusionQuestions() {
        List<String> asked = ThematicAudits.questionIds(module, Themes.EDUCATION_INCLUSION, Themes.TRANSITIONS);

        assertThat(asked)
                .containsSubsequence(
                        "edu-persistent-absence",
                        "edu-absence-escalated",
                        "edu-children-missing-education",
                        "edu-elective-home-education",
                        "edu-exclusion-safety",
                        "edu-part-time-timetable",
                        "edu-record-transferred",
                        "edu-transition-dsl-conversation",
                        "edu-send-considered",
                        "edu-learning-from-reviews")
                .doesNotContain("edu-pattern-recognised", "edu-exploitation-signs", "edu-father-included");
    }

    @Test
    @DisplayName("an audit of child exploitation asks whether the signs were recognised and what was shared")
    void exploitationAuditAsksExploitationQuestions() {
        List<String> asked = ThematicAudits.questionIds(module, Themes.EXPLOITATION);

        assertThat(asked)
                .contains("edu-exploitation-signs", "edu-exploitation-shared")
                .doesNotContain("edu-persistent-absence", "edu-part-time-timetable", "edu-pattern-recognised");
    }

    @Test
    @DisplayName("an audit of domestic abuse asks whether each Operation Encompass notice arrived and was used")
    void domesticAbuseAuditAsksOperationEncompass() {
        assertThat(ThematicAudits.questionIds(module, Themes.DOMESTIC_ABUSE))
                .contains("edu-operation-encompass-received", "edu-operation-encompass-support");
    }

    @Test
    @DisplayName("the Operation Encompass question names the statutory duty and says it was voluntary before")
    void operationEncompassIsPeriodCorrect() {
        assertThat(question("edu-operation-encompass-received").guidance())
                .contains("Victims and Prisoners Act 2024")
                .contains("voluntary scheme");
    }

    @Test
    @DisplayName("Keeping Children Safe in Education is cited as the edition in force at the time")
    void keepingChildrenSafeIsCitedByPeriod() {
        assertThat(question("edu-record-transferred").guidance())
                .contains("edition of Keeping Children Safe in Education in force at the time");
    }

    @Test
    @DisplayName("the school's place in the safeguarding arrangements is dated from 2026, a relevant agency before")
    void designatedEducationAgencyIsDated() {
        assertThat(question("edu-child-protection-meetings").guidance())
                .contains("From 2026")
                .contains("Children's Wellbeing and Schools Act 2026")
                .contains("relevant agency");
    }

    @Test
    @DisplayName("the 2020 contact question says to ask it only of audits that include the school closures")
    void covidQuestionSaysWhenItApplies() {
        assertThat(question("edu-covid-contact-mode").guidance())
                .contains("23 March 2020")
                .contains("Ask this only in audits whose practice period includes");
    }

    @Test
    @DisplayName("every shared measure the bank names is a well-known one")
    void measuresAreWellKnown() {
        assertThat(module.questionBank().questions())
                .flatMap(q -> q.measure().stream().toList())
                .isNotEmpty()
                .allMatch(id -> SharedMeasures.wellKnown(id).isPresent());
    }

    @Test
    @DisplayName("the safeguarding record is the school's own system, a product named only as an example")
    void recordSystemIsGeneric() {
        assertThat(question("edu-safeguarding-record").text()).contains("the school's safeguarding record system");
        assertThat(question("edu-safeguarding-record").guidance())
                .contains("such as CPOMS or MyConcern, or a paper file");
    }
}

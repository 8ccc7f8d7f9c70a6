package dev.maca.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agencies.probation.ProbationModule;
import dev.maca.scope.SharedMeasures;
import dev.maca.scope.Themes;
import dev.maca.spi.Question;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Probation Service question bank")
class ProbationBankTest {
    private final ProbationModule module = new ProbationModule();

    private Question question(String id) {
        return module.questionBank().questions().stream()
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no question " + id));
    }

    @Test
    @DisplayName("an audit of fathers and men in the household asks what probation knew of them and who it told")
    void fathersAuditAsksAboutTheMen() {
        List<String> asked = ThematicAudits.questionIds(module, Themes.FATHERS_AND_MALES);

        assertThat(asked)
                .containsSubsequence(
                        "prob-court-safeguarding-enquiries",
                        "prob-children-identified",
                        "prob-relationships-history",
                        "prob-rosh-children",
                        "prob-home-visit",
                        "prob-licence-conditions",
                        "prob-referral-to-childrens-social-care",
                        "prob-shared-with-maternity",
                        "prob-learning-from-reviews")
                .doesNotContain(
                        "prob-programme-progress", "prob-covid-contact-mode", "prob-court-domestic-abuse-enquiries");
    }

    @Test
    @DisplayName("an audit of domestic abuse asks about the police enquiries and the perpetrator programme")
    void domesticAbuseAuditAsksAboutPerpetratorWork() {
        List<String> asked = ThematicAudits.questionIds(module, Themes.DOMESTIC_ABUSE);

        assertThat(asked)
                .contains(
                        "prob-court-domestic-abuse-enquiries",
                        "prob-domestic-abuse-programme",
                        "prob-programme-progress",
                        "prob-partner-support")
                .doesNotContain("prob-licence-conditions", "prob-risk-management-plan");
    }

    @Test
    @DisplayName("an audit of safety planning asks about MAPPA, the risk management plan and licence conditions")
    void safetyPlanningAuditAsksAboutRiskManagement() {
        assertThat(ThematicAudits.questionIds(module, Themes.SAFETY_PLANNING))
                .contains(
                        "prob-mappa-identified",
                        "prob-mappa-children",
                        "prob-risk-management-plan",
                        "prob-licence-conditions",
                        "prob-conditions-enforced");
    }

    @Test
    @DisplayName("the 2020 supervision question names the Exceptional Delivery Model and says when to ask it")
    void covidQuestionIsPeriodCorrect() {
        Question covid = question("prob-covid-contact-mode");

        assertThat(covid.text()).contains("2020").contains("Exceptional Delivery Model");
        assertThat(covid.guidance())
                .contains("24 March 2020")
                .contains("Ask this only in audits whose practice period includes");
    }

    @Test
    @DisplayName("the providers before June 2021 are named as they were: the National Probation Service and the CRCs")
    void providersArePeriodCorrect() {
        assertThat(question("prob-case-transfer").text()).contains("reunification of probation in June 2021");
        assertThat(question("prob-case-transfer").guidance())
                .contains("Community Rehabilitation Company")
                .contains("National Probation Service");
    }

    @Test
    @DisplayName("the risk question asks for the OASys rating of risk of serious harm to children")
    void riskOfSeriousHarmToChildren() {
        Question rosh = question("prob-rosh-children");

        assertThat(rosh.text()).contains("OASys").contains("risk of serious harm to children");
        assertThat(rosh.guidance()).contains("R10");
    }

    @Test
    @DisplayName("every shared measure the bank names is a well-known one")
    void measuresAreWellKnown() {
        assertThat(module.questionBank().questions())
                .flatMap(q -> q.measure().stream().toList())
                .isNotEmpty()
                .allMatch(id -> SharedMeasures.wellKnown(id).isPresent());
    }
}

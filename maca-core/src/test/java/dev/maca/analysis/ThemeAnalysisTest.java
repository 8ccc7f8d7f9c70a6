package dev.maca.analysis;

import static dev.maca.analysis.AnalysisFixtures.CS;
import static dev.maca.analysis.AnalysisFixtures.MW;
import static dev.maca.analysis.AnalysisFixtures.NO;
import static dev.maca.analysis.AnalysisFixtures.PARTLY;
import static dev.maca.analysis.AnalysisFixtures.POL;
import static dev.maca.analysis.AnalysisFixtures.YES;
import static dev.maca.analysis.AnalysisFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.returns.ContactMode;
import dev.maca.scope.Themes;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Answers by theme: Covid-19 contact patterns and learning from previous reviews. */
class ThemeAnalysisTest {
    private final AuditAnalysis analysis = AnalysisFixtures.analyseFourFamilies();

    @Test
    @DisplayName("Covid-19 contact modes are counted per question, per agency and overall")
    void covidContacts() {
        AnswerAnalysis<ContactPattern> contacts = analysis.covid().contacts();

        assertThat(contacts.questions())
                .extracting(QuestionBreakdown::questionId)
                .containsExactly("cs-covid", "mw-covid", "pol-covid");
        assertThat(contacts.overall().labels()).containsExactly("Face to face", "Mixed", "Virtual", "None");
        assertThat(contacts.agency(CS).breakdown().counts()).containsExactly(1, 0, 1, 0);
        assertThat(contacts.agency(MW).breakdown().counts()).containsExactly(0, 0, 2, 0);
        assertThat(contacts.agency(POL).breakdown().counts()).containsExactly(0, 1, 0, 1);
        assertThat(contacts.overall().counts()).containsExactly(1, 1, 3, 1);
        assertThat(contacts.overall().share(ContactMode.VIRTUAL)).isEqualTo(new Proportion(3, 6));
        assertThat(contacts.overall().tally(ContactMode.VIRTUAL).sources())
                .containsExactly(ref("f1", MW), ref("f2", CS), ref("f4", MW));
    }

    @Test
    @DisplayName("chart percentages add up to 100 where rounding each would give 101")
    void covidPercents() {
        ContactPattern overall = analysis.covid().contacts().overall();

        assertThat(overall.tallies()).extracting(t -> t.percent().getAsInt()).containsExactly(17, 17, 50, 17);
        assertThat(overall.percents()).containsExactly(17, 17, 50, 16);
    }

    @Test
    @DisplayName("evidenced questions themed Covid-19 are counted too, whatever objective they serve")
    void covidEvidence() {
        AnswerAnalysis<EvidenceRates> evidence = analysis.covid().evidence();

        assertThat(evidence.questions())
                .extracting(QuestionBreakdown::questionId)
                .containsExactly("pol-learning");
        assertThat(evidence.overall().count(NO)).isEqualTo(1);
        assertThat(evidence.overall().count(PARTLY)).isEqualTo(1);
        assertThat(evidence.agency(CS).questions()).isZero();
    }

    @Test
    @DisplayName("learning from previous reviews is rated by agency and overall")
    void learningFromReviews() {
        AnswerAnalysis<EvidenceRates> learning = analysis.learningFromReviews().evidence();

        assertThat(learning.questions())
                .extracting(QuestionBreakdown::questionId)
                .containsExactly("mw-learning", "pol-learning");
        assertThat(learning.agency(MW).breakdown().counts()).containsExactly(1, 0, 0, 1);
        assertThat(learning.agency(MW).breakdown().shareOfApplicable(YES)).isEqualTo(new Proportion(1, 1));
        assertThat(learning.agency(POL).breakdown().counts()).containsExactly(0, 1, 1, 0);
        assertThat(learning.agency(CS).questions()).isZero();
        assertThat(learning.agency(CS).breakdown().share(YES).percent()).isEmpty();
        assertThat(learning.overall().counts()).containsExactly(1, 1, 1, 1);
        assertThat(learning.overall().share(YES).percent()).hasValue(25);
        assertThat(learning.overall().shareOfApplicable(YES)).isEqualTo(new Proportion(1, 3));
        assertThat(learning.overall().shareOfApplicable(YES).percent()).hasValue(33);
    }

    @Test
    @DisplayName("every well-known theme is analysed, in order, even when no question has it")
    void wellKnownThemes() {
        assertThat(analysis.themes()).extracting(ThemeAnalysis::theme).containsExactlyElementsOf(Themes.WELL_KNOWN);
        ThemeAnalysis voice = analysis.theme(Themes.VOICE_OF_THE_CHILD).orElseThrow();
        assertThat(voice.evidence().questions()).isEmpty();
        assertThat(voice.evidence().byAgency()).hasSize(3);
        assertThat(voice.contacts().overall().counts()).containsExactly(0, 0, 0, 0);
        assertThat(analysis.theme("no-such-theme")).isEmpty();
    }

    @Test
    @DisplayName("a plugin's own theme follows the well-known ones")
    void pluginTheme() {
        var tools = AnalysisFixtures.fourFamiliesTools();
        var police = AnalysisFixtures.tool(POL)
                .evidenced("pol-dash", List.of(AnalysisFixtures.FATHERS), Themes.FATHERS_AND_MALES, "clares-law")
                .build();
        var withTheme = new LinkedHashMap<>(tools);
        withTheme.put(POL, police);

        AuditAnalysis result = AuditAnalysis.of(AnalysisFixtures.fourFamilies(), withTheme);

        assertThat(result.themes()).hasSize(Themes.WELL_KNOWN.size() + 1);
        ThemeAnalysis clares = result.themes().get(Themes.WELL_KNOWN.size());
        assertThat(clares.theme()).isEqualTo("clares-law");
        assertThat(clares.evidence().overall().counts()).containsExactly(1, 0, 0, 1);
    }
}

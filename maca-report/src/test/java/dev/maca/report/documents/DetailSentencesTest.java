package dev.maca.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.report.document.Paragraph;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The sentences of a brief a person checks for family-level details")
class DetailSentencesTest {
    private static final FamilyDetails DETAILS = new FamilyDetails(List.of("Police", "Health Visiting"));

    private static List<FamilyDetail> kinds(String sentence) {
        List<DetailSentence> found = DETAILS.in("Brief", "Part", List.of(Paragraph.of(sentence)));
        return found.isEmpty() ? List.of() : found.get(0).details();
    }

    @Test
    @DisplayName("a count of families, cases or households is a detail")
    void familyCount() {
        assertThat(kinds("In 1 of the 15 families, no agency saw the father."))
                .containsExactly(FamilyDetail.FAMILY_COUNT);
        assertThat(kinds("In one family no agency referred at all.")).containsExactly(FamilyDetail.FAMILY_COUNT);
        assertThat(kinds("Two households had a new partner.")).containsExactly(FamilyDetail.FAMILY_COUNT);
    }

    @Test
    @DisplayName("an age, a month and a named service are details; a partner's own name is not")
    void ageMonthService() {
        assertThat(kinds("The baby was 8 months old.")).containsExactly(FamilyDetail.AGE);
        assertThat(kinds("A 2-year-old was seen in March.")).containsExactly(FamilyDetail.AGE, FamilyDetail.MONTH);
        assertThat(kinds("He was in treatment at the Harbour Recovery Service."))
                .containsExactly(FamilyDetail.NAMED_SERVICE);
        assertThat(kinds("Health Visiting kept in touch.")).isEmpty();
    }

    @Test
    @DisplayName("a sentence in general terms is not listed")
    void generalTerms() {
        assertThat(kinds("Known parental substance misuse did not always lead to a referral."))
                .isEmpty();
        assertThat(kinds("Ask every mother who may visit the home.")).isEmpty();
    }

    @Test
    @DisplayName("a brief lists its sentences with a detail, part by part, and not its actions or resources")
    void inABrief() {
        Audit audit = BriefFixtures.audit();
        ObjectiveFindings f = audit.findings().get(0);
        Audit detailed = audit.withFindings(List.of(
                new ObjectiveFindings(
                        f.objectiveId(),
                        f.grade(),
                        "Where men were engaged, practice was strong. In one family, both men in the home were"
                                + " in treatment at the Harbour Recovery Service.",
                        f.narrative(),
                        f.goodPractice(),
                        f.areasForDevelopment()),
                audit.findings().get(1)));
        LearningBrief brief =
                LearningBriefs.of(BriefFixtures.analysed(detailed)).brief(DocumentFixtures.FATHERS);

        List<DetailSentence> sentences = brief.sentencesToCheck();

        assertThat(sentences)
                .extracting(DetailSentence::sentence)
                .contains("In one family, both men in the home were in treatment at the Harbour Recovery Service.")
                .doesNotContain("Where men were engaged, practice was strong.")
                .anyMatch(s -> s.startsWith("Looking at every agency's records together"));
        assertThat(sentences)
                .extracting(DetailSentence::part)
                .doesNotContain("7. What the partnership is doing", "Find out more");
        assertThat(sentences.get(sentences.size() - 1).toString()).startsWith("[");
    }
}

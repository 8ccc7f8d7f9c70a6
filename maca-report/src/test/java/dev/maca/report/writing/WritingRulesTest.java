package dev.maca.report.writing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.report.document.Document;
import dev.maca.report.document.ProtectiveMarking;
import dev.maca.report.documents.NeglectAudit;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The writing rules")
class WritingRulesTest {
    private static final Audit RAG_AUDIT = NeglectAudit.audit();
    private static final WritingRules RULES = WritingRules.of(RAG_AUDIT);

    private static Document saying(ProtectiveMarking marking, String section, String... paragraphs) {
        return Document.builder("A test document", OffsetDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC))
                .marking(marking)
                .section(section, s -> List.of(paragraphs).forEach(s::paragraph))
                .build();
    }

    private static List<String> broken(String... paragraphs) {
        return RULES.check(saying(ProtectiveMarking.OFFICIAL, "Findings: Seeing the child", paragraphs));
    }

    @Test
    @DisplayName("refuse a percentage of fewer than 20 and allow one of 20 or more")
    void percentages() {
        assertThat(broken("In 7 of 15 families (47%) the child was seen."))
                .singleElement()
                .asString()
                .contains("7 of 15 families (47%)");
        assertThat(broken("21 of 92 returns (23%) were late.")).isEmpty();
    }

    @Test
    @DisplayName("refuse answers as a unit")
    void answers() {
        assertThat(broken("Of 92 answers, 22 were face to face."))
                .singleElement()
                .asString()
                .contains("92 answers");
    }

    @Test
    @DisplayName("refuse 'or better' after the top grade and 'below' the lowest")
    void scaleWording() {
        assertThat(broken("Practice was Green or better in 2 families."))
                .singleElement()
                .asString()
                .contains("Green is the top grade");
        assertThat(broken("Nothing was below Red.")).singleElement().asString().contains("lowest grade");
    }

    @Test
    @DisplayName("refuse Ofsted's name for a scale the scope calls something else")
    void ofsted() {
        assertThat(broken("The panel used the Ofsted four-point scale."))
                .singleElement()
                .asString()
                .contains("RAG rating");
    }

    @Test
    @DisplayName("refuse Covid-19 in an audit without a Covid-19 objective")
    void covid() {
        assertThat(broken("Covid-19 restrictions limited visits."))
                .singleElement()
                .asString()
                .contains("no Covid-19 objective");
    }

    @Test
    @DisplayName("refuse a review's framing in an audit linked with no review")
    void framing() {
        assertThat(broken("This audit is linked with review R7."))
                .singleElement()
                .asString()
                .contains("linked with");
    }

    @Test
    @DisplayName("refuse 'Best Practice Seminar' where the timeline names the event otherwise")
    void eventName() {
        assertThat(broken("Come to the Best Practice Seminar."))
                .singleElement()
                .asString()
                .contains("Learning event for practitioners");
    }

    @Test
    @DisplayName("refuse a sentence repeated, numbers aside, in the findings of two objectives")
    void formula() {
        Document document = Document.builder(
                        "A test document", OffsetDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC))
                .section(
                        "Findings: Seeing the child",
                        s -> s.paragraph("In 3 of 15 families every agency found practice good."))
                .section(
                        "Findings: Home conditions",
                        s -> s.paragraph("In 9 of 15 families every agency found practice good."))
                .build();

        assertThat(RULES.check(document)).singleElement().asString().contains("repeated in the findings of 2");
    }

    @Test
    @DisplayName("refuse a family's pseudonym in an OFFICIAL document and allow it in an OFFICIAL-SENSITIVE one")
    void pseudonyms() {
        String pseudonym = RAG_AUDIT.candidates().get(0).pseudonym();
        assertThat(RULES.check(saying(ProtectiveMarking.OFFICIAL, "Grades", pseudonym + " was seen weekly.")))
                .singleElement()
                .asString()
                .contains(pseudonym);
        assertThat(RULES.check(saying(ProtectiveMarking.OFFICIAL_SENSITIVE, "Grades", pseudonym + " was seen weekly.")))
                .isEmpty();
    }
}

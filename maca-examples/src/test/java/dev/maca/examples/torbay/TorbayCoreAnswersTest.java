package dev.maca.examples.torbay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.AgencyRegistry;
import dev.maca.audit.Audit;
import dev.maca.cohort.AdultRecord;
import dev.maca.cohort.AdultRole;
import dev.maca.cohort.CaseRecord;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.ChildExperience;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The returns' answers to the core questions every tool asks about the whole case. */
@DisplayName("The Torbay returns' core answers")
class TorbayCoreAnswersTest {
    private static Audit audit;
    private static Map<String, CaseRecord> cases;

    @BeforeAll
    static void buildAudit() {
        audit = TorbayAudit.audit(AgencyRegistry.discover());
        cases = audit.cohort().cohort().stream().collect(Collectors.toMap(CaseRecord::id, Function.identity()));
    }

    @Test
    @DisplayName("describe every child of the case, the baby once born included, in the case's order")
    void everyChildDescribed() {
        assertThat(audit.returns()).allSatisfy(r -> assertThat(r.livedExperienceByChild())
                .extracting(ChildExperience::child)
                .containsExactlyElementsOf(cases.get(r.caseId()).childrenAskedAbout()));
        assertThat(audit.returns()).allSatisfy(r -> assertThat(r.livedExperienceByChild())
                .allSatisfy(c -> assertThat(c.experience()).isNotBlank()));
    }

    @Test
    @DisplayName("leave the single lived-experience text of MACA 0.1 empty")
    void legacyTextEmpty() {
        assertThat(audit.returns())
                .allSatisfy(r -> assertThat(r.livedExperience()).isEmpty());
    }

    @Test
    @DisplayName("never call a born baby 'Unborn' in what the returns say of the children")
    void bornBabiesNotUnborn() {
        assertThat(audit.returns())
                .flatExtracting(AuditReturn::livedExperienceByChild)
                .filteredOn(c -> c.child().startsWith("Baby"))
                .allSatisfy(
                        c -> assertThat(c.experience()).doesNotContain(c.child().replace("Baby", "Unborn")));
    }

    @Test
    @DisplayName("say what difference each agency made, in words no other answer of the return repeats")
    void impactOwnWords() {
        assertThat(audit.returns()).allSatisfy(r -> {
            List<String> texts = new ArrayList<>();
            r.livedExperienceByChild().forEach(c -> texts.add(c.experience()));
            texts.add(r.impact());
            texts.add(r.recordsExamined());
            texts.add(r.goodPractice());
            texts.add(r.areasForDevelopment());
            assertThat(r.impact()).isNotBlank();
            assertThat(texts).doesNotHaveDuplicates();
        });
    }

    @Test
    @DisplayName("give each child's account in its own words across the whole audit")
    void noPastedAccounts() {
        assertThat(audit.returns())
                .flatExtracting(AuditReturn::livedExperienceByChild)
                .extracting(ChildExperience::experience)
                .doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("name the records examined and the months they cover, without a system's product name")
    void recordsExamined() {
        assertThat(audit.returns()).allSatisfy(r -> assertThat(r.recordsExamined())
                .containsPattern("(January|February|March|April|May|June|July|August|September|October|November"
                        + "|December)( \\d{4})? to \\w+ \\d{4}"));
    }

    @Test
    @DisplayName("name only records that exist: no return reads the record of a father nobody has identified")
    void noRecordOfAnUnidentifiedFather() {
        assertThat(cases.get("family-08").adults())
                .filteredOn(a -> a.role() == AdultRole.BIRTH_FATHER)
                .extracting(AdultRecord::pseudonym)
                .contains("Father of Baby C (not identified)");
        assertThat(audit.returns()).allSatisfy(r -> assertThat(r.recordsExamined())
                .doesNotContain("not identified,")
                .doesNotContain("not identified:")
                .doesNotContain("not identified and"));
        assertThat(audit.returnsFor("family-08"))
                .filteredOn(r -> r.agencyId().equals(TorbayScope.PRIMARY_CARE_GP))
                .singleElement()
                .satisfies(r -> assertThat(r.recordsExamined())
                        .startsWith(
                                "The GP records of Child A, Child B and Baby C and of Mother, and Father of Child A and"
                                        + " Child B:")
                        .contains("registered with another practice"));
    }

    @Test
    @DisplayName("find every auditor independent except one, who says how they were involved and who checked")
    void independence() {
        assertThat(audit.returns()).allSatisfy(r -> assertThat(r.independence()).isPresent());
        assertThat(audit.returns())
                .filteredOn(r -> r.independence().orElseThrow().involved())
                .singleElement()
                .satisfies(r -> assertThat(r.independence().orElseThrow().how()).contains("checked"));
    }
}

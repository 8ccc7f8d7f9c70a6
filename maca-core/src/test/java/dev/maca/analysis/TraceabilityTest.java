package dev.maca.analysis;

import static dev.maca.analysis.AnalysisFixtures.CS;
import static dev.maca.analysis.AnalysisFixtures.FATHERS;
import static dev.maca.analysis.AnalysisFixtures.GOOD;
import static dev.maca.analysis.AnalysisFixtures.INADEQUATE;
import static dev.maca.analysis.AnalysisFixtures.MW;
import static dev.maca.analysis.AnalysisFixtures.OUTSTANDING;
import static dev.maca.analysis.AnalysisFixtures.POL;
import static dev.maca.analysis.AnalysisFixtures.RI;
import static dev.maca.analysis.AnalysisFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.audit.Audit;
import dev.maca.returns.AuditReturn;
import dev.maca.scope.Grade;
import dev.maca.tool.AuditTool;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every figure names its returns; results are ordered, deterministic and immutable. */
class TraceabilityTest {
    private final AuditAnalysis analysis = AnalysisFixtures.analyseFourFamilies();

    @Test
    @DisplayName("each grade's count lists the returns that gave it, in cohort then agency order")
    void gradeSources() {
        GradeDistribution all =
                analysis.objective(FATHERS).orElseThrow().judgements().all();

        assertThat(all.tally(OUTSTANDING).sources()).containsExactly(ref("f1", POL), ref("f4", MW));
        assertThat(all.tally(GOOD).sources()).containsExactly(ref("f1", CS), ref("f2", MW), ref("f3", POL));
        assertThat(all.tally(RI).sources()).containsExactly(ref("f2", CS));
        assertThat(all.tally(INADEQUATE).sources()).containsExactly(ref("f1", MW));
        assertThat(all.sources())
                .containsExactly(
                        ref("f1", CS),
                        ref("f1", MW),
                        ref("f1", POL),
                        ref("f2", CS),
                        ref("f2", MW),
                        ref("f3", POL),
                        ref("f4", MW));
        assertThat(all.sourcesBelowExpected()).containsExactly(ref("f1", MW), ref("f2", CS));
        assertThat(all.sourcesAtOrAboveExpected())
                .containsExactly(ref("f1", CS), ref("f1", POL), ref("f2", MW), ref("f3", POL), ref("f4", MW));
    }

    @Test
    @DisplayName("source lists can be indexed and compared like any list")
    void sourceListsAreLists() {
        List<ReturnRef> sources =
                analysis.objective(FATHERS).orElseThrow().judgements().all().sources();

        assertThat(sources.get(0)).isEqualTo(ref("f1", CS));
        assertThat(sources.get(6)).isEqualTo(ref("f4", MW));
        assertThat(sources.subList(3, 5)).containsExactly(ref("f2", CS), ref("f2", MW));
        assertThat(sources.indexOf(ref("f3", POL))).isEqualTo(5);
        assertThat(sources).isEqualTo(new ArrayList<>(sources)).hasSameHashCodeAs(new ArrayList<>(sources));
        assertThatThrownBy(() -> sources.get(7)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> sources.add(ref("f1", CS))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("a judgement count has exactly as many sources as judgements counted")
    void oneSourcePerJudgement() {
        for (ObjectiveAnalysis objective : analysis.objectives()) {
            for (Tally<?> tally : objective.judgements().all().tallies()) {
                assertThat(tally.sources()).hasSize(tally.count());
            }
            for (AgencyGrades agency : objective.judgements().byAgency()) {
                assertThat(agency.grades().sources()).allMatch(r -> r.agencyId().equals(agency.agencyId()));
            }
        }
    }

    @Test
    @DisplayName("the case that is not in the cohort appears in no figure, only among the ignored returns")
    void ignoredCaseInNoFigure() {
        assertThat(analysis.ignored())
                .containsExactly(new IgnoredReturn(ref("f9", POL), IgnoredReturn.Reason.CASE_NOT_IN_COHORT));
        assertThat(analysis.objective(FATHERS)
                        .orElseThrow()
                        .evidence()
                        .overall()
                        .sources())
                .noneMatch(r -> r.caseId().equals("f9"));
        assertThat(analysis.cases()).extracting(CaseRef::id).containsExactly("f1", "f2", "f3", "f4");
        assertThat(analysis.caseRef("f3")).contains(new CaseRef("f3", "Family 3"));
        assertThat(analysis.caseRef("f9")).isEmpty();
        assertThat(analysis.agency(MW).orElseThrow().name()).isEqualTo("Midwifery");
    }

    @Test
    @DisplayName("the order of the returns in the audit and of the tools map does not change the result")
    void deterministic() {
        Audit audit = AnalysisFixtures.fourFamilies();
        List<AuditReturn> reversed = new ArrayList<>(audit.returns());
        Collections.reverse(reversed);
        Audit shuffled = new Audit(audit.scope(), audit.candidates(), reversed, List.of(), List.of(), List.of());
        Map<String, AuditTool> tools = new LinkedHashMap<>();
        List<Map.Entry<String, AuditTool>> entries =
                new ArrayList<>(AnalysisFixtures.fourFamiliesTools().entrySet());
        Collections.reverse(entries);
        entries.forEach(e -> tools.put(e.getKey(), e.getValue()));

        assertThat(AuditAnalysis.of(shuffled, tools)).isEqualTo(analysis);
        assertThat(AnalysisFixtures.analyseFourFamilies()).isEqualTo(analysis);
    }

    @Test
    @DisplayName("results cannot be changed")
    void immutable() {
        GradeDistribution all =
                analysis.objective(FATHERS).orElseThrow().judgements().all();

        assertThatThrownBy(() -> analysis.objectives().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> all.tallies().get(0).sources().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> analysis.completeness().overall().missing().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("a grade distribution must list every grade of its scale in order, with one total")
    void distributionInvariants() {
        GradeDistribution all =
                analysis.objective(FATHERS).orElseThrow().judgements().all();
        List<Tally<Grade>> reordered = new ArrayList<>(all.tallies());
        Collections.reverse(reordered);

        assertThatThrownBy(() -> new GradeDistribution(all.scale(), reordered, all.sources(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("should count");
        assertThatThrownBy(
                        () -> new GradeDistribution(all.scale(), all.tallies().subList(0, 3), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one tally per key");
    }

    @Test
    @DisplayName("analysis refuses a null audit or tools")
    void nulls() {
        assertThatThrownBy(() -> AuditAnalysis.of(null, Map.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AuditAnalysis.of(AnalysisFixtures.fourFamilies(), null))
                .isInstanceOf(NullPointerException.class);
    }
}

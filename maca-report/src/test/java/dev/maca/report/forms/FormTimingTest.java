package dev.maca.report.forms;

import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.spi.Question;
import dev.maca.spi.ResponseType;
import dev.maca.tool.AuditTool;
import dev.maca.tool.ToolQuestion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how long the forms of a Torbay-sized audit take (15 cases, six agencies, 80 forms of 14 questions); run with
 * {@code -Dmaca.forms.timing=true}. A measurement to report, not an assertion.
 */
@EnabledIfSystemProperty(named = "maca.forms.timing", matches = "true")
class FormTimingTest {
    private static final List<String> AGENCIES =
            List.of("police", "midwifery", "health-visiting", "gp", "childrens-services", "early-years");

    @Test
    @DisplayName("prints the time to generate every form of a 15-case audit")
    void timesAWholeAudit(@TempDir Path dir) throws Exception {
        AuditScope base = FormFixtures.scope(FormFixtures.REFERENCE);
        AuditScope scope = new AuditScope(
                base.reference(),
                base.linkedReference(),
                base.partnership(),
                base.title(),
                base.background(),
                base.purposeIntroduction(),
                base.purposes(),
                base.objectivesIntroduction(),
                base.objectives(),
                new dev.maca.cohort.CohortCriteria(
                        15,
                        base.cohortCriteria().introduction(),
                        base.cohortCriteria().features(),
                        base.cohortCriteria().engagement()),
                base.agenciesIntroduction(),
                AGENCIES.stream().map(id -> new AgencyRequirement(id, id)).toList(),
                base.timeline(),
                base.gradingScale(),
                base.reportMarking());
        List<CaseRecord> cases = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            int skip = i % AGENCIES.size();
            boolean everyAgency = i % 3 == 0;
            cases.add(FormFixtures.family(
                    String.format("family-%02d", i),
                    "Family " + i,
                    AGENCIES.stream()
                            .filter(a -> AGENCIES.indexOf(a) != skip || everyAgency)
                            .map(FormFixtures::involved)
                            .toArray(dev.maca.cohort.AgencyInvolvement[]::new)));
        }
        Audit audit = new Audit(scope, cases, List.of(), List.of(), List.of(), List.of());
        List<AuditTool> tools = AGENCIES.stream().map(FormTimingTest::tool).toList();
        AuditToolForms forms = AuditToolForms.of(audit, tools);

        for (int round = 1; round <= 3; round++) {
            Path out = Files.createDirectories(dir.resolve("round-" + round));
            long start = System.nanoTime();
            List<Path> written = forms.writeAll(out);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long bytes = 0;
            for (Path p : written) {
                bytes += Files.size(p);
            }
            System.out.printf(
                    "forms timing: round %d, %d forms in %d ms (%.1f ms each), %.0f KB each%n",
                    round, written.size(), millis, (double) millis / written.size(), bytes / 1024.0 / written.size());
        }
    }

    private static AuditTool tool(String agencyId) {
        List<ToolQuestion> questions = new ArrayList<>();
        ResponseType[] types = ResponseType.values();
        for (int i = 1; i <= 14; i++) {
            questions.add(new ToolQuestion(
                    new Question(
                            agencyId + "-q" + i,
                            "Was the risk to the unborn baby assessed and shared with partners (" + i + ")?",
                            "Look in the chronology, the case notes and the strategy meeting minutes.",
                            types[i % types.length],
                            i % 4 != 0,
                            List.of("fathers-and-males")),
                    List.of(Arrays.asList(FormFixtures.FATHERS, FormFixtures.COVID)
                            .get(i % 2))));
        }
        return new AuditTool(
                FormFixtures.REFERENCE,
                agencyId,
                agencyId,
                "1.0.0",
                "v-" + agencyId,
                questions,
                FormFixtures.coreQuestions());
    }
}

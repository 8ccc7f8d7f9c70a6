package dev.maca.tool;

import static dev.maca.tool.ToolFixtures.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.AgencyRegistry;
import dev.maca.agency.Scopes;
import dev.maca.audit.Audit;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.EvidenceRating;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Objective;
import dev.maca.validation.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AgencyToolsCheck")
class AgencyToolsCheckTest {
    private static final Objective ATTENDANCE = new Objective(
            "school-attendance",
            "Attendance at school",
            "Understand how agencies responded when children were missing from school.",
            Optional.empty(),
            List.of("school-attendance"));

    private static AgencyRegistry registry(ToolFixtures.FixedModule... modules) {
        return AgencyRegistry.builder().withoutDiscovery().register(modules).build();
    }

    private static ToolFixtures.FixedModule police() {
        return new ToolFixtures.FixedModule("police", "Agency police", ToolFixtures.POLICE_BANK);
    }

    private static ToolFixtures.FixedModule midwifery() {
        return new ToolFixtures.FixedModule("midwifery", "Agency midwifery", ToolFixtures.MIDWIFERY_BANK);
    }

    private static List<Problem> check(AuditScope scope, List<AuditReturn> returns, AgencyRegistry registry) {
        return AgencyToolsCheck.of(registry)
                .check(new Audit(scope, List.of(), returns, List.of(), List.of(), List.of()));
    }

    @Test
    @DisplayName("a missing agency module is one error among the others, and the rest is still checked")
    void missingModuleAmongOthers() {
        AuditReturn police =
                ToolFixtures.completePoliceReturn(ToolFixtures.tools().get("police"));
        Map<String, Answer> answers = new LinkedHashMap<>(police.answers());
        answers.put("police-no-such-question", new Answer.Evidenced(EvidenceRating.YES, "Seen."));
        AuditReturn wrong = police.toBuilder().answers(answers).build();
        AuditReturn midwifery = police.toBuilder().agencyId("midwifery").build();

        List<Problem> problems = check(SCOPE, List.of(wrong, midwifery), registry(police()));

        assertThat(problems)
                .filteredOn(p -> p.path().equals("/scope/agencies/1"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.isError()).isTrue();
                    assertThat(p.message()).contains("'midwifery'", "modules loaded: police", "1 return is");
                    assertThat(p.fix()).contains("maca agencies");
                });
        assertThat(problems).extracting(Problem::path).contains("/returns/0/answers/police-no-such-question");
        assertThat(problems).extracting(Problem::path).doesNotContain("/returns/1/agencyId");
    }

    @Test
    @DisplayName("an objective only one agency's tool can judge is a warning naming the agency and the themes on offer")
    void oneAgency() {
        List<Problem> problems = check(SCOPE, List.of(), registry(police(), midwifery()));

        assertThat(problems)
                .filteredOn(p -> p.path().equals("/scope/objectives/1/themes"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.isError()).isFalse();
                    assertThat(p.message()).contains("'fathers-and-males'", "police");
                    assertThat(p.fix())
                            .contains("another agency's bank already serves")
                            .contains("professional-curiosity, substance-misuse")
                            .contains("plugin question");
                });
    }

    @Test
    @DisplayName("an objective no agency's tool can judge is an error, listing the themes close to it first")
    void noAgency() {
        AuditScope scope = Scopes.with(List.of(ATTENDANCE), "police", "midwifery");

        List<Problem> problems = check(scope, List.of(), registry(police(), midwifery()));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.path()).isEqualTo("/scope/objectives/0/themes");
            assertThat(p.message()).startsWith("No agency's tool can judge objective 'school-attendance'");
            assertThat(p.fix()).contains("every theme the other agencies' banks serve: covid-19,");
        });
    }

    @Test
    @DisplayName("an objective two agencies' tools ask about raises nothing")
    void twoAgencies() {
        AuditScope scope = Scopes.with(List.of(Scopes.COVID_19_IMPACT), "police", "midwifery");

        assertThat(check(scope, List.of(), registry(police(), midwifery()))).isEmpty();
    }
}

package dev.maca.examples.torbay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.AgencyRegistry;
import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.ContactMode;
import dev.maca.returns.ReturnStatus;
import dev.maca.scope.GradingScale;
import dev.maca.tool.AuditTool;
import dev.maca.tool.ToolAnswersCheck;
import dev.maca.validation.AuditValidator;
import dev.maca.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The synthetic returns answer the bundled agencies' tools, with the gaps and disagreements built in on purpose. */
@DisplayName("The Torbay returns")
class TorbayReturnsTest {
    private static Map<String, AuditTool> tools;
    private static Audit audit;

    @BeforeAll
    static void buildAudit() {
        tools = TorbayAudit.tools(AgencyRegistry.discover());
        audit = TorbayAudit.audit(tools);
    }

    @Test
    @DisplayName("come from every involved agency except the three returns that never arrived")
    void returnsFromInvolvedAgencies() {
        Set<String> expected = new TreeSet<>();
        for (CaseRecord family : audit.cohort().cohort()) {
            family.involvedAgencyIds().forEach(agency -> expected.add(family.id() + "/" + agency));
        }
        Set<String> actual = new TreeSet<>();
        audit.returns().forEach(r -> actual.add(r.caseId() + "/" + r.agencyId()));
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        assertThat(missing)
                .containsExactly("family-05/adult-mental-health", "family-14/early-years", "family-19/primary-care-gp");
        assertThat(expected).containsAll(actual);
    }

    @Test
    @DisplayName("are complete except one incomplete return that lists what it left unanswered")
    void oneIncompleteReturn() {
        assertThat(audit.returns())
                .filteredOn(r -> r.status() == ReturnStatus.INCOMPLETE)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.caseId() + "/" + r.agencyId()).isEqualTo("family-11/adult-substance-misuse");
                    assertThat(r.unanswered()).isNotEmpty();
                });
    }

    @Test
    @DisplayName("pass the standard validation with only the warnings built in: one involved auditor, one open concern")
    void standardValidation() {
        ValidationReport report = AuditValidator.standard().validate(audit);
        assertThat(report.problems())
                .extracting(p -> p.path())
                .containsExactlyInAnyOrder(involvedAuditorPath(), "/immediateConcerns/0/status");
    }

    @Test
    @DisplayName("answer their agencies' tools, core questions included, without errors or further warnings")
    void toolAnswers() {
        ValidationReport report =
                AuditValidator.standard().with(new ToolAnswersCheck(tools)).validate(audit);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings())
                .extracting(p -> p.path())
                .containsExactlyInAnyOrder(involvedAuditorPath(), "/immediateConcerns/0/status");
    }

    private static String involvedAuditorPath() {
        for (int i = 0; i < audit.returns().size(); i++) {
            AuditReturn r = audit.returns().get(i);
            if (r.caseId().equals("family-22") && r.agencyId().equals(TorbayScope.HEALTH_VISITING)) {
                return "/returns/" + i + "/independence";
            }
        }
        throw new AssertionError("no health visiting return for Family 22");
    }

    @Test
    @DisplayName("include cases where agencies' judgements are two grades apart")
    void twoGradeDisagreements() {
        GradingScale scale = audit.scope().gradingScale();
        List<String> disagreeing = new ArrayList<>();
        for (CaseRecord family : audit.cohort().cohort()) {
            List<AuditReturn> returns = audit.returnsFor(family.id());
            boolean apart = false;
            for (AuditReturn a : returns) {
                for (AuditReturn b : returns) {
                    apart |= scale.distance(
                                    a.overall().orElseThrow().grade(),
                                    b.overall().orElseThrow().grade())
                            >= 2;
                    for (String objective : a.objectiveJudgements().keySet()) {
                        if (b.objectiveJudgements().containsKey(objective)
                                && !a.objectiveJudgements().get(objective).isNotApplicable()
                                && !b.objectiveJudgements().get(objective).isNotApplicable()) {
                            apart |= scale.distance(
                                            a.objectiveJudgements()
                                                    .get(objective)
                                                    .grade(),
                                            b.objectiveJudgements()
                                                    .get(objective)
                                                    .grade())
                                    >= 2;
                        }
                    }
                }
            }
            if (apart) {
                disagreeing.add(family.id());
            }
        }
        assertThat(disagreeing).contains("family-06", "family-09", "family-12");
    }

    @Test
    @DisplayName("record many 2020 contacts as virtual or mixed")
    void virtualContactsIn2020() {
        List<ContactMode> modes = audit.returns().stream()
                .flatMap(r -> r.answers().values().stream())
                .filter(Answer.Contact.class::isInstance)
                .map(a -> ((Answer.Contact) a).mode())
                .toList();
        assertThat(modes).contains(ContactMode.VIRTUAL, ContactMode.MIXED, ContactMode.FACE_TO_FACE);
        assertThat(modes.stream().filter(m -> m == ContactMode.VIRTUAL || m == ContactMode.MIXED))
                .hasSizeGreaterThan(modes.size() / 2);
    }

    @Test
    @DisplayName("include strong practice and cases of concern")
    void strongAndWeakPractice() {
        assertThat(audit.returns())
                .extracting(r -> r.overall().orElseThrow().grade())
                .contains("outstanding", "good", "requires-improvement", "inadequate");
    }

    @Test
    @DisplayName("were completed in April 2021 by auditors named by role")
    void completedInAprilByRole() {
        assertThat(audit.returns()).allSatisfy(r -> {
            assertThat(r.completedOn()).isBetween(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 30));
            assertThat(r.auditorRole()).containsAnyOf("Named", "Lead", "Manager", "Advisor", "Sergeant");
        });
    }

    @Test
    @DisplayName("answer by hand only questions their agencies' tools ask")
    void writtenAnswersAreToolQuestions() {
        assertThat(ReturnAccounts.all().questionsAnswered()).isNotEmpty().allSatisfy((key, questions) -> {
            String agency = key.substring(key.indexOf('/') + 1);
            assertThat(tools.get(agency).questions())
                    .extracting(q -> q.id())
                    .as(key)
                    .containsAll(questions);
        });
    }

    @Test
    @DisplayName("write Family 5's returns wholly by hand: every question, every objective's reason and the summaries")
    void family5WrittenByHand() {
        ReturnAccounts accounts = ReturnAccounts.all();
        assertThat(audit.returnsFor("family-05")).hasSize(5).allSatisfy(r -> {
            AuditTool tool = tools.get(r.agencyId());
            ReturnAccounts.Account account =
                    accounts.of("family-05", r.agencyId()).orElseThrow();
            assertThat(account.answers().keySet())
                    .as(r.agencyId())
                    .containsExactlyInAnyOrderElementsOf(
                            tool.questions().stream().map(q -> q.id()).toList());
            assertThat(account.rationales().keySet())
                    .as(r.agencyId())
                    .containsExactlyInAnyOrderElementsOf(tool.objectiveIds());
            assertThat(account.goodPractice()).as(r.agencyId()).isPresent();
            assertThat(account.areasForDevelopment()).as(r.agencyId()).isPresent();
            assertThat(account.overall()).as(r.agencyId()).isPresent();
        });
        assertThat(audit.returnsFor("family-05"))
                .extracting(r -> r.judgementFor(TorbayScope.PROFESSIONAL_DIFFERENCES)
                        .orElseThrow()
                        .isNotApplicable())
                .containsOnly(true);
    }

    @Test
    @DisplayName("give, in the families written by hand, each agency's reason for its own grade in its own words")
    void ownGradeReasonsOwnWords() {
        for (String caseId : List.of("family-05", "family-08", "family-12", "family-17")) {
            for (String objective : TorbayScope.OBJECTIVE_IDS) {
                assertThat(audit.returnsFor(caseId).stream()
                                .map(r -> r.judgementFor(objective))
                                .flatMap(java.util.Optional::stream)
                                .map(j -> j.rationale())
                                .toList())
                        .as("%s, %s", caseId, objective)
                        .doesNotHaveDuplicates();
            }
        }
    }

    @Test
    @DisplayName("are generated the same way every time")
    void deterministic() {
        assertThat(TorbayAudit.audit(tools)).isEqualTo(audit);
    }
}

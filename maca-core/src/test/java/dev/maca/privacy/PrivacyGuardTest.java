package dev.maca.privacy;

import static dev.maca.privacy.PrivacyFixtures.clean;
import static dev.maca.privacy.PrivacyFixtures.guard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.maca.audit.Audit;
import dev.maca.returns.Answer;
import dev.maca.returns.EvidenceRating;
import dev.maca.returns.Judgement;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The privacy guard")
class PrivacyGuardTest {
    private static final String NHS_NUMBER = "943 476 5919";
    private static final String PHONE = "07700 900123";
    private static final String POSTCODE = "TQ1 2AB";

    /** The fixture audit with personal data in six fields of returns, findings, cases, actions and scope. */
    private static Audit leaky() {
        Audit audit = clean();
        audit = PrivacyFixtures.withAnswer(
                audit, 3, "mw-routine-enquiry", new Answer.Evidenced(EvidenceRating.YES, "NHS " + NHS_NUMBER));
        audit = PrivacyFixtures.withRationale(audit, 3, "fathers-and-males", "Jane Smith's partner, tel " + PHONE);
        audit = PrivacyFixtures.withNarrative(audit, 2, "The family moved to " + POSTCODE + ".");
        audit = PrivacyFixtures.withChildPseudonym(audit, "Jane");
        audit = PrivacyFixtures.withEvidenceOfImpact(audit, "Reported to head of Riverside Primary School.");
        return PrivacyFixtures.withBackground(audit, "Baby born on 3 July 2019 suffered burns.");
    }

    @Test
    @DisplayName("an audit with no personal data passes untouched: the guarded audit is the same object")
    void cleanAuditPasses() {
        Audit audit = clean();

        assertThat(guard(Policy.FAIL).check(audit).isClean()).isTrue();
        assertThat(guard(Policy.FAIL).apply(audit).audit()).isSameAs(audit);
        GuardedAudit redacted = guard(Policy.REDACT).apply(audit);
        assertThat(redacted.audit()).isSameAs(audit).isEqualTo(clean());
        assertThat(redacted.redactionCount()).isZero();
    }

    @Test
    @DisplayName("findings name the JSON path of the field in the audit file layout and the kind")
    void paths() {
        PrivacyReport report = guard(Policy.FAIL).check(leaky());

        assertThat(report.findings())
                .containsExactlyInAnyOrder(
                        new PrivacyFinding("/scope/background/0", Kind.DATE_OF_BIRTH),
                        new PrivacyFinding("/candidates/0/children/0/pseudonym", Kind.PERSON_NAME),
                        new PrivacyFinding("/returns/3/answers/mw-routine-enquiry/evidence", Kind.NHS_NUMBER),
                        new PrivacyFinding(
                                "/returns/3/objectiveJudgements/fathers-and-males/rationale", Kind.PERSON_NAME),
                        new PrivacyFinding(
                                "/returns/3/objectiveJudgements/fathers-and-males/rationale", Kind.PHONE_NUMBER),
                        new PrivacyFinding("/findings/0/narrative/2", Kind.POSTCODE),
                        new PrivacyFinding("/recommendations/0/actions/0/evidenceOfImpact", Kind.PLACE_NAME));
    }

    @Test
    @DisplayName("findings come in file order, with counts per kind")
    void orderAndCounts() {
        PrivacyReport report = guard(Policy.FAIL).check(leaky());

        assertThat(report.findings().get(0).path()).isEqualTo("/scope/background/0");
        assertThat(report.findings().get(report.findings().size() - 1).path())
                .isEqualTo("/recommendations/0/actions/0/evidenceOfImpact");
        assertThat(report.counts())
                .containsExactly(
                        Map.entry(Kind.PERSON_NAME, 2),
                        Map.entry(Kind.NHS_NUMBER, 1),
                        Map.entry(Kind.POSTCODE, 1),
                        Map.entry(Kind.PHONE_NUMBER, 1),
                        Map.entry(Kind.DATE_OF_BIRTH, 1),
                        Map.entry(Kind.PLACE_NAME, 1));
        assertThat(report.count(Kind.EMAIL)).isZero();
    }

    @Test
    @DisplayName("judgement rationales in graded answers and the overall judgement are scanned")
    void judgements() {
        Audit audit = PrivacyFixtures.withAnswer(
                clean(), 0, "pol-grade", new Answer.Graded(new Judgement("good", "Spoke to Smith.")));

        assertThat(guard(Policy.FAIL).check(audit).findings())
                .containsExactly(
                        new PrivacyFinding("/returns/0/answers/pol-grade/judgement/rationale", Kind.PERSON_NAME));
    }

    @Test
    @DisplayName("under FAIL the exception lists every finding by path and kind and never a value")
    void failListsWithoutValues() {
        PrivacyException e = catchThrowableOfType(
                PrivacyException.class, () -> guard(Policy.FAIL).apply(leaky()));

        assertThat(e.report().findings()).hasSize(7);
        assertThat(e.getMessage())
                .contains("7 places")
                .contains("/returns/3/answers/mw-routine-enquiry/evidence: NHS number")
                .contains("/returns/3/objectiveJudgements/fathers-and-males/rationale: phone number")
                .contains("/findings/0/narrative/2: postcode")
                .contains("/scope/background/0: date")
                .doesNotContain(NHS_NUMBER, "9434765919", PHONE, POSTCODE, "Jane", "Smith", "July", "Riverside");
        assertThat(e.report().findings().toString()).doesNotContain(NHS_NUMBER, PHONE, POSTCODE, "Jane");
    }

    @Test
    @DisplayName("FAIL is the default policy")
    void failByDefault() {
        PrivacyGuard guard = PrivacyGuard.builder().names(List.of("Jane")).build();

        assertThat(guard.policy()).isEqualTo(Policy.FAIL);
        assertThatThrownBy(() -> guard.apply(leaky())).isInstanceOf(PrivacyException.class);
    }

    @Test
    @DisplayName("under REDACT each value is replaced by a visible marker and the redactions are counted")
    void redactReplacesAndCounts() {
        GuardedAudit guarded = guard(Policy.REDACT).apply(leaky());
        Audit audit = guarded.audit();

        assertThat(guarded.redactionCount()).isEqualTo(7);
        assertThat(guarded.isRedacted()).isTrue();
        assertThat(audit.returns().get(3).answers().get("mw-routine-enquiry"))
                .isEqualTo(new Answer.Evidenced(EvidenceRating.YES, "NHS [redacted: NHS number]"));
        assertThat(audit.returns()
                        .get(3)
                        .objectiveJudgements()
                        .get("fathers-and-males")
                        .rationale())
                .isEqualTo("[redacted: name]'s partner, tel [redacted: phone number]");
        assertThat(audit.findings().get(0).narrative().get(2)).isEqualTo("The family moved to [redacted: postcode].");
        assertThat(audit.candidates().get(0).children().get(0).pseudonym()).isEqualTo("[redacted: name]");
        assertThat(audit.scope().background()).containsExactly("Baby born on [redacted: date] suffered burns.");
    }

    @Test
    @DisplayName("under REDACT everything that holds no personal data is kept as it was")
    void redactKeepsTheRest() {
        Audit audit = guard(Policy.REDACT).apply(leaky()).audit();

        assertThat(audit.returns().subList(0, 3)).isEqualTo(clean().returns().subList(0, 3));
        assertThat(audit.learning()).isEqualTo(clean().learning());
        assertThat(audit.scope().objectives()).isEqualTo(clean().scope().objectives());
    }

    @Test
    @DisplayName("redacting twice finds nothing new: a redacted audit passes the guard untouched")
    void redactIsIdempotent() {
        Audit once = guard(Policy.REDACT).apply(leaky()).audit();

        assertThat(guard(Policy.FAIL).check(once).isClean()).isTrue();
        GuardedAudit twice = guard(Policy.REDACT).apply(once);
        assertThat(twice.audit()).isSameAs(once);
        assertThat(twice.redactionCount()).isZero();
    }

    @Test
    @DisplayName(
            "personal data in an identifier stops rendering even under REDACT, as redacting it would break the audit")
    void identifiersAreNotRedacted() {
        Audit audit = PrivacyFixtures.withCaseId(clean(), "smith-family");

        PrivacyException e = catchThrowableOfType(
                PrivacyException.class, () -> guard(Policy.REDACT).apply(audit));

        assertThat(e.report().findings()).containsExactly(new PrivacyFinding("/returns/0/caseId", Kind.PERSON_NAME));
        assertThat(e.getMessage()).contains("cannot be redacted").doesNotContain("smith");
    }

    @Test
    @DisplayName("a tool version is scanned as an identifier: personal data in it stops rendering, unredacted")
    void toolVersionIsScanned() {
        Audit audit = PrivacyFixtures.withReturn(
                clean(), 0, r -> r.toBuilder().toolVersion("call 01803 123456").build());

        PrivacyException e = catchThrowableOfType(
                PrivacyException.class, () -> guard(Policy.REDACT).apply(audit));

        assertThat(e.report().findings())
                .containsExactly(new PrivacyFinding("/returns/0/toolVersion", Kind.PHONE_NUMBER));
    }

    @Test
    @DisplayName("a map key that holds personal data is left out of the path, which stops at the map")
    void keysStayOutOfPaths() {
        Audit audit = PrivacyFixtures.withAnswer(clean(), 1, "jane-smith", new Answer.FreeText("Called 01803 123456."));

        assertThat(guard(Policy.FAIL).check(audit).findings())
                .containsExactly(
                        new PrivacyFinding("/returns/1/answers", Kind.PERSON_NAME),
                        new PrivacyFinding("/returns/1/answers", Kind.PHONE_NUMBER));
    }

    @Test
    @DisplayName("a question id with a slash or tilde is escaped in the path as JSON Pointer requires")
    void pointerEscapes() {
        Audit audit = PrivacyFixtures.withAnswer(clean(), 0, "pol/a~b", new Answer.FreeText("Seen by Jane."));

        assertThat(guard(Policy.FAIL).check(audit).findings())
                .containsExactly(new PrivacyFinding("/returns/0/answers/pol~1a~0b/text", Kind.PERSON_NAME));
    }

    @Test
    @DisplayName("a guarded audit can only be made by the guard")
    void guardedAuditIsSealed() {
        assertThat(Modifier.isFinal(GuardedAudit.class.getModifiers())).isTrue();
        assertThat(GuardedAudit.class.getConstructors()).isEmpty();
        assertThat(GuardedAudit.class.getDeclaredConstructors()).allSatisfy(c -> assertThat(
                        Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers()))
                .isFalse());
    }
}

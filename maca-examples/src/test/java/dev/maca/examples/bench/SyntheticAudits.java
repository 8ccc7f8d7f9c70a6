package dev.maca.examples.bench;

import dev.maca.audit.Audit;
import dev.maca.cohort.AdultRecord;
import dev.maca.cohort.AdultRole;
import dev.maca.cohort.AgeBand;
import dev.maca.cohort.AgencyInvolvement;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.ChildRecord;
import dev.maca.cohort.CohortCriteria;
import dev.maca.cohort.UnbornRecord;
import dev.maca.examples.torbay.TorbayAudit;
import dev.maca.examples.torbay.TorbayScope;
import dev.maca.panel.FamilyVoice;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.panel.PractitionerVoice;
import dev.maca.returns.ActionNow;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.AuditorIndependence;
import dev.maca.returns.ContactMode;
import dev.maca.returns.EvidenceRating;
import dev.maca.returns.Judgement;
import dev.maca.returns.ReturnStatus;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Grade;
import dev.maca.tool.AuditTool;
import dev.maca.tool.ReturnGaps;
import dev.maca.tool.ToolQuestion;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Synthetic audits of any size for benchmarks: the Torbay scope with its cohort target set to the number of cases, that
 * many invented families who all meet the criteria and involve all eight agencies, and one return per case and agency
 * answering that agency's tool; the Torbay findings, recommendations and learning complete the audit.
 *
 * <p>Generation is deterministic (a random stream seeded by case and agency), so every run measures the same audit.
 * About one return in forty is incomplete, with its {@code unanswered} list exactly what is missing, so the audits pass
 * {@code AuditValidator.standard().with(new ToolAnswersCheck(tools))} with no errors.
 */
public final class SyntheticAudits {
    private static final AgeBand[] OLDER_SIBLING_AGES = {AgeBand.AGE_1_TO_4, AgeBand.AGE_5_TO_10, AgeBand.AGE_11_TO_15};
    private static final ContactMode[] CONTACT_MODES = {
        ContactMode.FACE_TO_FACE, ContactMode.MIXED, ContactMode.MIXED, ContactMode.VIRTUAL
    };
    private static final EvidenceRating[] RATINGS = {
        EvidenceRating.YES, EvidenceRating.YES, EvidenceRating.PARTLY, EvidenceRating.NO, EvidenceRating.NOT_APPLICABLE
    };
    private static final String[] EVIDENCE = {
        "The record shows a home visit in which the practitioner saw the child and the sibling together.",
        "A strategy discussion note records the concern and the agreed next steps with the family.",
        "The chronology records the contact but not what was learned about the child's day.",
        "No entry in the period shows that the question was asked of the household.",
        "The case notes record a joint visit with the health visitor and the outcome shared with the GP."
    };
    private static final String[] RATIONALES = {
        "Practice was consistent, timely and focused on the child, with clear recording of decisions.",
        "Practice was mostly good; information was shared, though not always promptly.",
        "Contacts were made but the risks to the unborn baby were not revisited after new information.",
        "Key opportunities to ask about the household were missed and no plan followed."
    };
    private static final String[] FREE_TEXT = {
        "Contacts moved to telephone from March; the practitioner kept a weekly call and one garden visit a month.",
        "The family was offered video contacts, which the mother declined; face-to-face visits resumed in the summer.",
        "Thresholds were applied as before the pandemic; the record explains each decision."
    };
    private static final String LIVED =
            "The child lived with the mother and her partner; records describe a busy home, a nursery place taken up in"
                    + " the autumn, and worries about arguments at night.";
    private static final String GOOD = "The practitioner kept the unborn baby in mind at every contact and shared the"
            + " concern about the father's drinking with midwifery the same day.";
    private static final String DEVELOPMENT = "Ask about every adult in the household and record who they are; revisit"
            + " the pre-birth plan when circumstances change.";
    private static final String IMPACT = "The child kept a nursery place through the restrictions and the family knew"
            + " whom to call; the risk from the father's drinking was not reduced.";
    private static final String RECORDS = "The child's and both parents' records for the audit period: case notes,"
            + " assessments, plans and correspondence.";

    private SyntheticAudits() {}

    /**
     * A synthetic audit of {@code cases} cases, each with a return from every one of the eight agencies that has a tool.
     *
     * @param cases how many cases (and candidates): at least 1
     * @param tools the audit tools by agency id, e.g. {@code TorbayAudit.tools(AgencyRegistry.discover())}
     */
    public static Audit audit(int cases, Map<String, AuditTool> tools) {
        Objects.requireNonNull(tools, "tools");
        Audit torbay = TorbayAudit.audit(tools);
        AuditScope scope = scope(cases);
        List<String> grades =
                scope.gradingScale().grades().stream().map(Grade::id).toList();
        List<CaseRecord> candidates = new ArrayList<>(cases);
        List<AuditReturn> returns = new ArrayList<>(cases * TorbayScope.AGENCY_IDS.size());
        List<PanelReview> reviews = new ArrayList<>(cases);
        for (int c = 0; c < cases; c++) {
            CaseRecord family = family(c);
            candidates.add(family);
            for (int a = 0; a < TorbayScope.AGENCY_IDS.size(); a++) {
                AuditTool tool = tools.get(TorbayScope.AGENCY_IDS.get(a));
                if (tool != null) {
                    returns.add(auditReturn(family.id(), c, a, tool, grades));
                }
            }
            reviews.add(review(family.id(), c, scope, grades));
        }
        return torbay.withScope(scope)
                .withCandidates(candidates)
                .withReturns(returns)
                .withPanelReviews(reviews)
                .withImmediateConcerns(List.of());
    }

    /** The Torbay scope with a cohort target of {@code cases}. */
    public static AuditScope scope(int cases) {
        AuditScope torbay = TorbayAudit.scope();
        CohortCriteria criteria = torbay.cohortCriteria();
        return torbay.withCohortCriteria(
                new CohortCriteria(cases, criteria.introduction(), criteria.features(), criteria.engagement()));
    }

    private static CaseRecord family(int index) {
        SplittableRandom random = new SplittableRandom(index * 7919L + 17);
        List<String> features = new ArrayList<>();
        features.add(TorbayScope.UNBORN_AND_OLDER_SIBLING);
        int abuse = random.nextInt(3);
        if (abuse != 1) {
            features.add(TorbayScope.DOMESTIC_ABUSE);
        }
        if (abuse != 0) {
            features.add(TorbayScope.SUBSTANCE_MISUSE);
        }
        features.add(TorbayScope.MATERNAL_ILL_MENTAL_HEALTH);
        List<AgencyInvolvement> involvements = new ArrayList<>();
        for (String agency : TorbayScope.AGENCY_IDS) {
            YearMonth from = YearMonth.of(2019, 1 + random.nextInt(12));
            Optional<YearMonth> to =
                    random.nextBoolean() ? Optional.empty() : Optional.of(YearMonth.of(2020, 3 + random.nextInt(10)));
            involvements.add(new AgencyInvolvement(agency, from, to));
        }
        return new CaseRecord(
                String.format("case-%05d", index + 1),
                "Family " + (index + 1),
                List.of(new ChildRecord("Child A", OLDER_SIBLING_AGES[random.nextInt(OLDER_SIBLING_AGES.length)])),
                List.of(new UnbornRecord("Unborn B", YearMonth.of(2020, 1 + random.nextInt(12)))),
                List.of(new AdultRecord("Mother", AdultRole.MOTHER), new AdultRecord("Father", AdultRole.BIRTH_FATHER)),
                features,
                involvements);
    }

    private static AuditReturn auditReturn(
            String caseId, int caseIndex, int agencyIndex, AuditTool tool, List<String> grades) {
        SplittableRandom random = new SplittableRandom(caseIndex * 31L + agencyIndex);
        int practice = random.nextInt(grades.size());
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (ToolQuestion question : tool.questions()) {
            answers.put(question.id(), answer(question, random, grades, practice));
        }
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        for (String objective : tool.objectiveIds()) {
            judgements.put(objective, judgement(random, grades, practice));
        }
        boolean incomplete = Math.floorMod(caseIndex * 8 + agencyIndex, 40) == 39;
        if (incomplete) {
            tool.questions().stream()
                    .filter(q -> q.question().required())
                    .limit(2)
                    .forEach(q -> answers.remove(q.id()));
        }
        AuditReturn draft = AuditReturn.builder(caseId, tool.agencyId())
                .toolVersion(tool.version())
                .completedOn(LocalDate.of(TorbayScope.AUDIT_YEAR_VALUE, 4, 6 + random.nextInt(20)))
                .auditorRole("Designated Safeguarding Lead")
                .status(incomplete ? ReturnStatus.INCOMPLETE : ReturnStatus.COMPLETE)
                .answers(answers)
                .objectiveJudgements(judgements)
                .overall(Optional.of(judgement(random, grades, practice)))
                .livedExperience(LIVED)
                .impact(IMPACT)
                .goodPractice(GOOD)
                .areasForDevelopment(DEVELOPMENT)
                .actionNow(ActionNow.nothingNeeded())
                .independence(AuditorIndependence.independent())
                .recordsExamined(RECORDS)
                .build();
        if (!incomplete) {
            return draft;
        }
        return draft.toBuilder()
                .unanswered(ReturnGaps.of(tool, draft).unanswered())
                .build();
    }

    private static Answer answer(ToolQuestion question, SplittableRandom random, List<String> grades, int practice) {
        return switch (question.question().responseType()) {
            case EVIDENCED -> new Answer.Evidenced(
                    RATINGS[random.nextInt(RATINGS.length)], EVIDENCE[random.nextInt(EVIDENCE.length)]);
            case GRADED -> new Answer.Graded(judgement(random, grades, practice));
            case FREE_TEXT -> new Answer.FreeText(FREE_TEXT[random.nextInt(FREE_TEXT.length)]);
            case CONTACT_MODE -> new Answer.Contact(
                    CONTACT_MODES[random.nextInt(CONTACT_MODES.length)], FREE_TEXT[random.nextInt(FREE_TEXT.length)]);
        };
    }

    /**
     * The panel's review of a synthetic family: a grade per objective with a moderated view (so a review is valid
     * however far apart the agencies' random grades fall), the key learning, and the voices not heard, with reasons.
     */
    private static PanelReview review(String caseId, int caseIndex, AuditScope scope, List<String> grades) {
        SplittableRandom random = new SplittableRandom(caseIndex * 131L + 7);
        PanelReview.Builder review = PanelReview.builder(caseId, YearMonth.of(TorbayScope.AUDIT_YEAR_VALUE, 4))
                .attendee(PanelAttendee.partnership("Partnership Business Manager (chair)"))
                .attendee(PanelAttendee.of(TorbayScope.CHILDRENS_SERVICES, "Team Manager"))
                .attendee(PanelAttendee.of(TorbayScope.POLICE, "Detective Sergeant"));
        for (var objective : scope.objectives()) {
            int grade = random.nextInt(grades.size());
            review.grade(
                    objective.id(),
                    PanelGrade.of(grades.get(grade), RATIONALES[Math.min(grade, RATIONALES.length - 1)])
                            .moderated(
                                    "The panel agreed the practice from every agency's record together.",
                                    "Agencies that graded themselves apart explained what each had seen."));
        }
        return review.keyLearning("Ask who the adults in the household are, and check.")
                .familyVoice(FamilyVoice.notInvited("Not invited: a synthetic family for measuring performance."))
                .practitionerVoice(PractitionerVoice.notHeard("None held: a synthetic family."))
                .build();
    }

    /** A grade near the return's usual practice: the same, or one either side. */
    private static Judgement judgement(SplittableRandom random, List<String> grades, int practice) {
        int grade = Math.max(0, Math.min(grades.size() - 1, practice + random.nextInt(3) - 1));
        return new Judgement(grades.get(grade), RATIONALES[Math.min(grade, RATIONALES.length - 1)]);
    }
}

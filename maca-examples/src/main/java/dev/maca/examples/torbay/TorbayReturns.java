package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.PracticeProfile.GOOD;
import static dev.maca.examples.torbay.PracticeProfile.OUTSTANDING;
import static dev.maca.examples.torbay.PracticeProfile.REQUIRES_IMPROVEMENT;

import dev.maca.cohort.AdultRecord;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.ChildRecord;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.ContactMode;
import dev.maca.returns.EvidenceRating;
import dev.maca.returns.Judgement;
import dev.maca.returns.ReturnStatus;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Objective;
import dev.maca.scope.Themes;
import dev.maca.spi.Question;
import dev.maca.spi.ResponseType;
import dev.maca.tool.AuditTool;
import dev.maca.tool.ReturnGaps;
import dev.maca.tool.ToolQuestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Generates the synthetic agency returns for the Torbay cohort from each case's {@link PracticeProfile} and each
 * agency's {@link AuditTool}, so the returns answer exactly the questions the bundled agency modules ask.
 *
 * <p>Generation is deterministic: the same tools give the same returns. Answers follow the profile's grade for the
 * objective a question serves; questions about domestic abuse or substance misuse in a family without them are answered
 * "Not applicable", and a little variation between Yes and Partly comes from a stable hash of case and question.
 *
 * <p>The answers to the core questions about the whole case are the auditors' own words: each child's lived
 * experience and the difference the agency made from {@link ReturnAccounts}, the records read and the auditor's
 * independence from {@link ReturnRecords}, and whether anything needs action now from {@link TorbayConcerns}. The
 * legacy single lived-experience text is left empty.
 */
final class TorbayReturns {
    private static final List<String> GRADE_IDS = GradingScale.ofsted().grades().stream()
            .map(dev.maca.scope.Grade::id)
            .toList();

    private static final Map<String, List<ContactMode>> USUAL_CONTACT = Map.of(
            TorbayScope.CHILDRENS_SERVICES,
                    List.of(ContactMode.MIXED, ContactMode.FACE_TO_FACE, ContactMode.MIXED, ContactMode.VIRTUAL),
            TorbayScope.MIDWIFERY,
                    List.of(ContactMode.MIXED, ContactMode.MIXED, ContactMode.FACE_TO_FACE, ContactMode.VIRTUAL),
            TorbayScope.HEALTH_VISITING,
                    List.of(
                            ContactMode.VIRTUAL,
                            ContactMode.MIXED,
                            ContactMode.VIRTUAL,
                            ContactMode.MIXED,
                            ContactMode.FACE_TO_FACE),
            TorbayScope.PRIMARY_CARE_GP, List.of(ContactMode.VIRTUAL, ContactMode.MIXED, ContactMode.VIRTUAL),
            TorbayScope.ADULT_SUBSTANCE_MISUSE, List.of(ContactMode.VIRTUAL, ContactMode.MIXED),
            TorbayScope.ADULT_MENTAL_HEALTH, List.of(ContactMode.VIRTUAL, ContactMode.MIXED, ContactMode.VIRTUAL),
            TorbayScope.EARLY_YEARS, List.of(ContactMode.MIXED, ContactMode.FACE_TO_FACE, ContactMode.MIXED),
            TorbayScope.POLICE, List.of(ContactMode.FACE_TO_FACE, ContactMode.MIXED, ContactMode.FACE_TO_FACE));

    private static final List<String> NEEDS_DOMESTIC_ABUSE = List.of(
            "dash",
            "marac",
            "perpetrator",
            "clares-law",
            "police-notifications",
            "operation-encompass",
            "domestic-abuse-response",
            "lockdown-risk");

    private static final List<String> NEEDS_SUBSTANCE_MISUSE = List.of(
            "substitution", "take-home", "safe-storage", "substance-use-at-handover", "substance-use-at-incident");

    private final List<Objective> objectives;
    private final Map<String, PracticeProfile> profiles;
    private final ReturnAccounts accounts;

    private TorbayReturns(List<Objective> objectives, Map<String, PracticeProfile> profiles, ReturnAccounts accounts) {
        this.objectives = objectives;
        this.profiles = profiles;
        this.accounts = accounts;
    }

    /**
     * The returns of every agency involved in each cohort case that has a tool, in cohort and scope order, leaving out
     * the returns the profiles say never arrived.
     */
    static List<AuditReturn> generate(List<CaseRecord> cohort, Map<String, AuditTool> tools) {
        TorbayReturns generator =
                new TorbayReturns(TorbayScope.scope().objectives(), TorbayPractice.profiles(), ReturnAccounts.all());
        List<AuditReturn> returns = new ArrayList<>();
        for (int index = 0; index < cohort.size(); index++) {
            CaseRecord family = cohort.get(index);
            PracticeProfile profile = generator.profile(family.id());
            for (String agencyId : TorbayScope.AGENCY_IDS) {
                AuditTool tool = tools.get(agencyId);
                if (tool != null && family.involves(agencyId) && !profile.isMissing(agencyId)) {
                    returns.add(generator.generate(index, family, profile, tool));
                }
            }
        }
        return List.copyOf(returns);
    }

    private PracticeProfile profile(String caseId) {
        PracticeProfile profile = profiles.get(caseId);
        if (profile == null) {
            throw new IllegalStateException("no practice profile for cohort case '" + caseId + "'");
        }
        return profile;
    }

    private AuditReturn generate(int index, CaseRecord family, PracticeProfile profile, AuditTool tool) {
        String agencyId = tool.agencyId();
        ReturnAccounts.Account account = accounts.of(family.id(), agencyId)
                .orElseThrow(() -> new IllegalStateException(
                        "no account of the children for the return of '" + agencyId + "' for '" + family.id() + "'"));
        Context context = new Context(family, profile, agencyId, contactMode(index, profile, agencyId), account);
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (ToolQuestion question : tool.questions()) {
            answers.put(question.id(), answer(context, question));
        }
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        for (String objectiveId : tool.objectiveIds()) {
            int grade = context.grade(objectiveId);
            String rationale = context.rationale(objectiveId, grade);
            judgements.put(
                    objectiveId,
                    profile.isNotApplicable(agencyId, objectiveId)
                            ? Judgement.notApplicable(rationale)
                            : new Judgement(GRADE_IDS.get(grade), rationale));
        }
        ReturnStatus status = ReturnStatus.COMPLETE;
        if (profile.isIncomplete(agencyId)) {
            tool.questions().stream()
                    .filter(q -> q.question().required())
                    .filter(q -> q.objectiveIds().contains(TorbayScope.FATHERS_AND_MALES))
                    .limit(2)
                    .forEach(q -> answers.remove(q.id()));
            status = ReturnStatus.INCOMPLETE;
        }
        int overall = profile.overall(agencyId);
        AuditReturn draft = AuditReturn.builder(family.id(), agencyId)
                .toolVersion(tool.version())
                .completedOn(ReturnRecords.completedOn(family.id(), index, agencyId))
                .auditorRole(ReturnText.AUDITOR_ROLE.getOrDefault(agencyId, "Designated Safeguarding Lead"))
                .status(status)
                .answers(answers)
                .objectiveJudgements(judgements)
                .overall(Optional.of(new Judgement(
                        GRADE_IDS.get(overall),
                        account.overall().orElseGet(() -> context.overallRationale(judgements)))))
                .livedExperienceByChild(account.children())
                .impact(account.impact())
                .goodPractice(account.goodPractice().orElseGet(() -> context.goodPractice(judgements)))
                .areasForDevelopment(
                        account.areasForDevelopment().orElseGet(() -> context.areasForDevelopment(judgements)))
                .actionNow(TorbayConcerns.actionNow(family.id(), agencyId))
                .independence(ReturnRecords.independence(family.id(), agencyId))
                .recordsExamined(ReturnRecords.examined(family, profile, agencyId))
                .build();
        if (status == ReturnStatus.COMPLETE) {
            return draft;
        }
        return draft.toBuilder()
                .status(status)
                .unanswered(ReturnGaps.of(tool, family, draft).unanswered())
                .build();
    }

    private Answer answer(Context context, ToolQuestion toolQuestion) {
        Question question = toolQuestion.question();
        Optional<ReturnAccounts.Written> written = context.account.answer(question.id());
        if (written.isPresent()) {
            return written(context, toolQuestion, written.get());
        }
        if (toolQuestion.objectiveIds().isEmpty()) {
            // a question on a standing theme (learning from previous reviews): practice as the agency's overall grade
            return evidenced(context, question, question.themes().get(0), context.profile.overall(context.agencyId));
        }
        String objectiveId = primaryObjective(toolQuestion);
        int grade = context.grade(objectiveId);
        String theme = question.themes().get(0);
        return switch (question.responseType()) {
            case CONTACT_MODE -> new Answer.Contact(context.mode, context.fill(ReturnText.contact(context.mode)));
            case GRADED -> new Answer.Graded(
                    new Judgement(GRADE_IDS.get(grade), context.rationale(objectiveId, grade)));
            case FREE_TEXT -> new Answer.FreeText(
                    question.themes().contains(Themes.COVID_19)
                            ? context.fill(ReturnText.covidImpact(context.mode))
                            : context.rationale(objectiveId, grade));
            case EVIDENCED -> evidenced(context, question, theme, grade);
        };
    }

    /** The answer the auditor wrote by hand, in the form the question asks for. */
    private Answer written(Context context, ToolQuestion toolQuestion, ReturnAccounts.Written written) {
        Question question = toolQuestion.question();
        String where = "the answer written to '" + question.id() + "' in the return of '" + context.agencyId + "' for '"
                + context.family.id() + "'";
        if (question.responseType() == ResponseType.EVIDENCED) {
            return new Answer.Evidenced(
                    written.rating().orElseThrow(() -> new IllegalStateException(where + " has no rating")),
                    context.fill(written.text()));
        }
        if (written.rating().isPresent()) {
            throw new IllegalStateException(where + " has a rating, but the question is not answered with one");
        }
        return switch (question.responseType()) {
            case CONTACT_MODE -> new Answer.Contact(context.mode, context.fill(written.text()));
            case FREE_TEXT -> new Answer.FreeText(context.fill(written.text()));
            case GRADED -> {
                String objectiveId = toolQuestion.objectiveIds().isEmpty()
                        ? TorbayScope.PROFESSIONAL_CURIOSITY
                        : primaryObjective(toolQuestion);
                int grade = toolQuestion.objectiveIds().isEmpty()
                        ? context.profile.overall(context.agencyId)
                        : context.grade(objectiveId);
                yield new Answer.Graded(new Judgement(GRADE_IDS.get(grade), context.fill(written.text())));
            }
            case EVIDENCED -> throw new IllegalStateException(where);
        };
    }

    private static Answer evidenced(Context context, Question question, String theme, int grade) {
        Optional<String> notApplicable = context.notApplicable(question);
        if (notApplicable.isPresent()) {
            return new Answer.Evidenced(EvidenceRating.NOT_APPLICABLE, notApplicable.get());
        }
        if (theme.equals(Themes.PROFESSIONAL_CHALLENGE)) {
            PracticeProfile.Differences differences = context.profile.differences();
            boolean challenger = context.profile.isChallenger(context.agencyId);
            if (differences == PracticeProfile.Differences.NOT_ESCALATED
                    && !context.profile.isUneasy(context.agencyId)) {
                return new Answer.Evidenced(
                        EvidenceRating.NOT_APPLICABLE, context.fill(ReturnText.NO_DISAGREEMENT_OF_ITS_OWN));
            }
            EvidenceRating rating =
                    switch (differences) {
                        case NONE -> EvidenceRating.NOT_APPLICABLE;
                        case ESCALATED -> EvidenceRating.YES;
                        case NOT_ESCALATED -> EvidenceRating.NO;
                    };
            return new Answer.Evidenced(rating, context.fill(ReturnText.differences(differences, challenger)));
        }
        // one rating per theme in a return, so that two questions on the same theme never say opposite things
        EvidenceRating rating = rating(grade, context.family.id() + "/" + context.agencyId + "/" + theme);
        return new Answer.Evidenced(
                rating,
                context.fill(ReturnText.evidence(
                        context.agencyId, context.profile.substanceMisuseServiceUser(), theme, rating)));
    }

    private static EvidenceRating rating(int grade, String key) {
        int variation = Math.floorMod(key.hashCode(), 4);
        return switch (grade) {
            case OUTSTANDING -> EvidenceRating.YES;
            case GOOD -> variation == 0 ? EvidenceRating.PARTLY : EvidenceRating.YES;
            case REQUIRES_IMPROVEMENT -> variation == 0 ? EvidenceRating.NO : EvidenceRating.PARTLY;
            default -> variation == 0 ? EvidenceRating.PARTLY : EvidenceRating.NO;
        };
    }

    /** The objective whose themes include the question's leading theme, else the first objective it serves. */
    private String primaryObjective(ToolQuestion question) {
        String leading = question.question().themes().get(0);
        return objectives.stream()
                .filter(o -> question.objectiveIds().contains(o.id()))
                .filter(o -> o.themes().contains(leading))
                .map(Objective::id)
                .findFirst()
                .orElse(question.objectiveIds().get(0));
    }

    private static ContactMode contactMode(int index, PracticeProfile profile, String agencyId) {
        return profile.contactMode(agencyId).orElseGet(() -> {
            List<ContactMode> usual = USUAL_CONTACT.getOrDefault(agencyId, List.of(ContactMode.MIXED));
            return usual.get(index % usual.size());
        });
    }

    /** One return being generated: the family, its profile, the agency and how it made contact in 2020. */
    private static final class Context {
        private final CaseRecord family;
        private final PracticeProfile profile;
        private final String agencyId;
        private final ContactMode mode;
        private final ReturnAccounts.Account account;

        Context(
                CaseRecord family,
                PracticeProfile profile,
                String agencyId,
                ContactMode mode,
                ReturnAccounts.Account account) {
            this.family = family;
            this.profile = profile;
            this.agencyId = agencyId;
            this.mode = mode;
            this.account = account;
        }

        int grade(String objectiveId) {
            int grade = profile.grade(agencyId, objectiveId);
            if (profile.hasOverride(agencyId, objectiveId)) {
                return grade;
            }
            int overall = profile.overall(agencyId);
            return switch (objectiveId) {
                case TorbayScope.COVID_19_IMPACT -> PracticeProfile.clamp(
                        grade + (mode == ContactMode.VIRTUAL ? 1 : 0));
                case TorbayScope.PROFESSIONAL_DIFFERENCES -> switch (profile.differences()) {
                    case NONE -> overall;
                    case ESCALATED -> profile.isChallenger(agencyId) ? OUTSTANDING : Math.min(overall, GOOD);
                    case NOT_ESCALATED -> Math.max(overall, REQUIRES_IMPROVEMENT);
                };
                default -> grade;
            };
        }

        String rationale(String objectiveId, int grade) {
            Optional<String> written = account.rationale(objectiveId);
            if (written.isPresent()) {
                return fill(written.get());
            }
            if (objectiveId.equals(TorbayScope.PROFESSIONAL_DIFFERENCES)
                    && profile.differences() == PracticeProfile.Differences.NONE) {
                return ReturnText.NO_DIFFERENCES_RATIONALE;
            }
            if (objectiveId.equals(TorbayScope.PROFESSIONAL_DIFFERENCES)
                    && profile.differences() == PracticeProfile.Differences.NOT_ESCALATED
                    && !profile.isUneasy(agencyId)) {
                return fill(ReturnText.NOT_UNEASY_RATIONALE);
            }
            return fill(ReturnText.rationale(objectiveId, grade));
        }

        String overallRationale(Map<String, Judgement> judgements) {
            int overall = profile.overall(agencyId);
            String best = bestObjective(judgements);
            String worst = worstObjective(judgements);
            StringBuilder text = new StringBuilder(ReturnText.overallOpening(overall));
            if (overall <= GOOD) {
                text.append(' ').append(rationale(best, grade(best)));
                if (grade(worst) >= REQUIRES_IMPROVEMENT) {
                    text.append(" However, ").append(lowerFirst(rationale(worst, grade(worst))));
                }
            } else {
                text.append(' ').append(rationale(worst, grade(worst)));
                if (grade(best) <= GOOD) {
                    text.append(" There were strengths: ").append(lowerFirst(rationale(best, grade(best))));
                }
            }
            return text.toString();
        }

        String goodPractice(Map<String, Judgement> judgements) {
            List<String> sentences = new ArrayList<>();
            if (profile.isChallenger(agencyId)) {
                sentences.add(ReturnText.goodPractice(TorbayScope.PROFESSIONAL_DIFFERENCES, true));
            }
            String best = bestObjective(judgements);
            if (grade(best) <= GOOD && !best.equals(TorbayScope.PROFESSIONAL_DIFFERENCES)) {
                sentences.add(ReturnText.goodPractice(best, false));
            }
            if (sentences.isEmpty()) {
                sentences.add("Little good practice was found beyond a clear record of contacts: "
                        + "{p} attended the meetings to which the agency was invited.");
            }
            return fill(String.join(" ", sentences));
        }

        String areasForDevelopment(Map<String, Judgement> judgements) {
            List<String> below = judgements.keySet().stream()
                    .filter(id -> grade(id) >= REQUIRES_IMPROVEMENT)
                    .sorted(Comparator.comparingInt(this::grade).reversed())
                    .limit(2)
                    .toList();
            if (below.isEmpty()) {
                return fill("No significant areas for development. To sustain this practice: "
                        + lowerFirst(ReturnText.areaForDevelopment(worstObjective(judgements))));
            }
            return fill(String.join(
                    " ", below.stream().map(ReturnText::areaForDevelopment).toList()));
        }

        private String bestObjective(Map<String, Judgement> judgements) {
            return judgements.keySet().stream()
                    .min(Comparator.comparingInt(this::grade))
                    .orElse(TorbayScope.PROFESSIONAL_CURIOSITY);
        }

        private String worstObjective(Map<String, Judgement> judgements) {
            return judgements.keySet().stream()
                    .max(Comparator.comparingInt(this::grade))
                    .orElse(TorbayScope.PROFESSIONAL_CURIOSITY);
        }

        Optional<String> notApplicable(Question question) {
            String id = question.id();
            boolean domesticAbuse = family.features().contains(TorbayScope.DOMESTIC_ABUSE);
            boolean substanceMisuse = family.features().contains(TorbayScope.SUBSTANCE_MISUSE);
            boolean motherIsServiceUser = profile.substanceMisuseServiceUser().equals("Mother");
            if (!domesticAbuse && NEEDS_DOMESTIC_ABUSE.stream().anyMatch(id::contains)) {
                return Optional.of(ReturnText.notApplicable("no domestic abuse was known in the period."));
            }
            if (!substanceMisuse && NEEDS_SUBSTANCE_MISUSE.stream().anyMatch(id::contains)) {
                return Optional.of(ReturnText.notApplicable("no substance misuse was known in the period."));
            }
            if (id.contains("father-as-service-user")) {
                return Optional.of(ReturnText.notApplicable("the service user is Mother."));
            }
            if (id.contains("expectant-father") && motherIsServiceUser) {
                return Optional.of(ReturnText.notApplicable("the service user is Mother, not an expectant father."));
            }
            if (id.contains("perpetrator-behaviour") && motherIsServiceUser) {
                return Optional.of(ReturnText.notApplicable("the service user is Mother, who was the victim."));
            }
            return Optional.empty();
        }

        String fill(String text) {
            String practitioner = ReturnText.PRACTITIONER.getOrDefault(agencyId, "the practitioner");
            String male = profile.keyMale().orElseGet(this::firstMale);
            String child = family.children().stream()
                    .map(ChildRecord::pseudonym)
                    .findFirst()
                    .orElse("the child");
            String unborn = "the unborn baby";
            return text.replace("{P}", upperFirst(practitioner))
                    .replace("{p}", practitioner)
                    .replace("{M}", "Mother")
                    .replace("{m}", "Mother")
                    .replace("{F}", upperFirst(male))
                    .replace("{f}", male)
                    .replace("{C}", upperFirst(child))
                    .replace("{c}", child)
                    .replace("{U}", upperFirst(unborn))
                    .replace("{u}", unborn);
        }

        private String firstMale() {
            return family.adults().stream()
                    .filter(a -> a.role().isMale())
                    .filter(ReturnRecords::isIdentified)
                    .map(AdultRecord::pseudonym)
                    .findFirst()
                    .orElse("the father");
        }
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        if (text.isEmpty() || text.startsWith("Mother") || text.startsWith("Father") || text.startsWith("Child")) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}

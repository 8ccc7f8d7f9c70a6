package dev.maca.privacy;

import dev.maca.audit.Audit;
import dev.maca.cohort.AdultRecord;
import dev.maca.cohort.AgencyInvolvement;
import dev.maca.cohort.Birth;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.ChildRecord;
import dev.maca.cohort.CohortCriteria;
import dev.maca.cohort.EngagementRequirement;
import dev.maca.cohort.FeatureRequirement;
import dev.maca.cohort.FirstYearEvent;
import dev.maca.cohort.UnbornRecord;
import dev.maca.returns.ActionNow;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.AuditorIndependence;
import dev.maca.returns.ChildExperience;
import dev.maca.returns.Judgement;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Grade;
import dev.maca.scope.GradingScale;
import dev.maca.scope.LearningEvent;
import dev.maca.scope.Milestone;
import dev.maca.scope.Objective;
import dev.maca.scope.Timeline;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks every string of an audit, in file order, with its JSON path, and rebuilds the audit from what the visitor
 * returns. This is the one place that knows which strings an audit holds: the guard checks and redacts through it, so
 * the two can never disagree about what is scanned.
 *
 * <p>Free text (visited with {@link FieldVisitor#text}) is every string people write: the scope's prose, case and
 * person pseudonyms, auditor roles, evidence, rationales, lived experience, good practice, areas for development,
 * the panel's record and the immediate concerns ({@link PanelRewriter}), findings, recommendations, actions, learning
 * content and the report's own content ({@link ReportRewriter}). Identifiers ({@link FieldVisitor#identifier}) are case,
 * agency, objective, question, theme, feature, grade, milestone, recommendation and action ids, which other parts of
 * the audit refer to, and each return's tool version, which forms and tools match on: personal data in one of them
 * is an error even under REDACT, as changing it would break what refers to it.
 */
final class AuditRewriter extends FieldRewriter {
    private final PanelRewriter panel;
    private final ReportRewriter report;

    AuditRewriter(FieldVisitor visitor) {
        super(visitor);
        this.panel = new PanelRewriter(visitor);
        this.report = new ReportRewriter(visitor);
    }

    Audit rewrite(Audit audit) {
        FieldPath root = FieldPath.root();
        return new Audit(
                scope(root.child("scope"), audit.scope()),
                list(root.child("candidates"), audit.candidates(), this::caseRecord),
                list(root.child("returns"), audit.returns(), this::auditReturn),
                list(root.child("panelReviews"), audit.panelReviews(), panel::review),
                list(root.child("immediateConcerns"), audit.immediateConcerns(), panel::concern),
                list(root.child("findings"), audit.findings(), report::findings),
                list(root.child("recommendations"), audit.recommendations(), report::recommendation),
                list(root.child("learning"), audit.learning(), report::learning),
                audit.report().map(r -> report.content(root.child("report"), r)));
    }

    private AuditScope scope(FieldPath p, AuditScope s) {
        return new AuditScope(
                text(p.child("reference"), s.reference()),
                s.linkedReference().map(v -> text(p.child("linkedReference"), v)),
                text(p.child("partnership"), s.partnership()),
                text(p.child("title"), s.title()),
                texts(p.child("background"), s.background()),
                text(p.child("purposeIntroduction"), s.purposeIntroduction()),
                texts(p.child("purposes"), s.purposes()),
                text(p.child("objectivesIntroduction"), s.objectivesIntroduction()),
                list(p.child("objectives"), s.objectives(), this::objective),
                cohortCriteria(p.child("cohortCriteria"), s.cohortCriteria()),
                text(p.child("agenciesIntroduction"), s.agenciesIntroduction()),
                list(p.child("agencies"), s.agencies(), this::agency),
                timeline(p.child("timeline"), s.timeline()),
                gradingScale(p.child("gradingScale"), s.gradingScale()),
                s.reportMarking(),
                s.commissioningQuestion().map(v -> text(p.child("commissioningQuestion"), v)),
                report.governance(p.child("governance"), s.governance()),
                list(p.child("previousReviews"), s.previousReviews(), report::previousReview));
    }

    private Objective objective(FieldPath p, Objective o) {
        identifier(p.child("id"), o.id());
        identifiers(p.child("themes"), o.themes());
        return new Objective(
                o.id(),
                text(p.child("title"), o.title()),
                text(p.child("statement"), o.statement()),
                o.question().map(q -> text(p.child("question"), q)),
                o.themes());
    }

    private CohortCriteria cohortCriteria(FieldPath p, CohortCriteria c) {
        return new CohortCriteria(
                c.targetSize(),
                text(p.child("introduction"), c.introduction()),
                list(p.child("features"), c.features(), this::feature),
                engagement(p.child("engagement"), c.engagement()),
                c.childAge(),
                c.exclusionRules(),
                c.method().map(m -> {
                    m.stratifyBy()
                            .ifPresent(field -> identifier(p.child("method").child("stratifyBy"), field));
                    return m;
                }));
    }

    private FeatureRequirement feature(FieldPath p, FeatureRequirement f) {
        identifiers(p.child("anyOf"), f.anyOf());
        return new FeatureRequirement(text(p.child("label"), f.label()), f.anyOf());
    }

    private EngagementRequirement engagement(FieldPath p, EngagementRequirement e) {
        identifiers(p.child("keyServices"), e.keyServices());
        return new EngagementRequirement(
                text(p.child("description"), e.description()), e.from(), e.to(), e.keyServices());
    }

    private AgencyRequirement agency(FieldPath p, AgencyRequirement a) {
        identifier(p.child("id"), a.id());
        return new AgencyRequirement(a.id(), text(p.child("name"), a.name()));
    }

    private Timeline timeline(FieldPath p, Timeline t) {
        return new Timeline(list(p.child("milestones"), t.milestones(), this::milestone));
    }

    private Milestone milestone(FieldPath p, Milestone m) {
        identifier(p.child("id"), m.id());
        return new Milestone(
                m.id(),
                m.kind(),
                text(p.child("description"), m.description()),
                m.month(),
                m.date(),
                m.completedOn(),
                m.event().map(e -> event(p.child("event"), e)));
    }

    private LearningEvent event(FieldPath p, LearningEvent e) {
        return new LearningEvent(
                text(p.child("name"), e.name()),
                e.starts(),
                e.ends(),
                text(p.child("venue"), e.venue()),
                // A redacted link is no longer one: it is left out, and the seminar pack then asks for it.
                e.onlineLink().map(link -> text(p.child("onlineLink"), link)).filter(l -> l.matches("https?://\\S+")),
                texts(p.child("facilitators"), e.facilitators()));
    }

    private GradingScale gradingScale(FieldPath p, GradingScale g) {
        String name = text(p.child("name"), g.name());
        List<Grade> grades = list(p.child("grades"), g.grades(), this::grade);
        identifier(p.child("expectedStandard"), g.expectedStandard());
        return new GradingScale(name, grades, g.expectedStandard());
    }

    private Grade grade(FieldPath p, Grade g) {
        identifier(p.child("id"), g.id());
        return new Grade(g.id(), text(p.child("label"), g.label()), text(p.child("description"), g.description()));
    }

    private CaseRecord caseRecord(FieldPath p, CaseRecord c) {
        identifier(p.child("id"), c.id());
        String pseudonym = text(p.child("pseudonym"), c.pseudonym());
        List<ChildRecord> children = list(
                p.child("children"),
                c.children(),
                (q, child) ->
                        new ChildRecord(text(q.child("pseudonym"), child.pseudonym()), child.ageBand(), child.born()));
        List<UnbornRecord> unborn = list(
                p.child("unborn"),
                c.unborn(),
                (q, baby) -> new UnbornRecord(
                        text(q.child("pseudonym"), baby.pseudonym()),
                        baby.expected(),
                        baby.birth().map(b -> birth(q.child("birth"), b))));
        List<AdultRecord> adults = list(
                p.child("adults"),
                c.adults(),
                (q, adult) -> new AdultRecord(text(q.child("pseudonym"), adult.pseudonym()), adult.role()));
        identifiers(p.child("features"), c.features());
        List<AgencyInvolvement> involvements = list(p.child("involvements"), c.involvements(), (q, involvement) -> {
            identifier(q.child("agencyId"), involvement.agencyId());
            return involvement;
        });
        return new CaseRecord(c.id(), pseudonym, children, unborn, adults, c.features(), involvements, c.flags());
    }

    private Birth birth(FieldPath p, Birth b) {
        return new Birth(
                text(p.child("knownAs"), b.knownAs()),
                b.month(),
                b.gestation(),
                b.wentHomeTo(),
                b.planAtBirth(),
                list(
                        p.child("firstYear"),
                        b.firstYear(),
                        (q, e) -> new FirstYearEvent(
                                e.month(), e.kind(), text(q.child("description"), e.description()))));
    }

    private AuditReturn auditReturn(FieldPath p, AuditReturn r) {
        identifier(p.child("caseId"), r.caseId());
        identifier(p.child("agencyId"), r.agencyId());
        identifier(p.child("toolVersion"), r.toolVersion());
        String auditorRole = text(p.child("auditorRole"), r.auditorRole());
        identifiers(p.child("unanswered"), r.unanswered());
        Map<String, Answer> answers = map(p.child("answers"), r.answers(), this::answer);
        Map<String, Judgement> judgements =
                map(p.child("objectiveJudgements"), r.objectiveJudgements(), this::judgement);
        Optional<Judgement> overall = r.overall().map(j -> judgement(p.child("overall"), j));
        return new AuditReturn(
                r.caseId(),
                r.agencyId(),
                r.toolVersion(),
                r.completedOn(),
                auditorRole,
                r.status(),
                r.unanswered(),
                answers,
                judgements,
                overall,
                text(p.child("livedExperience"), r.livedExperience()),
                list(
                        p.child("livedExperienceByChild"),
                        r.livedExperienceByChild(),
                        (q, c) -> new ChildExperience(
                                text(q.child("child"), c.child()), text(q.child("experience"), c.experience()))),
                text(p.child("impact"), r.impact()),
                text(p.child("goodPractice"), r.goodPractice()),
                text(p.child("areasForDevelopment"), r.areasForDevelopment()),
                r.actionNow().map(a -> actionNow(p.child("actionNow"), a)),
                r.independence()
                        .map(i -> new AuditorIndependence(
                                i.involved(), text(p.child("independence").child("how"), i.how()))),
                text(p.child("recordsExamined"), r.recordsExamined()));
    }

    private ActionNow actionNow(FieldPath p, ActionNow a) {
        return new ActionNow(
                a.needed(),
                text(p.child("whatWasDone"), a.whatWasDone()),
                text(p.child("whoWasTold"), a.whoWasTold()),
                a.raisedOn());
    }

    private Answer answer(FieldPath p, Answer answer) {
        if (answer instanceof Answer.Evidenced evidenced) {
            return new Answer.Evidenced(evidenced.rating(), text(p.child("evidence"), evidenced.evidence()));
        } else if (answer instanceof Answer.Graded graded) {
            return new Answer.Graded(judgement(p.child("judgement"), graded.judgement()));
        } else if (answer instanceof Answer.FreeText freeText) {
            return new Answer.FreeText(text(p.child("text"), freeText.text()));
        } else if (answer instanceof Answer.Contact contact) {
            return new Answer.Contact(contact.mode(), text(p.child("evidence"), contact.evidence()));
        }
        throw new IllegalStateException(
                "unknown answer type " + answer.getClass().getName());
    }

    private Judgement judgement(FieldPath p, Judgement j) {
        identifier(p.child("grade"), j.grade());
        return new Judgement(j.grade(), text(p.child("rationale"), j.rationale()));
    }
}

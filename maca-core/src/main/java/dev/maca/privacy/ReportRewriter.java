package dev.maca.privacy;

import dev.maca.audit.Action;
import dev.maca.audit.DocumentControl;
import dev.maca.audit.LearningContent;
import dev.maca.audit.LearningResource;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.audit.Recommendation;
import dev.maca.audit.ReportContent;
import dev.maca.audit.ReviewLearning;
import dev.maca.scope.Governance;
import dev.maca.scope.PreviousReview;

/**
 * The part of {@link AuditRewriter} that walks what the partnership writes for its documents: the findings, the
 * recommendations and their actions, the learning content, the report's own content (document control, conclusion,
 * limitations, what was found of previous reviews), and the scope's governance and previous reviews.
 */
final class ReportRewriter extends FieldRewriter {
    ReportRewriter(FieldVisitor visitor) {
        super(visitor);
    }

    ObjectiveFindings findings(FieldPath p, ObjectiveFindings f) {
        identifier(p.child("objectiveId"), f.objectiveId());
        f.grade().ifPresent(grade -> identifier(p.child("grade"), grade));
        return new ObjectiveFindings(
                f.objectiveId(),
                f.grade(),
                text(p.child("keyMessage"), f.keyMessage()),
                texts(p.child("narrative"), f.narrative()),
                texts(p.child("goodPractice"), f.goodPractice()),
                texts(p.child("areasForDevelopment"), f.areasForDevelopment()));
    }

    Recommendation recommendation(FieldPath p, Recommendation r) {
        identifier(p.child("id"), r.id());
        String text = text(p.child("text"), r.text());
        identifiers(p.child("objectiveIds"), r.objectiveIds());
        r.measure().ifPresent(m -> {
            m.sharedMeasure().ifPresent(id -> identifier(p.child("measure").child("sharedMeasure"), id));
            m.objectiveId().ifPresent(id -> identifier(p.child("measure").child("objectiveId"), id));
        });
        return new Recommendation(
                r.id(),
                text,
                r.objectiveIds(),
                text(p.child("ownerRole"), r.ownerRole()),
                r.targetDate(),
                r.measure(),
                list(p.child("actions"), r.actions(), this::action));
    }

    private Action action(FieldPath p, Action a) {
        identifier(p.child("ref"), a.ref());
        String text = text(p.child("text"), a.text());
        a.ownerAgencyId().ifPresent(owner -> identifier(p.child("ownerAgencyId"), owner));
        return new Action(
                a.ref(),
                text,
                text(p.child("ownerRole"), a.ownerRole()),
                a.ownerAgencyId(),
                a.targetDate(),
                a.status(),
                a.lastUpdated(),
                text(p.child("evidenceOfImpact"), a.evidenceOfImpact()));
    }

    LearningContent learning(FieldPath p, LearningContent l) {
        identifier(p.child("objectiveId"), l.objectiveId());
        return new LearningContent(
                l.objectiveId(),
                texts(p.child("whyItMatters"), l.whyItMatters()),
                texts(p.child("whatGoodLooksLike"), l.whatGoodLooksLike()),
                texts(p.child("thingsToRemember"), l.thingsToRemember()),
                texts(p.child("whatToDo"), l.whatToDo()),
                texts(p.child("reflectionQuestions"), l.reflectionQuestions()),
                list(p.child("resources"), l.resources(), this::resource),
                l.reviewBy(),
                text(p.child("contactRole"), l.contactRole()));
    }

    private LearningResource resource(FieldPath p, LearningResource r) {
        return new LearningResource(
                text(p.child("title"), r.title()),
                text(p.child("source"), r.source()),
                // A redacted address is no longer one: it is left out, and a brief then asks for it.
                r.url().map(url -> text(p.child("url"), url)).filter(url -> url.matches("https?://\\S+")),
                r.checkedOn());
    }

    ReportContent content(FieldPath p, ReportContent c) {
        DocumentControl control = c.control();
        FieldPath at = p.child("control");
        return new ReportContent(
                new DocumentControl(
                        text(at.child("version"), control.version()),
                        text(at.child("authorRole"), control.authorRole()),
                        texts(at.child("distribution"), control.distribution()),
                        text(at.child("handling"), control.handling())),
                texts(p.child("conclusion"), c.conclusion()),
                texts(p.child("limitations"), c.limitations()),
                list(p.child("reviewLearning"), c.reviewLearning(), this::reviewLearning));
    }

    private ReviewLearning reviewLearning(FieldPath p, ReviewLearning r) {
        return new ReviewLearning(
                text(p.child("reference"), r.reference()),
                text(p.child("embedded"), r.embedded()),
                text(p.child("impact"), r.impact()));
    }

    Governance governance(FieldPath p, Governance g) {
        return new Governance(
                text(p.child("commissionedBy"), g.commissionedBy()),
                text(p.child("reportTo"), g.reportTo()),
                texts(p.child("approvalRoute"), g.approvalRoute()));
    }

    PreviousReview previousReview(FieldPath p, PreviousReview r) {
        return new PreviousReview(
                text(p.child("reference"), r.reference()),
                text(p.child("title"), r.title()),
                r.year(),
                texts(p.child("keyMessages"), r.keyMessages()));
    }
}

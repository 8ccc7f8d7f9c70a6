package dev.maca.privacy;

import dev.maca.panel.FamilyConversation;
import dev.maca.panel.FamilyVoice;
import dev.maca.panel.ImmediateConcern;
import dev.maca.panel.Moderation;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.panel.PractitionerConversation;
import dev.maca.panel.PractitionerVoice;

/**
 * The part of {@link AuditRewriter} that walks the panel's record: every panel review (attendees' roles, rationales,
 * moderation, key learning, illustration, the family's and practitioners' words) and every immediate concern.
 */
final class PanelRewriter extends FieldRewriter {
    PanelRewriter(FieldVisitor visitor) {
        super(visitor);
    }

    PanelReview review(FieldPath p, PanelReview r) {
        identifier(p.child("caseId"), r.caseId());
        return new PanelReview(
                r.caseId(),
                r.met(),
                list(p.child("attendees"), r.attendees(), this::attendee),
                map(p.child("grades"), r.grades(), this::grade),
                text(p.child("keyLearning"), r.keyLearning()),
                r.illustration().map(v -> text(p.child("illustration"), v)),
                r.illustrationObjective().map(v -> {
                    identifier(p.child("illustrationObjective"), v);
                    return v;
                }),
                r.familyVoice().map(v -> familyVoice(p.child("familyVoice"), v)),
                r.practitionerVoice().map(v -> practitionerVoice(p.child("practitionerVoice"), v)));
    }

    private PanelAttendee attendee(FieldPath p, PanelAttendee a) {
        a.agencyId().ifPresent(id -> identifier(p.child("agencyId"), id));
        return new PanelAttendee(a.agencyId(), text(p.child("role"), a.role()));
    }

    private PanelGrade grade(FieldPath p, PanelGrade g) {
        identifier(p.child("grade"), g.grade());
        return new PanelGrade(
                g.grade(),
                text(p.child("rationale"), g.rationale()),
                g.moderation().map(m -> moderation(p.child("moderation"), m)));
    }

    private Moderation moderation(FieldPath p, Moderation m) {
        return new Moderation(text(p.child("agreedView"), m.agreedView()), text(p.child("resolution"), m.resolution()));
    }

    private FamilyVoice familyVoice(FieldPath p, FamilyVoice v) {
        return new FamilyVoice(
                v.invited(),
                text(p.child("invitation"), v.invitation()),
                v.consent(),
                list(
                        p.child("conversations"),
                        v.conversations(),
                        (q, c) -> new FamilyConversation(
                                text(q.child("familyMember"), c.familyMember()),
                                text(q.child("spokeWith"), c.spokeWith()))),
                text(p.child("parentView"), v.parentView()),
                text(p.child("childView"), v.childView()),
                text(p.child("noViewReason"), v.noViewReason()));
    }

    private PractitionerVoice practitionerVoice(FieldPath p, PractitionerVoice v) {
        return new PractitionerVoice(
                list(p.child("conversations"), v.conversations(), (q, c) -> {
                    identifier(q.child("agencyId"), c.agencyId());
                    return new PractitionerConversation(c.agencyId(), text(q.child("role"), c.role()));
                }),
                text(p.child("whatHelped"), v.whatHelped()),
                text(p.child("whatGotInTheWay"), v.whatGotInTheWay()),
                text(p.child("notHeardReason"), v.notHeardReason()));
    }

    ImmediateConcern concern(FieldPath p, ImmediateConcern c) {
        identifier(p.child("id"), c.id());
        identifier(p.child("caseId"), c.caseId());
        c.raisedBy().ifPresent(agency -> identifier(p.child("raisedBy"), agency));
        return new ImmediateConcern(
                c.id(),
                c.caseId(),
                c.raisedOn(),
                c.source(),
                c.raisedBy(),
                text(p.child("concern"), c.concern()),
                text(p.child("actionTaken"), c.actionTaken()),
                texts(p.child("toldRoles"), c.toldRoles()),
                text(p.child("ownerRole"), c.ownerRole()),
                c.status(),
                text(p.child("outcome"), c.outcome()),
                c.closedOn());
    }
}

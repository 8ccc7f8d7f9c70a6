package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.EARLY_YEARS;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;

import dev.maca.cohort.CaseRecord;
import dev.maca.panel.Consent;
import dev.maca.panel.FamilyConversation;
import dev.maca.panel.FamilyVoice;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.panel.PractitionerConversation;
import dev.maca.panel.PractitionerVoice;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The multi-agency panel of the Torbay audit: it met in late April 2021, after the returns were in and before the
 * report went to the Business Group in May, and reviewed each of the fifteen cohort families with every agency's
 * answers side by side.
 *
 * <p>Each family's review is written by hand ({@link PanelReviews1} to {@link PanelReviews5}) from that family's
 * returns: one grade per objective with the reason drawn from what the records showed, or "not applicable" where the
 * objective did not arise; a moderated view wherever the agencies' own grades were two or more apart; the key learning;
 * for some families a disguised illustration; and the family's and the practitioners' voices. The panel's grade is its
 * own judgement of the multi-agency practice, not an average of the self-grades, and where those look generous it says
 * why it sits lower.
 *
 * <p>The attendees are the chair, the Designated Nurse and a representative of each agency involved with the family,
 * by role: the Early Years setting of Family 14 and the GP practice of Family 19, which sent no return and had no open
 * plan for the family, did not attend. Children's Services, not involved with Family 17 in 2020, attended its review
 * because the assessment that followed the immediate concern was open.
 */
final class TorbayPanel {
    /** The month the panel met. */
    static final YearMonth MET = TorbayScope.AUDIT_YEAR.atMonth(4);

    /** Who represented each agency at the panel. */
    private static final Map<String, String> REPRESENTATIVES = Map.of(
            CHILDRENS_SERVICES, "Head of Service, Safeguarding and Quality Assurance, Children's Services",
            MIDWIFERY, "Named Midwife for Safeguarding",
            HEALTH_VISITING, "Named Nurse for Safeguarding Children, 0-19 Public Health Nursing",
            PRIMARY_CARE_GP, "Named GP for Safeguarding Children",
            ADULT_SUBSTANCE_MISUSE, "Safeguarding Lead, Adult Substance Misuse Service",
            ADULT_MENTAL_HEALTH, "Named Professional for Safeguarding, Adult Mental Health",
            EARLY_YEARS, "Early Years Safeguarding Advisor",
            POLICE, "Detective Inspector, Public Protection Unit");

    /** Agencies involved with a family whose representative did not attend its review, by case. */
    private static final Map<String, Set<String>> ABSENT = Map.of(
            "family-14", Set.of(EARLY_YEARS),
            "family-19", Set.of(PRIMARY_CARE_GP));

    /** Attendees who came without a return, by case and agency. */
    private static final Map<String, String> WITHOUT_RETURN =
            Map.of("family-05/" + ADULT_MENTAL_HEALTH, " (no return received; spoke from the record)");

    /**
     * Attendees from an agency not involved with the family in the period audited, who came because it has an open
     * assessment or plan for the family now, by case.
     */
    private static final Map<String, PanelAttendee> NOW_INVOLVED = Map.of(
            "family-17",
            PanelAttendee.of(
                    CHILDRENS_SERVICES,
                    "Team manager, Children's Services assessment team (not involved in 2020, so no return; attended"
                            + " because the assessment opened in April 2021 after the immediate concern was under way)"));

    private TorbayPanel() {}

    /** The panel's review of each cohort family, in cohort order. */
    static List<PanelReview> reviews(List<CaseRecord> cohort) {
        Map<String, PanelReview.Builder> drafts = new HashMap<>();
        PanelReviews1.write(drafts);
        PanelReviews2.write(drafts);
        PanelReviews3.write(drafts);
        PanelReviews4.write(drafts);
        PanelReviews5.write(drafts);
        return cohort.stream()
                .map(family -> {
                    PanelReview.Builder draft = drafts.get(family.id());
                    if (draft == null) {
                        throw new IllegalStateException(
                                "no panel review written for cohort case '" + family.id() + "'");
                    }
                    return withAttendees(draft, family).build();
                })
                .toList();
    }

    private static PanelReview.Builder withAttendees(PanelReview.Builder review, CaseRecord family) {
        review.attendee(PanelAttendee.partnership("Partnership Business Manager (chair)"));
        review.attendee(
                PanelAttendee.partnership("Designated Nurse for Safeguarding Children, Clinical Commissioning Group"));
        Set<String> absent = ABSENT.getOrDefault(family.id(), Set.of());
        for (String agencyId : TorbayScope.AGENCY_IDS) {
            if (family.involves(agencyId) && !absent.contains(agencyId)) {
                review.attendee(PanelAttendee.of(
                        agencyId,
                        REPRESENTATIVES.get(agencyId) + WITHOUT_RETURN.getOrDefault(family.id() + "/" + agencyId, "")));
            }
        }
        if (NOW_INVOLVED.containsKey(family.id())) {
            review.attendee(NOW_INVOLVED.get(family.id()));
        }
        return review;
    }

    /** A review of a family at the panel, to which its grades, learning and voices are added. */
    static PanelReview.Builder review(String caseId) {
        return PanelReview.builder(caseId, MET);
    }

    static PanelGrade outstanding(String rationale) {
        return PanelGrade.of("outstanding", rationale);
    }

    static PanelGrade good(String rationale) {
        return PanelGrade.of("good", rationale);
    }

    static PanelGrade requiresImprovement(String rationale) {
        return PanelGrade.of("requires-improvement", rationale);
    }

    static PanelGrade inadequate(String rationale) {
        return PanelGrade.of("inadequate", rationale);
    }

    static PanelGrade notApplicable(String reason) {
        return PanelGrade.notApplicable(reason);
    }

    /**
     * How every family was invited to give its view: by the partnership, never by a practitioner whose work is audited.
     */
    static final String INVITED =
            "Invited by letter from the Partnership Business Unit, followed up by an independent reviewer.";

    /** The invitation, sent to each of the family members named (e.g. "Mother and to Father of Child A"). */
    static String invited(String toWhom) {
        return "Invited by letter from the Partnership Business Unit, to " + toWhom
                + ", followed up by an independent reviewer.";
    }

    /** The family agreed to take part: who spoke with whom, and what the parents and the children said. */
    static FamilyVoice heard(
            String invitation, List<FamilyConversation> conversations, String parentView, String childView) {
        return new FamilyVoice(true, invitation, Consent.GIVEN, conversations, parentView, childView, "");
    }

    /** The family agreed to take part, but one view was not given, for this reason. */
    static FamilyVoice heardInPart(
            String invitation, List<FamilyConversation> conversations, String parentView, String whyNotAll) {
        return new FamilyVoice(true, invitation, Consent.GIVEN, conversations, parentView, "", whyNotAll);
    }

    /** The family was invited and declined, for this reason. */
    static FamilyVoice declined(String invitation, String reason) {
        return new FamilyVoice(true, invitation, Consent.DECLINED, List.of(), "", "", reason);
    }

    /** The family was invited but could not be reached. */
    static FamilyVoice notReached(String invitation, String reason) {
        return new FamilyVoice(true, invitation, Consent.NOT_SOUGHT, List.of(), "", "", reason);
    }

    static FamilyConversation spoke(String familyMember, String spokeWith) {
        return new FamilyConversation(familyMember, spokeWith);
    }

    /** What the practitioners spoken with said helped, and what got in the way. */
    static PractitionerVoice practitioners(
            List<PractitionerConversation> conversations, String whatHelped, String whatGotInTheWay) {
        return new PractitionerVoice(conversations, whatHelped, whatGotInTheWay, "");
    }

    static PractitionerConversation with(String agencyId, String role) {
        return new PractitionerConversation(agencyId, role);
    }
}

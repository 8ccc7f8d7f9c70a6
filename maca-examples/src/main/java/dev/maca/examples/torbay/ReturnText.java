package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.PracticeProfile.GOOD;
import static dev.maca.examples.torbay.PracticeProfile.INADEQUATE;
import static dev.maca.examples.torbay.PracticeProfile.OUTSTANDING;
import static dev.maca.examples.torbay.PracticeProfile.REQUIRES_IMPROVEMENT;

import dev.maca.returns.ContactMode;
import dev.maca.returns.EvidenceRating;
import dev.maca.scope.Themes;
import java.util.Map;

/**
 * The phrases auditors use in the synthetic returns, by theme, rating, objective and grade, with placeholders filled
 * from the case: {@code {p}} the practitioner ("the midwife"), {@code {m}} the mother, {@code {f}} the key male,
 * {@code {c}} the older child, {@code {u}} the unborn baby. Pseudonyms only, never a name.
 */
final class ReturnText {
    private ReturnText() {}

    /** The practitioner whose record each agency audits, as a sentence names them. */
    static final Map<String, String> PRACTITIONER = Map.of(
            TorbayScope.CHILDRENS_SERVICES, "the social worker",
            TorbayScope.MIDWIFERY, "the midwife",
            TorbayScope.HEALTH_VISITING, "the health visitor",
            TorbayScope.PRIMARY_CARE_GP, "the GP",
            TorbayScope.ADULT_SUBSTANCE_MISUSE, "the recovery worker",
            TorbayScope.ADULT_MENTAL_HEALTH, "the care coordinator",
            TorbayScope.EARLY_YEARS, "the key person",
            TorbayScope.POLICE, "officers");

    /** The auditor of each agency, by role. */
    static final Map<String, String> AUDITOR_ROLE = Map.of(
            TorbayScope.CHILDRENS_SERVICES, "Service Manager, Safeguarding and Quality Assurance",
            TorbayScope.MIDWIFERY, "Named Midwife for Safeguarding",
            TorbayScope.HEALTH_VISITING, "Named Nurse for Safeguarding Children, 0-19 Public Health Nursing",
            TorbayScope.PRIMARY_CARE_GP, "Named GP for Safeguarding Children",
            TorbayScope.ADULT_SUBSTANCE_MISUSE, "Safeguarding Lead, Adult Substance Misuse Service",
            TorbayScope.ADULT_MENTAL_HEALTH, "Named Professional for Safeguarding, Adult Mental Health",
            TorbayScope.EARLY_YEARS, "Early Years Safeguarding Advisor",
            TorbayScope.POLICE, "Detective Sergeant, Public Protection Unit");

    /**
     * What the record shows for a question, by the agency, the substance misuse service's service user, the question's
     * leading theme and the rating given: an adult service never saw the children, and a service working with a man
     * did not sit with the mother on her own.
     */
    static String evidence(String agencyId, String serviceUser, String theme, EvidenceRating rating) {
        boolean adultService =
                agencyId.equals(TorbayScope.ADULT_SUBSTANCE_MISUSE) || agencyId.equals(TorbayScope.ADULT_MENTAL_HEALTH);
        boolean withAMan = agencyId.equals(TorbayScope.ADULT_SUBSTANCE_MISUSE) && !serviceUser.equals("Mother");
        String[] texts = null;
        if (adultService && theme.equals(Themes.VOICE_OF_THE_CHILD)) {
            texts = ADULT_SERVICE_CHILDREN;
        } else if (withAMan && theme.equals(Themes.MATERNAL_MENTAL_HEALTH)) {
            texts = MOTHER_SEEN_THROUGH_HIM;
        } else if (withAMan && theme.equals(Themes.DOMESTIC_ABUSE)) {
            texts = ASKED_OF_HIM;
        } else if (agencyId.equals(TorbayScope.ADULT_MENTAL_HEALTH) && theme.equals(Themes.FATHERS_AND_MALES)) {
            texts = PARTNER_OF_THE_PATIENT;
        }
        return texts == null ? evidence(theme, rating) : pick(texts, rating);
    }

    /** What the record shows for a question, by the question's leading theme and the rating given. */
    static String evidence(String theme, EvidenceRating rating) {
        return pick(EVIDENCE.getOrDefault(theme, EVIDENCE.get(Themes.PROFESSIONAL_CURIOSITY)), rating);
    }

    private static String pick(String[] texts, EvidenceRating rating) {
        return switch (rating) {
            case YES -> texts[0];
            case PARTLY -> texts[1];
            case NO -> texts[2];
            case NOT_APPLICABLE -> "Not applicable to this family.";
        };
    }

    private static final Map<String, String[]> EVIDENCE = Map.ofEntries(
            Map.entry(Themes.LEARNING_FROM_REVIEWS, new String[] {
                "{P} drew on the partnership's learning from earlier reviews: the record shows {f} was asked about and"
                        + " the risk to {u} was considered in its own right, as the 7-minute briefings ask.",
                "Some of the learning from earlier reviews shows in the record, but it is not applied consistently:"
                        + " the father was identified but not assessed, and the plan does not say what was learnt.",
                "The record shows no sign of the learning from earlier reviews: the same gaps the previous audit"
                        + " found (the absent father, the unborn baby's risk not considered) appear again."
            }),
            Map.entry(Themes.PROFESSIONAL_CURIOSITY, new String[] {
                "{P} explored what lay behind the family's presentation, asked {m} direct questions about the"
                        + " adversities known in the household and checked her account with other agencies.",
                "{P} recorded the known adversities, but accounts were accepted without being checked with other"
                        + " agencies, and the record does not say how they affected the children.",
                "The record lists concerns but shows no exploration of them; {p} accepted {m}'s reassurance and did"
                        + " not revisit it when new information arrived."
            }),
            Map.entry(Themes.UNBORN_BABY, new String[] {
                "The risk to {u} was considered in its own right, alongside {c}'s needs, and the pre-birth plan is on"
                        + " the record with its contingency.",
                "The pregnancy is recorded, but the risk to {u} is mentioned only in passing within {c}'s plan; there"
                        + " is no separate analysis and no contingency.",
                "The record is about {c} only; the pregnancy is noted but the risk to {u} was not considered."
            }),
            Map.entry(Themes.DOMESTIC_ABUSE, new String[] {
                "{P} asked about domestic abuse when {m} was on her own; the response to what she said, including a"
                        + " DASH risk assessment, is recorded with a clear rationale.",
                "Domestic abuse was asked about once, but not again after the next police notification, and the record"
                        + " does not show the risk being reviewed.",
                "No enquiry about domestic abuse is recorded, although the record shows that incidents involving {f}"
                        + " were known."
            }),
            Map.entry(Themes.MATERNAL_MENTAL_HEALTH, new String[] {
                "{M}'s mood was asked about at each contact, her history of low mood and anxiety was known, and {p}"
                        + " considered how it affected her care of {c}.",
                "{M}'s mental health history is recorded, but the record describes her symptoms rather than what they"
                        + " meant for her care of the children.",
                "{M}'s mental ill health appears in correspondence only; it was not explored with her or linked to"
                        + " the care of the children."
            }),
            Map.entry(Themes.SUBSTANCE_MISUSE, new String[] {
                "Drug and alcohol use in the household was asked about directly, the answers were checked with the"
                        + " treatment service, and safe storage was discussed and recorded.",
                "Substance use is recorded as the parents reported it; it was not checked with the treatment service"
                        + " and safe storage was not discussed.",
                "Substance use in the household was known from other agencies but was not explored, and its impact on"
                        + " the children was not considered."
            }),
            Map.entry(Themes.FATHERS_AND_MALES, new String[] {
                "{F} was identified, seen and included; his history, including previous relationships and children,"
                        + " was checked and shared, and his role in the plan is clear.",
                "{F} is named in the record, but his history was not checked and he was not seen; what is known of"
                        + " him came from {m}.",
                "{F} is barely visible in the record: his background was not checked and his role in the household,"
                        + " as a risk or as a protective factor, was not considered."
            }),
            Map.entry(Themes.SAFETY_PLANNING, new String[] {
                "The plan sets out who will do what to keep the children safe, with contingencies, and it was reviewed"
                        + " when circumstances changed.",
                "A plan is recorded, but it relies on {m}'s agreement and does not say what would happen if it broke"
                        + " down.",
                "There is no safety plan on the record despite the known risks."
            }),
            Map.entry(Themes.INFORMATION_SHARING, new String[] {
                "Information was shared promptly with the other agencies involved, and their information is recorded"
                        + " and used.",
                "Information was shared when it was asked for, but not proactively when circumstances changed.",
                "Relevant information held by {p} was not shared with the other agencies involved."
            }),
            Map.entry(Themes.MULTIPLE_ADVERSITIES, new String[] {
                "The combined impact of the adversities in the household was analysed, rather than each concern"
                        + " being considered on its own.",
                "Each concern is recorded, but they were considered one at a time; the cumulative risk to the children"
                        + " is not analysed.",
                "The adversities were treated as separate episodes and their combined impact on the children was not"
                        + " recognised."
            }),
            Map.entry(Themes.VOICE_OF_THE_CHILD, new String[] {
                "{C} was seen, and {c}'s presentation and words are recorded and shaped the plan.",
                "{C} was seen, but the record describes the adults' views more than {c}'s experience.",
                "{C}'s presentation and voice are not recorded."
            }),
            Map.entry(Themes.COVID_19, new String[] {
                "The restrictions were weighed against the risks: face-to-face contact was kept where the risk required"
                        + " it and missed contacts were followed up.",
                "Contacts moved to telephone during the restrictions; some were followed up, but the record does not"
                        + " show the risks being weighed when home visits stopped.",
                "Contacts stopped or moved to telephone during the restrictions without the risks being considered,"
                        + " and missed contacts were not followed up."
            }));

    /** What an adult service's record shows of the children, whom nobody from the service saw. */
    private static final String[] ADULT_SERVICE_CHILDREN = {
        "The children are named, and what they see and hear of the parent's difficulties was discussed with the"
                + " service user and recorded, from the parent's account and the agencies that see them.",
        "The children are named, but what they see and hear at home was not discussed with the service user;"
                + " nobody from the service saw them.",
        "The record does not describe the children or their experience, and nobody from the service saw them."
    };

    /** What the record of a substance misuse service working with a man shows of the mother's mental health. */
    private static final String[] MOTHER_SEEN_THROUGH_HIM = {
        "{F}'s own mental health and {M}'s, as the agencies treating her described it, were considered in assessing"
                + " the risk to the children.",
        "{F}'s own mood is recorded; {M}'s mental health is mentioned from his account only and was not considered"
                + " in the risk assessment.",
        "{M}'s mental health is not mentioned in {f}'s record."
    };

    /** What the record of a substance misuse service working with a man shows of domestic abuse. */
    private static final String[] ASKED_OF_HIM = {
        "{F} was asked about domestic abuse, as a possible victim and perpetrator, and what he said was shared with"
                + " the agencies working with {m}.",
        "{F} was asked about domestic abuse once, at assessment, and not again when other agencies' information"
                + " changed.",
        "{F} was not asked about domestic abuse, although incidents involving him were known to other agencies."
    };

    /** What the record of an adult mental health service working with the mother shows of the man in her life. */
    private static final String[] PARTNER_OF_THE_PATIENT = {
        "{F}'s own health, any substance use and his part in the household, as a risk or a support, were"
                + " considered in {m}'s care plan, from her account and other agencies' information.",
        "{F} is named in {m}'s record, from her account; his own health, substance use and part in the household"
                + " were not considered.",
        "{F} is not mentioned in {m}'s record."
    };

    /** Evidence for a professional-differences question from an agency that did not disagree with anything. */
    static final String NO_DISAGREEMENT_OF_ITS_OWN = "Not applicable: {p} did not disagree with any decision about the"
            + " children, and the record shows no challenge given or received.";

    /** The rationale for a professional-differences judgement from an agency that did not disagree with anything. */
    static final String NOT_UNEASY_RATIONALE = "The record shows no disagreement by {p}; other agencies' unease about"
            + " the plan was not shared with {p}, who did not question the plan either.";

    /** Evidence for a professional-differences question, by how disagreement played out and this agency's part. */
    static String differences(PracticeProfile.Differences differences, boolean challenger) {
        return switch (differences) {
            case NONE -> "No disagreement between professionals about the children is recorded in the period.";
            case ESCALATED -> challenger
                    ? "{P} disagreed with a decision about the children, raised it with the manager and escalated it"
                            + " under the Professional Differences Policy; the escalation and its outcome are recorded."
                    : "When another agency challenged a decision, {p} took part in the discussion that resolved it and"
                            + " the revised plan is recorded.";
            case NOT_ESCALATED -> "{P} recorded unease with another agency's decision, but did not raise it with a"
                    + " manager or use the Professional Differences Policy.";
        };
    }

    /** Why a question does not apply to the family, for a "Not applicable" answer. */
    static String notApplicable(String reason) {
        return "Not applicable: " + reason;
    }

    /** The rationale for a judgement on an objective, by objective and grade. */
    static String rationale(String objectiveId, int grade) {
        return RATIONALE.get(objectiveId)[grade];
    }

    /** The rationale for a professional-differences judgement when no disagreement arose. */
    static final String NO_DIFFERENCES_RATIONALE = "No disagreement between professionals arose; practitioners' views"
            + " were shared at meetings and recorded, and nothing was found that should have been challenged.";

    private static final Map<String, String[]> RATIONALE = Map.of(
            TorbayScope.PROFESSIONAL_CURIOSITY,
                    new String[] {
                        "Practitioners were consistently curious: they asked direct questions, checked accounts with other"
                                + " agencies and revisited risk each time new information emerged.",
                        "Known adversities were explored with the parents and checked with other agencies; their impact on the"
                                + " children is clear in the record.",
                        "Adversities were recorded, but accounts were mostly accepted without being checked and their"
                                + " cumulative impact on the children was not analysed.",
                        "Significant risks known within the family were not explored; reassurance was accepted and the"
                                + " children's experience was lost."
                    },
            TorbayScope.FATHERS_AND_MALES,
                    new String[] {
                        "{F} was actively engaged, his history checked and shared, and his role as both a risk and a resource"
                                + " was central to the plan.",
                        "{F} was identified and seen, and his history was checked; his role in the household is understood.",
                        "{F} was known about but not seen or assessed; what is known about him came from {m}.",
                        "{F} was invisible to practice: he was not identified, checked or engaged, although information"
                                + " suggested he posed a risk."
                    },
            TorbayScope.UNBORN_SAFETY_PLANNING,
                    new String[] {
                        "Risk to {u} was assessed early and in its own right, with a clear birth plan and contingency agreed"
                                + " across agencies.",
                        "{U} was considered alongside {c}, and a birth plan was in place before the birth.",
                        "{U} was considered late, or only within {c}'s plan; the birth plan lacked a contingency.",
                        "There was no assessment of risk to {u}, although {c}'s assessment identified significant concerns."
                    },
            TorbayScope.PROFESSIONAL_DIFFERENCES,
                    new String[] {
                        "A disagreement was escalated promptly under the Professional Differences Policy and resolved, and the"
                                + " plan for the children changed as a result.",
                        "Professional views were shared openly and differences were resolved through discussion, with the"
                                + " outcome recorded.",
                        "Practitioners disagreed with a decision but did not escalate it; the concern is recorded but was not"
                                + " acted on.",
                        "A significant disagreement about risk was left unresolved and the children remained without the"
                                + " right level of help."
                    },
            TorbayScope.MATERNAL_MENTAL_HEALTH,
                    new String[] {
                        "The impact of {m}'s mental ill health on her parenting was understood, shared across agencies and"
                                + " built into the plan, with perinatal support in place.",
                        "{M}'s mental health was asked about regularly and its effect on her care of the children was"
                                + " considered.",
                        "{M}'s mental health was recorded, but its impact on her parenting capacity was not analysed.",
                        "{M}'s mental ill health was not explored, and its impact on the children was not considered."
                    },
            TorbayScope.COVID_19_IMPACT,
                    new String[] {
                        "Practice adapted well to the restrictions: face-to-face contact was kept where risk required it and"
                                + " the family's engagement was closely watched.",
                        "Contact continued, face to face and virtual as risk required, and missed contacts were followed up.",
                        "Contact moved largely to telephone; the children were seen less often and the effect of this on the"
                                + " assessment of risk was not considered.",
                        "Contact effectively stopped during the restrictions, and the family's disengagement was neither"
                                + " recognised nor followed up."
                    });

    /** The opening of an overall rationale, by grade. */
    static String overallOpening(int grade) {
        return switch (grade) {
            case OUTSTANDING -> "Practice was exceptional and made a real difference for the children.";
            case GOOD -> "Practice met the expected standard.";
            case REQUIRES_IMPROVEMENT -> "Practice was not yet good: the difference made for the children was not"
                    + " consistent.";
            case INADEQUATE -> "Practice left the children at risk of harm: serious gaps were found.";
            default -> throw new IllegalArgumentException("no grade of rank " + grade);
        };
    }

    /** Good practice an agency showed on an objective. */
    static String goodPractice(String objectiveId, boolean escalated) {
        return switch (objectiveId) {
            case TorbayScope.PROFESSIONAL_CURIOSITY -> "{P} asked direct questions and checked accounts with other"
                    + " agencies rather than accepting reassurance.";
            case TorbayScope.FATHERS_AND_MALES -> "{P} made a point of seeing {f} and recording his history, not"
                    + " only {m}'s.";
            case TorbayScope.UNBORN_SAFETY_PLANNING -> "{P} considered {u} in its own right and contributed to a"
                    + " birth plan with a contingency.";
            case TorbayScope.PROFESSIONAL_DIFFERENCES -> escalated
                    ? "{P} used the Professional Differences Policy to challenge a decision, and the challenge changed"
                            + " the plan for the children."
                    : "{P} shared a different view openly at the multi-agency meeting and it was recorded.";
            case TorbayScope.MATERNAL_MENTAL_HEALTH -> "{P} asked about {m}'s mood at each contact and linked what she"
                    + " said to her care of the children.";
            case TorbayScope.COVID_19_IMPACT -> "{P} kept face-to-face contact going when the risk required it and"
                    + " followed up every missed contact.";
            default -> "{P} kept a clear record of the work with the family.";
        };
    }

    /** What an agency should develop on an objective. */
    static String areaForDevelopment(String objectiveId) {
        return switch (objectiveId) {
            case TorbayScope.PROFESSIONAL_CURIOSITY -> "Test parents' accounts with other agencies and analyse the"
                    + " combined impact of the adversities on the children.";
            case TorbayScope.FATHERS_AND_MALES -> "See and assess {f}, check his history with the police and other"
                    + " agencies, and record his role in the household.";
            case TorbayScope.UNBORN_SAFETY_PLANNING -> "Assess the risk to {u} in its own right from early in the"
                    + " pregnancy, with a birth plan and contingency.";
            case TorbayScope.PROFESSIONAL_DIFFERENCES -> "Use the Professional Differences Policy when a concern"
                    + " about a decision remains, and record the escalation and its outcome.";
            case TorbayScope.MATERNAL_MENTAL_HEALTH -> "Move from recording {m}'s diagnosis to analysing what her"
                    + " mental ill health means for her care of the children.";
            case TorbayScope.COVID_19_IMPACT -> "When contact is virtual, record how the children were seen and"
                    + " heard, and weigh the risk of not seeing them face to face.";
            default -> "Keep the record up to date with what other agencies know.";
        };
    }

    /** How contacts were made in 2020, as the record shows. */
    static String contact(ContactMode mode) {
        return switch (mode) {
            case FACE_TO_FACE -> "Contacts in 2020 stayed face to face, including during the first lockdown, because"
                    + " of the level of risk; {c} was seen at home.";
            case MIXED -> "Contacts in 2020 were mixed: face to face at key points, by telephone or video during the"
                    + " lockdowns.";
            case VIRTUAL -> "From March 2020 contacts were by telephone or video only; {c} was not seen at home for"
                    + " several months.";
            case NONE -> "There was no contact in 2020.";
        };
    }

    /** An auditor's account of Covid-19's impact on the work, for free-text Covid questions. */
    static String covidImpact(ContactMode mode) {
        return switch (mode) {
            case FACE_TO_FACE -> "The restrictions had little effect on the work: visits continued in person with"
                    + " protective equipment, and {m} engaged well.";
            case MIXED -> "Some visits moved to telephone during the lockdowns. {M} engaged, but {f} was not seen"
                    + " during those months, and the picture of home life relied on what {m} said.";
            case VIRTUAL -> "Virtual contact reduced sight of the children and of the home. {M} answered calls but"
                    + " {f} was never seen, and the auditor considers that risk was harder to assess as a result.";
            case NONE -> "The service had no contact with the family during the restrictions.";
        };
    }
}

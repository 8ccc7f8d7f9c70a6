package dev.maca.scope;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The well-known shared measures: facts about a family that the bundled agencies' questions ask in common, so each is
 * combined per family across agencies. Like {@link Themes}, the vocabulary is open: a plugin's question may name a
 * measure of its own, which documents label from its id ({@link #of(String)}).
 */
public final class SharedMeasures {
    /** The father, or the mother's partner, was seen and included in the work. */
    public static final SharedMeasure FATHER_SEEN = new SharedMeasure(
            "father-seen",
            "Father or partner seen and included",
            "An agency saw the baby's father or the mother's partner and included him in its work, not only recorded his"
                    + " name.");

    /** The father's history (previous children, violence, substance use, mental health) was explored. */
    public static final SharedMeasure FATHER_HISTORY_EXPLORED = new SharedMeasure(
            "father-history-explored",
            "Father's history explored",
            "An agency explored the father's own history: previous children and relationships, violence, substance use"
                    + " and mental health.");

    /** Every male in or connected to the household was identified and checked. */
    public static final SharedMeasure MALES_CHECKED = new SharedMeasure(
            "males-checked",
            "Men in the household identified and checked",
            "An agency identified every man living in or connected to the household and checked what was known about"
                    + " him.");

    /** The risk to the unborn baby was analysed in its own right, not only within the older sibling's plan. */
    public static final SharedMeasure UNBORN_RISK_ASSESSED_SEPARATELY = new SharedMeasure(
            "unborn-risk-assessed-separately",
            "Unborn baby's risk assessed in its own right",
            "The risk to the unborn baby was analysed in its own right, not only in passing within an older sibling's"
                    + " assessment or plan.");

    /** A birth plan with a contingency for an early or unplanned birth was in place. */
    public static final SharedMeasure BIRTH_PLAN = new SharedMeasure(
            "birth-plan-in-place",
            "Birth plan with a contingency",
            "A birth plan was agreed before the birth, with a contingency for a pre-term or unplanned birth.");

    /** Concerns for the children were referred to children's social care. */
    public static final SharedMeasure REFERRED = new SharedMeasure(
            "referred-to-childrens-social-care",
            "Concerns referred to children's social care",
            "An agency referred its concerns for the children, or the unborn baby, to children's social care.");

    /** The mother was asked about domestic abuse in private. */
    public static final SharedMeasure DOMESTIC_ABUSE_ASKED = new SharedMeasure(
            "domestic-abuse-asked",
            "Mother asked about domestic abuse in private",
            "An agency asked the mother about domestic abuse when she was on her own, and recorded her answer.");

    /** The children were seen and their words, wishes and feelings recorded. */
    public static final SharedMeasure CHILD_SEEN_AND_HEARD = new SharedMeasure(
            "child-seen-and-heard",
            "Children seen and heard",
            "An agency saw the children and recorded what they said, showed or felt, in a way that suited their age.");

    /** The mother was referred to, or worked jointly with, the specialist perinatal mental health team. */
    public static final SharedMeasure PERINATAL_REFERRAL = new SharedMeasure(
            "perinatal-mental-health-referral",
            "Perinatal mental health referral",
            "Where the mother's mental health was a concern, an agency referred her to, or worked with, the specialist"
                    + " perinatal mental health team.");

    /** A disagreement between professionals was escalated and resolved. */
    public static final SharedMeasure DISAGREEMENT_ESCALATED = new SharedMeasure(
            "disagreement-escalated",
            "Professional disagreement escalated",
            "Where professionals disagreed about the children, an agency escalated it under the partnership's"
                    + " professional differences (escalation) policy.");

    /** Learning from previous reviews showed in the practice. */
    public static final SharedMeasure LEARNING_EVIDENT = new SharedMeasure(
            "learning-from-reviews-evident",
            "Learning from previous reviews evident",
            "The record shows practice informed by the learning of previous audits and reviews.");

    /** Every well-known measure, in a stable order. */
    public static final List<SharedMeasure> WELL_KNOWN = List.of(
            FATHER_SEEN,
            FATHER_HISTORY_EXPLORED,
            MALES_CHECKED,
            UNBORN_RISK_ASSESSED_SEPARATELY,
            BIRTH_PLAN,
            REFERRED,
            DOMESTIC_ABUSE_ASKED,
            CHILD_SEEN_AND_HEARD,
            PERINATAL_REFERRAL,
            DISAGREEMENT_ESCALATED,
            LEARNING_EVIDENT);

    private SharedMeasures() {}

    /** The well-known measure with this id. */
    public static Optional<SharedMeasure> wellKnown(String id) {
        return WELL_KNOWN.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * The measure with this id: the well-known one, or one labelled from the id itself ({@code staff-trained} is "Staff
     * trained") for a measure a plugin introduced.
     */
    public static SharedMeasure of(String id) {
        return wellKnown(id).orElseGet(() -> {
            String words = id.replace('-', ' ');
            String label = words.isEmpty() ? id : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
            return new SharedMeasure(id, label, "");
        });
    }
}

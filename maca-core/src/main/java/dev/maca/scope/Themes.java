package dev.maca.scope;

import java.util.List;

/**
 * The well-known theme ids that objectives and questions share, so that an agency's question meets an audit's
 * objective.
 *
 * <p>Themes are an open vocabulary of lower-kebab-case ids: these constants are the ones the bundled agencies and the
 * Torbay audit use, and plugins may add their own.
 */
public final class Themes {
    /** Looking, listening, asking and checking out: professional curiosity about what is happening to the child. */
    public static final String PROFESSIONAL_CURIOSITY = "professional-curiosity";
    /** Several adversities known together in a family (domestic abuse, substance misuse, mental ill health). */
    public static final String MULTIPLE_ADVERSITIES = "multiple-adversities";
    /** Domestic abuse, its risk assessment (DASH) and MARAC. */
    public static final String DOMESTIC_ABUSE = "domestic-abuse";
    /** Parental or household substance misuse. */
    public static final String SUBSTANCE_MISUSE = "substance-misuse";
    /** Birth fathers and other males in the household: their risk and protective factors. */
    public static final String FATHERS_AND_MALES = "fathers-and-males";
    /** The unborn baby and pre-birth assessment. */
    public static final String UNBORN_BABY = "unborn-baby";
    /** Safety planning and contingency planning. */
    public static final String SAFETY_PLANNING = "safety-planning";
    /** Challenge between professionals, escalation and the Professional Differences policy. */
    public static final String PROFESSIONAL_CHALLENGE = "professional-challenge";
    /** Maternal mental ill health and its impact on parenting capacity. */
    public static final String MATERNAL_MENTAL_HEALTH = "maternal-mental-health";
    /** The impact of Covid-19 on contact, intervention and engagement. */
    public static final String COVID_19 = "covid-19";
    /** The voice and lived experience of the child. */
    public static final String VOICE_OF_THE_CHILD = "voice-of-the-child";
    /** Information sharing between agencies. */
    public static final String INFORMATION_SHARING = "information-sharing";
    /** Whether learning from previous audits and reviews has been embedded in practice. */
    public static final String LEARNING_FROM_REVIEWS = "learning-from-reviews";
    /**
     * A child's access to and inclusion in education: attendance and persistent absence, children missing education,
     * elective home education, suspensions and exclusions, part-time timetables and special educational needs.
     */
    public static final String EDUCATION_INCLUSION = "education-inclusion";
    /**
     * Moves between schools, phases, services or providers, and whether the child's record and the known risk went with
     * the child or the case.
     */
    public static final String TRANSITIONS = "transitions";
    /** Criminal and sexual exploitation of children by people outside the family, and its warning signs. */
    public static final String EXPLOITATION = "exploitation";

    /** Every well-known theme, in a stable order. */
    public static final List<String> WELL_KNOWN = List.of(
            PROFESSIONAL_CURIOSITY,
            MULTIPLE_ADVERSITIES,
            DOMESTIC_ABUSE,
            SUBSTANCE_MISUSE,
            FATHERS_AND_MALES,
            UNBORN_BABY,
            SAFETY_PLANNING,
            PROFESSIONAL_CHALLENGE,
            MATERNAL_MENTAL_HEALTH,
            COVID_19,
            VOICE_OF_THE_CHILD,
            INFORMATION_SHARING,
            LEARNING_FROM_REVIEWS,
            EDUCATION_INCLUSION,
            TRANSITIONS,
            EXPLOITATION);

    /**
     * The themes every audit asks about, whatever its objectives: every multi-agency case audit considers how well the
     * learning from previous audits and reviews has been embedded in practice, so audit tools always include the
     * questions on it.
     */
    public static final List<String> STANDING = List.of(LEARNING_FROM_REVIEWS);

    private Themes() {}
}

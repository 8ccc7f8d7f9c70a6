package dev.maca.analysis;

/**
 * What the returns for one family say about one shared measure, combining every agency that asked it: the fact holds
 * when any agency's record shows it, so "no agency saw the father" is a finding about the family, not about answers.
 */
public enum MeasureOutcome {
    /** Some agency answered Yes: the fact holds for the family. */
    YES,
    /** No agency answered Yes, and some answered Partly. */
    PARTLY,
    /** Agencies answered, and the best answer was No: no agency's record shows the fact. */
    NO,
    /** Every answer was Not applicable. */
    NOT_APPLICABLE,
    /** No agency's return answered a question asking the measure. */
    NOT_ASKED
}

package dev.maca.returns;

/** Whether an agency's return answers every required question of its tool. */
public enum ReturnStatus {
    /** Every required question is answered. */
    COMPLETE,
    /** Some required questions are unanswered (e.g. a partly completed form). */
    INCOMPLETE
}

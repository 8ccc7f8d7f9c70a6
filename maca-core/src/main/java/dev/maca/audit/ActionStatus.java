package dev.maca.audit;

/**
 * Where an action of the action plan stands, in the words Business Groups track it by; the key printed under every
 * action plan is {@link #meaning()}.
 *
 * <p>A RAG colour set before anything has started says nothing, so an action starts {@link #NOT_STARTED} and moves on
 * only with an update on a recorded day. Files written by MACA 0.1 said {@code RED}, {@code AMBER} or {@code GREEN};
 * they read as {@link #NOT_STARTED}, {@link #AT_RISK} and {@link #ON_TRACK} (see {@link #parse(String)}).
 */
public enum ActionStatus {
    /** Agreed, with an owner and a date, but not yet begun. */
    NOT_STARTED("Not started", "Agreed, with an owner and a target date, but not yet begun."),
    /** Begun, and expected to be done by its target date. */
    ON_TRACK("On track", "Begun, and expected to be done by its target date."),
    /** Begun, but the owner has reported a risk to its target date. */
    AT_RISK("At risk", "Begun, but the owner has reported a risk to meeting its target date."),
    /** Its target date has passed and it is not done. */
    OVERDUE("Overdue", "Its target date has passed and it is not done."),
    /** Done, with its evidence recorded. */
    COMPLETE("Complete", "Done, with the evidence of completion recorded.");

    private final String label;
    private final String meaning;

    ActionStatus(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** The status as printed, e.g. "At risk". */
    public String label() {
        return label;
    }

    /** What the status means, for the key printed with the action plan. */
    public String meaning() {
        return meaning;
    }

    /** Whether the action is still to be done: every status but {@link #COMPLETE}. */
    public boolean isOpen() {
        return this != COMPLETE;
    }

    /**
     * The status a file names, by its upper-case name, or by the RAG colour MACA 0.1 wrote.
     *
     * @throws IllegalArgumentException naming the statuses allowed, when {@code name} is none of them
     */
    public static ActionStatus parse(String name) {
        switch (name) {
            case "RED":
                return NOT_STARTED;
            case "AMBER":
                return AT_RISK;
            case "GREEN":
                return ON_TRACK;
            default:
                for (ActionStatus status : values()) {
                    if (status.name().equals(name)) {
                        return status;
                    }
                }
                throw new IllegalArgumentException(
                        "action status must be one of NOT_STARTED, ON_TRACK, AT_RISK," + " OVERDUE or COMPLETE");
        }
    }
}

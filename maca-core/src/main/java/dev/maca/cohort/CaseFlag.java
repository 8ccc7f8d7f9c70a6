package dev.maca.cohort;

/**
 * A fact about a family, at the time its cohort is chosen, that a partnership may rule out of an audit: cohort
 * criteria list the flags they exclude ({@link CohortCriteria#exclusionRules()}), and selection gives each as a reason.
 */
public enum CaseFlag {
    /** Care proceedings about a child of the family are live (issued and not yet concluded). */
    LIVE_CARE_PROCEEDINGS(
            "care proceedings are live", "care proceedings were live", ExclusionReason.Kind.LIVE_CARE_PROCEEDINGS),
    /**
     * A practice review of the family is under way: a rapid review, a local child safeguarding practice review (or the
     * serious case review it replaced), a domestic homicide review or a safeguarding adults review.
     */
    CURRENT_PRACTICE_REVIEW(
            "a practice review of the family (such as a rapid review or a child safeguarding practice review) is under"
                    + " way",
            "a practice review of the family was under way",
            ExclusionReason.Kind.CURRENT_PRACTICE_REVIEW),
    /** The family is the index family of the review that led to the audit. */
    INDEX_FAMILY(
            "the family is the index family of the review that led to the audit",
            "the index family of the review that led to the audit",
            ExclusionReason.Kind.INDEX_FAMILY);

    private final String rule;
    private final String reason;
    private final ExclusionReason.Kind kind;

    CaseFlag(String rule, String reason, ExclusionReason.Kind kind) {
        this.rule = rule;
        this.reason = reason;
        this.kind = kind;
    }

    /** The exclusion rule in words, to follow "a family is excluded where …": "care proceedings are live". */
    public String rule() {
        return rule;
    }

    /** The reason a flagged family was excluded, in words: "care proceedings were live". */
    public String reason() {
        return reason;
    }

    /** The kind of exclusion reason this flag gives. */
    public ExclusionReason.Kind kind() {
        return kind;
    }
}

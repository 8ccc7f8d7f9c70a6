package dev.maca.report.forms;

/**
 * The names of a form's fields, shared by the writer and the importer so the two cannot drift apart.
 *
 * <p>Names use colons, never full stops: a full stop in a PDF field name starts a child field.
 */
final class FormFields {
    static final String AUDIT_REFERENCE = "id:audit-reference";
    static final String CASE_ID = "id:case";
    static final String AGENCY_ID = "id:agency";
    static final String TOOL_VERSION = "id:tool-version";
    static final String CHECKSUM = "id:checksum";
    static final String COMPLETED_ON = "completion:date";
    static final String AUDITOR_ROLE = "completion:auditor-role";

    /** The core questions the return keeps in their own components rather than among its answers. */
    static final String LIVED_EXPERIENCE = "core-lived-experience";

    static final String GOOD_PRACTICE = "core-good-practice";
    static final String AREAS_FOR_DEVELOPMENT = "core-areas-for-development";
    static final String OVERALL_JUDGEMENT = "core-overall-judgement";

    private FormFields() {}

    /** The choice of a question: rating, grade or contact mode. */
    static String choice(String questionId) {
        return "q:" + questionId + ":choice";
    }

    /** The text of a question: evidence, rationale or the free-text answer. */
    static String text(String questionId) {
        return "q:" + questionId + ":text";
    }

    /** The grade of the agency's judgement for an objective. */
    static String objectiveGrade(String objectiveId) {
        return "objective:" + objectiveId + ":grade";
    }

    /** The rationale of the agency's judgement for an objective. */
    static String objectiveRationale(String objectiveId) {
        return "objective:" + objectiveId + ":rationale";
    }
}

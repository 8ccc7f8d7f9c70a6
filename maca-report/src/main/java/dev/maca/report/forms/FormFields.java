package dev.maca.report.forms;

/**
 * The names of the forms' fields, shared by the form models and the importers so the two cannot drift apart.
 *
 * <p>Names use colons, never full stops: a full stop in a PDF field name starts a child field.
 */
final class FormFields {
    static final String FORM_KIND = "id:form-kind";
    static final String AUDIT_REFERENCE = "id:audit-reference";
    static final String CASE_ID = "id:case";
    static final String AGENCY_ID = "id:agency";
    static final String TOOL_VERSION = "id:tool-version";
    static final String FORM_VERSION = "id:form-version";
    static final String CHECKSUM = "id:checksum";
    static final String COMPLETED_ON = "completion:date";
    static final String AUDITOR_ROLE = "completion:auditor-role";

    /** The core questions the return keeps in their own components rather than among its answers. */
    static final String INDEPENDENCE = "core-auditor-independence";

    static final String RECORDS_EXAMINED = "core-records-examined";
    static final String LIVED_EXPERIENCE = "core-lived-experience";
    static final String IMPACT = "core-impact";
    static final String GOOD_PRACTICE = "core-good-practice";
    static final String AREAS_FOR_DEVELOPMENT = "core-areas-for-development";
    static final String OVERALL_JUDGEMENT = "core-overall-judgement";
    static final String ACTION_NOW = "core-action-now";

    static final String PANEL_MET = "panel:met";
    static final String KEY_LEARNING = "panel:key-learning";
    static final String ILLUSTRATION = "panel:illustration";
    static final String ILLUSTRATION_OBJECTIVE = "panel:illustration-objective";
    static final String FAMILY_INVITED = "panel:family:invited";
    static final String FAMILY_INVITATION = "panel:family:invitation";
    static final String FAMILY_CONSENT = "panel:family:consent";
    static final String FAMILY_PARENT_VIEW = "panel:family:parent-view";
    static final String FAMILY_CHILD_VIEW = "panel:family:child-view";
    static final String FAMILY_NO_VIEW = "panel:family:no-view-reason";
    static final String PRACTITIONERS_HELPED = "panel:practitioners:helped";
    static final String PRACTITIONERS_HINDERED = "panel:practitioners:hindered";
    static final String PRACTITIONERS_NOT_HEARD = "panel:practitioners:not-heard";
    static final String CONCERN_RAISED = "panel:concern:raised";
    static final String CONCERN_WHAT = "panel:concern:what";
    static final String CONCERN_ACTION = "panel:concern:action";
    static final String CONCERN_TOLD = "panel:concern:told";
    static final String CONCERN_OWNER = "panel:concern:owner";
    static final String CONCERN_DATE = "panel:concern:date";
    private static final String OPEN_CONCERN = "panel:open-concern:";

    private FormFields() {}

    /** The choice of a question: rating, grade, contact mode, or yes and no. */
    static String choice(String questionId) {
        return "q:" + questionId + ":choice";
    }

    /** The text of a question: evidence, rationale or the free-text answer. */
    static String text(String questionId) {
        return "q:" + questionId + ":text";
    }

    /** Who the auditor told about something that needs action now. */
    static String actionNowTold() {
        return "q:" + ACTION_NOW + ":told";
    }

    /** The day the auditor raised something that needs action now. */
    static String actionNowDate() {
        return "q:" + ACTION_NOW + ":date";
    }

    /** One child's lived experience, by the child's pseudonym (a full stop in it becomes a hyphen). */
    static String childExperience(String pseudonym) {
        return "q:" + LIVED_EXPERIENCE + ":child:" + pseudonym.replace('.', '-');
    }

    /** The grade of the agency's judgement for an objective. */
    static String objectiveGrade(String objectiveId) {
        return "objective:" + objectiveId + ":grade";
    }

    /** The rationale of the agency's judgement for an objective. */
    static String objectiveRationale(String objectiveId) {
        return "objective:" + objectiveId + ":rationale";
    }

    /** The agency of the panel's attendee in row {@code row} (from 1). */
    static String attendeeAgency(int row) {
        return "panel:attendee:" + row + ":agency";
    }

    /** The role of the panel's attendee in row {@code row} (from 1). */
    static String attendeeRole(int row) {
        return "panel:attendee:" + row + ":role";
    }

    /** The panel's agreed grade for an objective. */
    static String panelGrade(String objectiveId) {
        return "panel:grade:" + objectiveId;
    }

    /** The panel's rationale for an objective's grade. */
    static String panelRationale(String objectiveId) {
        return "panel:rationale:" + objectiveId;
    }

    /** The panel's moderated view for an objective. */
    static String moderationView(String objectiveId) {
        return "panel:moderation:" + objectiveId + ":view";
    }

    /** How the panel resolved the agencies' difference for an objective. */
    static String moderationResolution(String objectiveId) {
        return "panel:moderation:" + objectiveId + ":resolution";
    }

    /** The family member of the conversation in row {@code row} (from 1). */
    static String familyMember(int row) {
        return "panel:family:conversation:" + row + ":member";
    }

    /** Whom the family member spoke with in row {@code row} (from 1). */
    static String familySpokeWith(int row) {
        return "panel:family:conversation:" + row + ":with";
    }

    /** Whether an immediate concern already open when the panel met is still open or now closed. */
    static String openConcernStatus(String concernId) {
        return OPEN_CONCERN + concernId + ":status";
    }

    /** Where an immediate concern already open stands now, or how it ended. */
    static String openConcernStands(String concernId) {
        return OPEN_CONCERN + concernId + ":stands";
    }

    /** The day an immediate concern already open was closed. */
    static String openConcernClosedOn(String concernId) {
        return OPEN_CONCERN + concernId + ":closed-on";
    }

    /** The concern id a field of {@link #openConcernStatus} names, if {@code field} is one. */
    static java.util.Optional<String> openConcernOf(String field) {
        if (field.startsWith(OPEN_CONCERN) && field.endsWith(":status")) {
            return java.util.Optional.of(field.substring(OPEN_CONCERN.length(), field.length() - ":status".length()));
        }
        return java.util.Optional.empty();
    }

    /** The agency of the practitioner spoken with in row {@code row} (from 1). */
    static String practitionerAgency(int row) {
        return "panel:practitioner:" + row + ":agency";
    }

    /** The role of the practitioner spoken with in row {@code row} (from 1). */
    static String practitionerRole(int row) {
        return "panel:practitioner:" + row + ":role";
    }
}

package dev.maca.examples.torbay;

import dev.maca.returns.ContactMode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How practice went in one cohort case, agency by agency: the grades the synthetic returns are generated from, the
 * returns that never arrived, and the professional disagreements. What each return says of the children is written by
 * hand in {@link ReturnAccounts}.
 *
 * <p>Grades are held as ranks on the Ofsted scale (0 Outstanding, 1 Good, 2 Requires improvement, 3 Inadequate). An
 * agency's grade for an objective is its overall grade, moved by the case's shift for that objective, unless an explicit
 * override says otherwise.
 */
final class PracticeProfile {
    static final int OUTSTANDING = 0;
    static final int GOOD = 1;
    static final int REQUIRES_IMPROVEMENT = 2;
    static final int INADEQUATE = 3;

    /** How professional disagreement played out in the case. */
    enum Differences {
        /** No disagreement between professionals arose. */
        NONE,
        /** A disagreement was escalated under the Professional Differences Policy and resolved. */
        ESCALATED,
        /** Professionals disagreed but nobody escalated it. */
        NOT_ESCALATED
    }

    final String caseId;
    private final int baseGrade;
    private final Map<String, Integer> agencyGrades = new HashMap<>();
    private final Map<String, Integer> objectiveShifts = new HashMap<>();
    private final Map<String, Integer> overrides = new HashMap<>();
    private final Set<String> notApplicable = new LinkedHashSet<>();
    private final Map<String, ContactMode> contactModes = new HashMap<>();
    private final Set<String> missing = new LinkedHashSet<>();
    private Optional<String> incomplete = Optional.empty();
    private Differences differences = Differences.NONE;
    private Optional<String> challenger = Optional.empty();
    private final Set<String> uneasy = new LinkedHashSet<>();
    private Optional<String> keyMale = Optional.empty();
    private String substanceMisuseServiceUser = "Father";

    private PracticeProfile(String caseId, int baseGrade) {
        this.caseId = caseId;
        this.baseGrade = baseGrade;
    }

    /** A profile in which every agency's practice is graded {@code baseGrade} unless told otherwise. */
    static PracticeProfile of(String caseId, int baseGrade) {
        return new PracticeProfile(caseId, baseGrade);
    }

    PracticeProfile agency(String agencyId, int grade) {
        agencyGrades.put(agencyId, grade);
        return this;
    }

    /** Moves every agency's grade for an objective: positive is worse. */
    PracticeProfile shift(String objectiveId, int grades) {
        objectiveShifts.put(objectiveId, grades);
        return this;
    }

    PracticeProfile override(String agencyId, String objectiveId, int grade) {
        overrides.put(agencyId + "/" + objectiveId, grade);
        return this;
    }

    /**
     * The agencies judge the objective not applicable instead of grading it: they had no material involvement in what
     * it asks about (their return says why).
     */
    PracticeProfile notApplicable(String objectiveId, String... agencyIds) {
        for (String agencyId : agencyIds) {
            notApplicable.add(agencyId + "/" + objectiveId);
        }
        return this;
    }

    PracticeProfile contact(String agencyId, ContactMode mode) {
        contactModes.put(agencyId, mode);
        return this;
    }

    PracticeProfile missing(String... agencyIds) {
        missing.addAll(List.of(agencyIds));
        return this;
    }

    PracticeProfile incomplete(String agencyId) {
        incomplete = Optional.of(agencyId);
        return this;
    }

    PracticeProfile escalatedBy(String agencyId) {
        differences = Differences.ESCALATED;
        challenger = Optional.of(agencyId);
        return this;
    }

    /**
     * Professionals disagreed but nobody escalated it: the agencies that recorded unease, or every agency when none is
     * named.
     */
    PracticeProfile notEscalated(String... uneasyAgencyIds) {
        differences = Differences.NOT_ESCALATED;
        uneasy.addAll(List.of(uneasyAgencyIds));
        return this;
    }

    PracticeProfile keyMale(String pseudonym) {
        keyMale = Optional.of(pseudonym);
        return this;
    }

    PracticeProfile substanceMisuseServiceUser(String pseudonym) {
        substanceMisuseServiceUser = pseudonym;
        return this;
    }

    /** The agency's overall grade in this case. */
    int overall(String agencyId) {
        return agencyGrades.getOrDefault(agencyId, baseGrade);
    }

    /** The agency's grade for an objective in this case, before any adjustment for its 2020 contact mode. */
    int grade(String agencyId, String objectiveId) {
        Integer override = overrides.get(agencyId + "/" + objectiveId);
        if (override != null) {
            return override;
        }
        return clamp(overall(agencyId) + objectiveShifts.getOrDefault(objectiveId, 0));
    }

    /** Whether the agency judges the objective not applicable in this case. */
    boolean isNotApplicable(String agencyId, String objectiveId) {
        return notApplicable.contains(agencyId + "/" + objectiveId);
    }

    boolean hasOverride(String agencyId, String objectiveId) {
        return overrides.containsKey(agencyId + "/" + objectiveId);
    }

    Optional<ContactMode> contactMode(String agencyId) {
        return Optional.ofNullable(contactModes.get(agencyId));
    }

    boolean isMissing(String agencyId) {
        return missing.contains(agencyId);
    }

    Set<String> missingAgencies() {
        return Set.copyOf(missing);
    }

    boolean isIncomplete(String agencyId) {
        return incomplete.filter(agencyId::equals).isPresent();
    }

    Optional<String> incompleteAgency() {
        return incomplete;
    }

    Differences differences() {
        return differences;
    }

    boolean isChallenger(String agencyId) {
        return challenger.filter(agencyId::equals).isPresent();
    }

    /**
     * Whether the agency recorded unease about a decision it did not escalate: in a case where disagreement was not
     * escalated, every agency unless the ones that did are named.
     */
    boolean isUneasy(String agencyId) {
        return differences == Differences.NOT_ESCALATED && (uneasy.isEmpty() || uneasy.contains(agencyId));
    }

    Optional<String> keyMale() {
        return keyMale;
    }

    String substanceMisuseServiceUser() {
        return substanceMisuseServiceUser;
    }

    static int clamp(int rank) {
        return Math.max(OUTSTANDING, Math.min(INADEQUATE, rank));
    }
}

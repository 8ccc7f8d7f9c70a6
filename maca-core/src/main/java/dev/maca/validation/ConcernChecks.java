package dev.maca.validation;

import dev.maca.audit.Audit;
import dev.maca.cohort.CohortSelection;
import dev.maca.model.Preconditions;
import dev.maca.panel.ConcernSource;
import dev.maca.panel.ImmediateConcern;
import dev.maca.returns.ActionNow;
import dev.maca.returns.AuditReturn;
import dev.maca.scope.AuditScope;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard checks of the immediate-concern route: every concern says what was done, who was told, who owns it and,
 * once closed, how it ended; every return that says something needs action now says what was done, who was told and
 * when, and is logged as a concern; and every concern still open is a warning, at every stage, until it is closed.
 *
 * <p>Messages name the case and the concern's id, never what the concern is: validation output is read in places a
 * concern's detail must not reach.
 */
final class ConcernChecks {
    private static final JsonPointer CONCERNS = JsonPointer.root().append("immediateConcerns");

    private ConcernChecks() {}

    static void check(Audit audit, CohortSelection cohort, List<Problem> problems) {
        AuditScope scope = audit.scope();
        Set<String> candidateIds = new HashSet<>();
        audit.candidates().forEach(c -> candidateIds.add(c.id()));
        Set<String> cohortIds = new HashSet<>();
        cohort.cohort().forEach(c -> cohortIds.add(c.id()));
        Map<String, Integer> ids = new HashMap<>();
        Map<String, ImmediateConcern> loggedFromReturns = new HashMap<>();
        for (int i = 0; i < audit.immediateConcerns().size(); i++) {
            ImmediateConcern concern = audit.immediateConcerns().get(i);
            JsonPointer at = CONCERNS.append(i);
            String which = "Immediate concern '" + concern.id() + "' (case '" + concern.caseId() + "')";
            if (!Preconditions.isKebabId(concern.id())) {
                problems.add(Problem.error(
                        at.append("id").toString(),
                        "The immediate concern id '" + concern.id() + "' is not a lower-kebab-case id.",
                        "Use lower-case letters, digits and single hyphens, e.g. \"ic-01\"."));
            }
            Integer first = ids.putIfAbsent(concern.id(), i);
            if (first != null) {
                problems.add(Problem.error(
                        at.append("id").toString(),
                        "Duplicate immediate concern id '" + concern.id() + "': " + CONCERNS.append(first)
                                + " has it too.",
                        "Give every concern its own id."));
            }
            if (!candidateIds.contains(concern.caseId()) || !cohortIds.contains(concern.caseId())) {
                problems.add(Problem.error(
                        at.append("caseId").toString(),
                        which + " is about a case that is not in the cohort.",
                        "Correct the case id to the cohort case the concern is about."));
            }
            checkRaisedBy(concern, at, which, scope, problems);
            concern.raisedBy()
                    .filter(agency -> concern.source() == ConcernSource.RETURN)
                    .ifPresent(agency -> loggedFromReturns.putIfAbsent(concern.caseId() + "\u0000" + agency, concern));
            checkContent(concern, at, which, problems);
            checkStatus(concern, at, which, problems);
        }
        checkReturns(audit, loggedFromReturns, problems);
    }

    private static void checkRaisedBy(
            ImmediateConcern concern, JsonPointer at, String which, AuditScope scope, List<Problem> problems) {
        if (concern.source() == ConcernSource.RETURN && concern.raisedBy().isEmpty()) {
            problems.add(Problem.error(
                    at.append("raisedBy").toString(),
                    which + " was raised in a return but does not say which agency raised it.",
                    "Give the id of the agency whose return raised it, one of " + scope.agencyIds() + "."));
        }
        concern.raisedBy()
                .filter(agency -> scope.agency(agency).isEmpty())
                .ifPresent(agency -> problems.add(Problem.error(
                        at.append("raisedBy").toString(),
                        which + " was raised by agency '" + agency + "', which is not one of the scope's agencies.",
                        "Use one of " + scope.agencyIds() + ".")));
    }

    private static void checkContent(ImmediateConcern concern, JsonPointer at, String which, List<Problem> problems) {
        if (concern.concern().isBlank()) {
            problems.add(Problem.error(
                    at.append("concern").toString(),
                    which + " does not say what needs action.",
                    "Describe what needs action now, by pseudonym and role only."));
        }
        if (concern.actionTaken().isBlank()) {
            problems.add(Problem.error(
                    at.append("actionTaken").toString(),
                    which + " does not say what was done.",
                    "Record what was done at once, and by whom (role)."));
        }
        if (concern.toldRoles().isEmpty() || concern.toldRoles().stream().anyMatch(String::isBlank)) {
            problems.add(Problem.error(
                    at.append("toldRoles").toString(),
                    which + " does not say who was told.",
                    "List who was told, by role (e.g. \"Duty team manager, Children's Services\")."));
        }
        if (concern.ownerRole().isBlank()) {
            problems.add(Problem.error(
                    at.append("ownerRole").toString(),
                    which + " has no owner.",
                    "Name the role that owns the follow-up."));
        }
    }

    private static void checkStatus(ImmediateConcern concern, JsonPointer at, String which, List<Problem> problems) {
        if (concern.isOpen()) {
            if (concern.closedOn().isPresent()) {
                problems.add(Problem.error(
                        at.append("closedOn").toString(),
                        which + " is open but has a closing day.",
                        "Set its status to CLOSED with its outcome, or remove closedOn."));
            }
            problems.add(Problem.warning(
                    at.append("status").toString(),
                    which + ", raised on " + concern.raisedOn() + " and owned by "
                            + (concern.ownerRole().isBlank() ? "nobody" : concern.ownerRole())
                            + ", is still open.",
                    "Follow it up with its owner; record the outcome and the day it was closed once it is."));
            return;
        }
        if (concern.outcome().isBlank()) {
            problems.add(Problem.error(
                    at.append("outcome").toString(),
                    which + " is closed without an outcome.",
                    "Record how it ended: what happened for the child."));
        }
        if (concern.closedOn().isEmpty()) {
            problems.add(Problem.error(
                    at.append("closedOn").toString(),
                    which + " is closed but does not say when.",
                    "Give the day it was closed, e.g. \"2021-05-14\"."));
        } else if (concern.closedOn().get().isBefore(concern.raisedOn())) {
            problems.add(Problem.error(
                    at.append("closedOn").toString(),
                    which + " is closed (" + concern.closedOn().get() + ") before it was raised (" + concern.raisedOn()
                            + ").",
                    "Correct the day it was raised or closed."));
        }
    }

    /**
     * A return that grades the agency's practice below the expected standard yet says nothing needs action now, and
     * not why: practice of the audit period is not a risk today by itself, but the coordinator should confirm with the
     * auditor that no child is at risk now, and the panel should read why.
     */
    private static void checkBelowStandardWithoutAction(
            Audit audit, AuditReturn r, JsonPointer at, List<Problem> problems) {
        var scale = audit.scope().gradingScale();
        if (r.overall().isEmpty()
                || r.actionNow().isEmpty()
                || r.raisesActionNow()
                || !r.actionNow().get().whatWasDone().isBlank()) {
            return;
        }
        String grade = r.overall().get().grade();
        if (scale.contains(grade) && scale.isBelowExpectedStandard(grade)) {
            problems.add(Problem.warning(
                    at.append("actionNow").toString(),
                    "The return of agency '" + r.agencyId() + "' for case '" + r.caseId() + "' grades its practice "
                            + scale.label(grade) + ", below the expected standard, but says nothing in the case needs"
                            + " action now without saying why.",
                    "Confirm with the auditor that no child in the family is at risk now and record why in the return's"
                            + " answer (actionNow/whatWasDone), or raise the concern."));
        }
    }

    /** A return that says something needs action now must say what, to whom and when, and be logged as a concern. */
    private static void checkReturns(Audit audit, Map<String, ImmediateConcern> logged, List<Problem> problems) {
        JsonPointer returns = JsonPointer.root().append("returns");
        for (int i = 0; i < audit.returns().size(); i++) {
            AuditReturn r = audit.returns().get(i);
            checkBelowStandardWithoutAction(audit, r, returns.append(i), problems);
            if (!r.raisesActionNow()) {
                continue;
            }
            ActionNow action = r.actionNow().orElseThrow();
            JsonPointer at = returns.append(i).append("actionNow");
            String where = "The return of agency '" + r.agencyId() + "' for case '" + r.caseId() + "'";
            if (action.whatWasDone().isBlank()) {
                problems.add(Problem.error(
                        at.append("whatWasDone").toString(),
                        where + " says something needs action now but not what was done.",
                        "Record what the auditor did about it."));
            }
            if (action.whoWasTold().isBlank()) {
                problems.add(Problem.error(
                        at.append("whoWasTold").toString(),
                        where + " says something needs action now but not who was told.",
                        "Record who was told, by role."));
            }
            action.raisedOn()
                    .filter(day -> day.isAfter(r.completedOn()))
                    .ifPresent(day -> problems.add(Problem.warning(
                            at.append("raisedOn").toString(),
                            where + " says the concern was raised after the return was completed (" + r.completedOn()
                                    + ").",
                            "Check the day the concern was raised and the return's completion date.")));
            if (action.raisedOn().isEmpty()) {
                problems.add(Problem.error(
                        at.append("raisedOn").toString(),
                        where + " says something needs action now but not when it was raised.",
                        "Give the day it was raised."));
            }
            ImmediateConcern concern = logged.get(r.caseId() + "\u0000" + r.agencyId());
            if (concern != null
                    && action.raisedOn().isPresent()
                    && !action.raisedOn().get().equals(concern.raisedOn())) {
                problems.add(Problem.warning(
                        at.append("raisedOn").toString(),
                        where + " raised its concern on " + action.raisedOn().get() + ", but immediate concern '"
                                + concern.id() + "' says " + concern.raisedOn() + ".",
                        "Make the two days agree."));
            }
            if (concern == null) {
                problems.add(Problem.warning(
                        at.toString(),
                        where + " says something needs action now, and no immediate concern from that return is"
                                + " logged.",
                        "Log it in /immediateConcerns (source RETURN, raisedBy '" + r.agencyId()
                                + "') so it is tracked until it is closed."));
            }
        }
    }
}

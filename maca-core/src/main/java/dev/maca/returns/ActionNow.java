package dev.maca.returns;

import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An auditor's answer to "Is there anything in this case that needs action now?": a child may be at risk today, and
 * an audit that finds it must act on it at once, not wait for the report.
 *
 * <p>When the answer is yes, the return says what was done, who was told (by role) and when; the audit coordinator
 * then tracks it as a {@code dev.maca.panel.ImmediateConcern} until it is closed.
 *
 * @param needed whether anything needs action now
 * @param whatWasDone what the auditor did about it; when nothing is needed, why not, where that needs saying (e.g. the
 *     case is open and the family seen weekly), else empty
 * @param whoWasTold who was told, by role (e.g. "Duty team manager, Children's Services"; empty when nothing is
 *     needed)
 * @param raisedOn the day it was raised (empty when nothing is needed)
 */
public record ActionNow(boolean needed, String whatWasDone, String whoWasTold, Optional<LocalDate> raisedOn) {
    public ActionNow {
        present(whatWasDone, "action now whatWasDone");
        present(whoWasTold, "action now whoWasTold");
        raisedOn = optional(raisedOn);
    }

    /** "No: nothing in this case needs action now." */
    public static ActionNow nothingNeeded() {
        return new ActionNow(false, "", "", Optional.empty());
    }

    /** "No", and why nothing is needed now (e.g. after practice of the audit period that fell well short). */
    public static ActionNow notNeeded(String why) {
        return new ActionNow(false, why, "", Optional.empty());
    }

    /** "Yes": what was done, who was told and when. */
    public static ActionNow raised(String whatWasDone, String whoWasTold, LocalDate raisedOn) {
        return new ActionNow(true, whatWasDone, whoWasTold, Optional.of(present(raisedOn, "raisedOn")));
    }
}

package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;

import dev.maca.panel.ConcernSource;
import dev.maca.panel.ConcernStatus;
import dev.maca.panel.ImmediateConcern;
import dev.maca.returns.ActionNow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the Torbay audit found that could not wait for the report: two concerns raised by auditors reading their
 * records, and one raised by the panel seeing every agency's record side by side. By pseudonym and role only.
 *
 * <ul>
 *   <li>{@code ic-01}, Family 17, raised in the adult substance misuse return: two men discharged from opiate treatment
 *       living with a toddler and a baby whom no agency had referred. Closed.
 *   <li>{@code ic-02}, Family 23, raised in the health visiting return: a non-mobile baby's emergency attendance with a
 *       bruise that was neither referred nor followed up. Closed.
 *   <li>{@code ic-03}, Family 12, raised at the panel: rising risk to a toddler and a baby that no agency had put
 *       together. Still open when the report went to the Business Group, awaiting the child protection conference.
 * </ul>
 *
 * <p>A return that raised a concern answers "Is there anything in this case that needs action now?" from the same
 * record ({@link #actionNow(String, String)}), so the two can never disagree.
 */
final class TorbayConcerns {
    /** The day the adult substance misuse auditor of Family 17 raised ic-01. */
    static final LocalDate IC_01_RAISED = LocalDate.of(2021, 4, 9);

    /** The day the health visiting auditor of Family 23 raised ic-02. */
    static final LocalDate IC_02_RAISED = LocalDate.of(2021, 4, 12);

    /** The day of the panel that raised ic-03. */
    static final LocalDate IC_03_RAISED = LocalDate.of(2021, 4, 27);

    private static final String AUDIT_COORDINATOR = "Audit coordinator, Partnership Business Unit";
    private static final String FRONT_DOOR = "MASH team manager, Children's Services";

    private static final ImmediateConcern IC_01 = new ImmediateConcern(
                    "ic-01",
                    "family-17",
                    IC_01_RAISED,
                    ConcernSource.RETURN,
                    Optional.of(ADULT_SUBSTANCE_MISUSE),
                    "Father and Father's brother, both in treatment for opiate use with take-home doses during 2020,"
                            + " live with Child A, aged two, and Baby B, aged seven months. Both men were discharged in"
                            + " December 2020 after missed appointments without anyone being told, safe storage of"
                            + " medication in the home was never checked, and no agency has referred the children to"
                            + " Children's Services.",
                    "The auditor referred the children to the Children's Services front door the same day, by telephone"
                            + " and in writing, and asked the service's clinical lead to contact both men, offer them"
                            + " treatment again and check safe storage at a home visit. The health visiting team leader"
                            + " and the Named GP were told the same day.",
                    List.of(
                            FRONT_DOOR,
                            "Clinical lead, Adult Substance Misuse Service",
                            "Team leader, 0-19 Public Health Nursing",
                            "Named GP for Safeguarding Children",
                            AUDIT_COORDINATOR),
                    "Safeguarding Lead, Adult Substance Misuse Service",
                    ConcernStatus.OPEN,
                    "",
                    Optional.empty())
            .closed(
                    LocalDate.of(2021, 5, 14),
                    "Both children were seen at home within two days and Children's Services completed a child and"
                            + " family assessment. Father is back in treatment on supervised consumption, Father's"
                            + " brother has moved out, a lockable box was seen in use, and a child in need plan is in"
                            + " place with health visiting and the substance misuse service. Child A has been referred for"
                            + " a speech and language assessment.");

    private static final ImmediateConcern IC_02 = new ImmediateConcern(
                    "ic-02",
                    "family-23",
                    IC_02_RAISED,
                    ConcernSource.RETURN,
                    Optional.of(HEALTH_VISITING),
                    "Baby C, aged three months and not yet rolling, was taken to the emergency department in March 2021"
                            + " after a reported roll off the sofa, with a bruise to the forehead. Baby C was sent home"
                            + " without a referral to Children's Services, contrary to the bruising protocol, and the"
                            + " notice to health visiting was filed without a visit, while both parents' drinking had"
                            + " risen in the second lockdown.",
                    "The auditor asked the health visiting team leader to visit that day, and Baby C was seen at home the"
                            + " same afternoon with no new injury. The auditor referred Baby C to the Children's Services"
                            + " front door under the bruising protocol and told the hospital's safeguarding lead.",
                    List.of(
                            "Team leader, 0-19 Public Health Nursing",
                            FRONT_DOOR,
                            "Named Nurse for Safeguarding Children, acute hospital",
                            AUDIT_COORDINATOR),
                    "Named Nurse for Safeguarding Children, 0-19 Public Health Nursing",
                    ConcernStatus.OPEN,
                    "",
                    Optional.empty())
            .closed(
                    LocalDate.of(2021, 5, 7),
                    "A strategy discussion the next day agreed a paediatric review, which found no other injury; the"
                            + " account was judged plausible, but the attendance should have been referred at the time."
                            + " The child in need plan was reviewed, with alcohol support and safer sleep work for both"
                            + " parents. The emergency department has reissued the bruising protocol to its staff, and"
                            + " health visiting now allocates emergency department notices daily.");

    private static final ImmediateConcern IC_03 = new ImmediateConcern(
            "ic-03",
            "family-12",
            IC_03_RAISED,
            ConcernSource.PANEL,
            Optional.empty(),
            "Seeing the records together, the panel found that Child A, aged two, and Baby B, aged three months, live"
                    + " with two parents whose heavy drinking and arguments led to two police call-outs in 2020;"
                    + " Father's alcohol treatment was closed in March 2021 and Mother's mental health care in February"
                    + " 2021, both after missed appointments and without anyone being told; and the child in need plan"
                    + " had not been reviewed since Baby B's birth.",
            "The chair asked the Head of Service to convene a strategy discussion, held two days after the panel."
                    + " Enquiries under section 47 began, both children were seen at home the next day, and an initial"
                    + " child protection conference is booked. Adult mental health and the substance misuse service have"
                    + " offered both parents new appointments.",
            List.of(
                    "Head of Service, Safeguarding and Quality Assurance, Children's Services",
                    "Detective Inspector, Public Protection Unit",
                    "Named Nurse for Safeguarding Children, 0-19 Public Health Nursing",
                    AUDIT_COORDINATOR),
            "Head of Service, Safeguarding and Quality Assurance, Children's Services",
            ConcernStatus.OPEN,
            "",
            Optional.empty());

    private TorbayConcerns() {}

    /** Every immediate concern, in the order raised. */
    static List<ImmediateConcern> concerns() {
        return List.of(IC_01, IC_02, IC_03);
    }

    /**
     * The answer of the return of {@code agencyId} for {@code caseId} to "Is there anything in this case that needs
     * action now?": what its concern records, or nothing needed.
     */
    static ActionNow actionNow(String caseId, String agencyId) {
        return concerns().stream()
                .filter(c -> c.source() == ConcernSource.RETURN)
                .filter(c -> c.caseId().equals(caseId)
                        && c.raisedBy().filter(agencyId::equals).isPresent())
                .findFirst()
                .map(c -> ActionNow.raised(c.actionTaken(), String.join("; ", c.toldRoles()), c.raisedOn()))
                .orElseGet(ActionNow::nothingNeeded);
    }
}

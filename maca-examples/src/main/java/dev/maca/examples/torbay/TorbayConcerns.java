package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;

import dev.maca.panel.ConcernSource;
import dev.maca.panel.ConcernStatus;
import dev.maca.panel.ImmediateConcern;
import dev.maca.returns.ActionNow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Torbay audit found that could not wait for the report: three concerns raised by auditors reading their
 * records, and two raised by the panel seeing every agency's record side by side. By pseudonym and role only.
 *
 * <ul>
 *   <li>{@code ic-01}, Family 12, raised in the Children's Services return on the day it was completed: rising risk to a
 *       toddler and a baby on a child in need plan that had not changed with it. Enquiries under section 47 followed;
 *       still open when the report went to the Business Group, awaiting the initial child protection conference.
 *   <li>{@code ic-02}, Family 17, raised in the adult substance misuse return: two men who had left treatment for opiate
 *       use, living with a toddler and a baby whom no agency had referred. Closed.
 *   <li>{@code ic-03}, Family 23, raised in the health visiting return: a non-mobile baby's emergency attendance with a
 *       bruise that was neither referred nor followed up. Closed.
 *   <li>{@code ic-04}, Family 8, raised at the panel: a man living with three children, one a baby, whom no plan
 *       addressed. Closed once the plan did, the chair confirming the closure.
 *   <li>{@code ic-05}, Family 5, raised at the panel: a man who had lived in the home during the pregnancy whom no agency
 *       had identified or checked, and an older child caring for a younger one without a carer's assessment. Closed
 *       once he was identified and checked and the assessment was done, the chair confirming the closure.
 * </ul>
 *
 * <p>A return that raised a concern answers "Is there anything in this case that needs action now?" from the same
 * record ({@link #actionNow(String, String)}), so the two can never disagree: what the return says was done is what the
 * auditor did on the day, and the day is the day the concern was raised, never after the return was completed.
 */
final class TorbayConcerns {
    /** The day the Children's Services auditor of Family 12 completed the return and raised ic-01. */
    static final LocalDate IC_01_RAISED = LocalDate.of(2021, 4, 7);

    /** The day the adult substance misuse auditor of Family 17 raised ic-02. */
    static final LocalDate IC_02_RAISED = LocalDate.of(2021, 4, 9);

    /** The day the health visiting auditor of Family 23 raised ic-03. */
    static final LocalDate IC_03_RAISED = LocalDate.of(2021, 4, 12);

    /** The day of the panel that raised ic-04 and ic-05. */
    static final LocalDate IC_04_RAISED = LocalDate.of(2021, 4, 27);

    private static final String AUDIT_COORDINATOR = "Audit coordinator, Partnership Business Unit";
    private static final String FRONT_DOOR = "MASH team manager, Children's Services";
    private static final String HEAD_OF_SERVICE =
            "Head of Service, Safeguarding and Quality Assurance, Children's Services";

    /**
     * Where ic-01 stands, as the Head of Service told the panel on 27 April 2021: what the strategy discussion decided,
     * what the enquiries under section 47 have found so far (among it the burn in the GP's record and Baby B sleeping in
     * the parents' bed, which the GP's and the health visiting returns found already with the enquiries), and when it
     * comes back.
     */
    private static final String IC_01_WHERE_IT_STANDS = "As the Head of Service told the panel on 27 April: the social"
            + " worker and the health visitor saw both children at home on 8 April. Child A was quiet and clean, Baby B"
            + " was feeding well, and there was a cot in the parents' room that Mother said was not always used. The"
            + " strategy discussion on 9 April, with the police, health visiting and both adult services, started"
            + " enquiries under section 47 for both children, jointly with the police, and agreed a written safety"
            + " plan with the parents: neither cares for the children alone after drinking, Baby B sleeps in the cot,"
            + " and Maternal grandmother visits every evening. Father has been referred back to alcohol treatment and"
            + " Mother to the perinatal mental health team, and both services now attend the meetings. The GP practice's report"
            + " to the enquiries on 13 April disclosed the telephone consultation in 2020 for a burn to Child A's hand;"
            + " a paediatrician saw Child A on 16 April, found a healed scar on the back of the hand and asked for a"
            + " specialist opinion on how it was caused. The health visiting record of Baby B sometimes sleeping in"
            + " the parents' bed, with parents who drink, went to the strategy discussion on 9 April, and safer sleep"
            + " is part of the safety plan. The strategy discussion reconvenes on 4 May, with the GP and the"
            + " paediatrician's opinion, to decide on an initial child protection conference, provisionally booked"
            + " for 25 May. The Head of Service will report its decision to the audit coordinator on the day, and the"
            + " chair will then review whether the concern can close.";

    private static final ImmediateConcern IC_01 = new ImmediateConcern(
            "ic-01",
            "family-12",
            IC_01_RAISED,
            ConcernSource.RETURN,
            Optional.of(CHILDRENS_SERVICES),
            "The Children's Services auditor, reading the social care record, found that Child A and Baby B live with"
                    + " two parents whose drinking and arguments led to two police call-outs in 2020, the second graded"
                    + " high risk and heard at MARAC. Child A was seen in person once in 2020, in July, and next at a home"
                    + " visit in February 2021. Baby B was born in January 2021 without a pre-birth assessment or a"
                    + " birth plan, and Child A's child in need plan, to which Baby B was added after the birth, has not"
                    + " changed with the risk. Checking with the parents' services the same day, the auditor"
                    + " learned that Father's alcohol treatment was closed in March 2021 and Mother's mental health care"
                    + " in February 2021, both after missed appointments and without Children's Services being told.",
            "The auditor raised it that day with the Head of Service, who asked the team manager to have both children"
                    + " seen at home the next day and convened a strategy discussion for 9 April with the police, health"
                    + " visiting and both adult services. The auditor asked adult mental health and the substance misuse"
                    + " service for what they held on each parent, and told the audit coordinator.",
            List.of(
                    HEAD_OF_SERVICE,
                    "Team manager, Children's Services",
                    "Detective Inspector, Public Protection Unit",
                    "Named Nurse for Safeguarding Children, 0-19 Public Health Nursing",
                    AUDIT_COORDINATOR),
            HEAD_OF_SERVICE,
            ConcernStatus.OPEN,
            IC_01_WHERE_IT_STANDS,
            Optional.empty());

    private static final ImmediateConcern IC_02 = new ImmediateConcern(
                    "ic-02",
                    "family-17",
                    IC_02_RAISED,
                    ConcernSource.RETURN,
                    Optional.of(ADULT_SUBSTANCE_MISUSE),
                    "The Safeguarding Lead of the substance misuse service, auditing Father's and Father's brother's"
                            + " treatment records, found that both men were in treatment for opiate use with take-home doses"
                            + " during 2020 and live with Child A, a toddler, and Baby B, born in September 2020. Both were"
                            + " discharged in December 2020 after missed appointments without anyone being told, safe"
                            + " storage of medication in the home was never checked, and no agency has referred the"
                            + " children to Children's Services.",
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
                            + " brother has moved out and is in treatment elsewhere, a lockable box was seen in use, and a"
                            + " child in need plan is in place with health visiting and the substance misuse service."
                            + " Child A has been referred for a speech and language assessment. Closed by the"
                            + " Safeguarding Lead once the assessment was complete and the plan in place: what the"
                            + " concern found is now the plan's to review.");

    private static final ImmediateConcern IC_03 = new ImmediateConcern(
                    "ic-03",
                    "family-23",
                    IC_03_RAISED,
                    ConcernSource.RETURN,
                    Optional.of(HEALTH_VISITING),
                    "The Named Nurse auditing the health visiting record found that Baby C, born in December 2020 and"
                            + " not yet rolling, was taken to the emergency department in March 2021 after a reported roll"
                            + " off the sofa, with a bruise to the forehead. Baby C was sent home without a referral to"
                            + " Children's Services, contrary to the bruising protocol, and the notice to health visiting"
                            + " was filed without a visit, while both parents' drinking had risen in the second lockdown.",
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
                            + " health visiting now allocates emergency department notices daily. Closed by the Named"
                            + " Nurse once the plan had been reviewed and both services' changes were confirmed.");

    private static final ImmediateConcern IC_04 = new ImmediateConcern(
                    "ic-04",
                    "family-08",
                    IC_04_RAISED,
                    ConcernSource.PANEL,
                    Optional.empty(),
                    "Seeing the records together, the panel found that Mother's new partner lives with Child A, Child B"
                            + " and Baby C on an open child in need plan that does not name him. Police hold a history that"
                            + " led to a Clare's Law disclosure in February 2020 and attended four incidents at the home in"
                            + " 2020; Child A told officers he gets loud when he drinks; his drinking relapsed in October"
                            + " 2020 and his alcohol treatment ended in December without anyone being told; and no agency"
                            + " has seen or assessed him.",
                    "The chair asked the Head of Service, at the meeting, to have the children seen that week and the plan"
                            + " reviewed with the police and the substance misuse service. The Detective Inspector agreed"
                            + " to send the social worker the partner's history in writing the same day, and the substance"
                            + " misuse service's safeguarding lead to offer him treatment again.",
                    List.of(
                            HEAD_OF_SERVICE,
                            "Detective Inspector, Public Protection Unit",
                            "Safeguarding Lead, Adult Substance Misuse Service",
                            "Named Nurse for Safeguarding Children, 0-19 Public Health Nursing",
                            AUDIT_COORDINATOR),
                    HEAD_OF_SERVICE,
                    ConcernStatus.OPEN,
                    "",
                    Optional.empty())
            .closed(
                    LocalDate.of(2021, 5, 21),
                    "The social worker saw the three children at home two days after the panel, Child A and Child B on"
                            + " their own, and met Mother's new partner for the first time. A strategy discussion on 30"
                            + " April found no incident since November 2020 and did not start enquiries under section 47,"
                            + " but agreed that the plan must change. The child in need review on 11 May, attended by the"
                            + " police and the substance misuse service, rewrote the plan: it names him, records his"
                            + " history and his return to alcohol treatment, sets out what would lead to a strategy"
                            + " discussion, and asks the school to tell the social worker of any change in Child A's"
                            + " attendance. The Head of Service reported the revised plan to the audit coordinator, with every"
                            + " agency's part agreed. Closed by the chair, for the partnership, once the plan was in"
                            + " place.");

    private static final ImmediateConcern IC_05 = new ImmediateConcern(
                    "ic-05",
                    "family-05",
                    IC_04_RAISED,
                    ConcernSource.PANEL,
                    Optional.empty(),
                    "Seeing the records side by side, the panel found that Maternal uncle lived in the home with Mother,"
                            + " Child A and Child B for several months of the pregnancy, and that no agency knows who he"
                            + " is: the social worker knew him only as the person Child B called by a"
                            + " pet name, the health visitor noted an uncle at a visit, officers did not record him at the"
                            + " March incident, and he is not registered with the practice. No one knows whether he still"
                            + " lives there or sees Child B and Baby C. Child A, who does much of Child B's care, has waited since the autumn"
                            + " for the young carers' service, and no carer's assessment has been made.",
                    "The chair asked the Head of Service, at the meeting, to have the social worker visit within a week"
                            + " to find out from Mother who Maternal uncle is and whether he still lives in or visits the"
                            + " home, and to ask Child A and Child B about him; the Detective Inspector agreed to complete"
                            + " police checks within two working days of receiving his details. The Head of Service also"
                            + " agreed to have a young carer's assessment of Child A completed by 14 May, and the Named"
                            + " Nurse to have the health visitor update the household record.",
                    List.of(
                            HEAD_OF_SERVICE,
                            "Detective Inspector, Public Protection Unit",
                            "Named Nurse for Safeguarding Children, 0-19 Public Health Nursing",
                            "Named GP for Safeguarding Children",
                            AUDIT_COORDINATOR),
                    HEAD_OF_SERVICE,
                    ConcernStatus.OPEN,
                    "",
                    Optional.empty())
            .closed(
                    LocalDate.of(2021, 5, 14),
                    "The social worker visited on 30 April and saw the three children, Child A and Child B on their"
                            + " own. Mother said Maternal uncle is her brother, who stayed from the spring to the autumn of"
                            + " 2020 after losing his tenancy and left before Baby C was born; he now lives in another"
                            + " town and visits with Mother present. Both children spoke of him warmly. Police checks on 4"
                            + " May found no record of violence or of offences against children, and the council where he"
                            + " lives holds no record of him. The child in need plan now names him and how his visits are"
                            + " arranged. Child A's young carer's assessment was completed on 12 May: Child A starts a"
                            + " weekly young carers' group, Child B's nursery hours rise, and Mother's relapse plan says who"
                            + " cares for the children when she is unwell. Closed by the chair on the Head of"
                            + " Service's report to the audit coordinator: what the concern found is now the plan's to"
                            + " review.");

    private TorbayConcerns() {}

    /** Every immediate concern, in the order raised. */
    static List<ImmediateConcern> concerns() {
        return List.of(IC_01, IC_02, IC_03, IC_04, IC_05);
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
                .orElseGet(() -> Optional.ofNullable(WHY_NOTHING_NEW.get(caseId + "/" + agencyId))
                        .map(ActionNow::notNeeded)
                        .orElseGet(ActionNow::nothingNeeded));
    }

    /**
     * Why a return that found practice well short, or a risk in the record that is still live, needed no new action now,
     * by case and agency: what the auditor checked, with whom and when.
     *
     * <ul>
     *   <li>Family 8's substance misuse auditor graded the service's own practice Inadequate, but the risk it missed in
     *       2020 was known to the family's social worker by the time of the audit.
     *   <li>Family 12's health visiting and GP auditors found Baby B sometimes sleeping in the parents' bed with parents
     *       who drink, and a burn to Child A's hand treated by telephone: both were already with the enquiries under
     *       section 47 that followed ic-01. Every other Family 12 return, completed while those enquiries were under
     *       way, says why it raised nothing new.
     * </ul>
     */
    private static final Map<String, String> WHY_NOTHING_NEW = Map.of(
            "family-08/" + ADULT_SUBSTANCE_MISUSE,
            "The auditor checked with the allocated social worker on 19 April: the family is open to Children's"
                    + " Services on a child in need plan and visited every fortnight, and the auditor passed on what the"
                    + " service's record shows of his drinking and his relapse. He has not been in contact with the"
                    + " service since his discharge in December 2020, so nothing new is needed from it now.",
            "family-12/" + MIDWIFERY,
            "No new concern: the family has been under enquiries under section 47 since 9 April (immediate concern"
                    + " ic-01), and the social worker leading them asked for the maternity record that day, with the"
                    + " day-three visit at which both parents smelled of alcohol.",
            "family-12/" + HEALTH_VISITING,
            "Already with the enquiries under section 47 (immediate concern ic-01): the health visiting team leader"
                    + " took the record, with the new birth visit's account of Baby B sometimes sleeping in the parents'"
                    + " bed and the empty cans, to the strategy discussion on 9 April, and safer sleep is part of the"
                    + " safety plan agreed there. The auditor confirmed with the social worker leading the enquiries on"
                    + " 19 April that they hold it; the health visitor now sees both children at home every week.",
            "family-12/" + PRIMARY_CARE_GP,
            "Already with the enquiries under section 47 (immediate concern ic-01): the practice's report to them on"
                    + " 13 April included the telephone consultation for the burn to Child A's hand. The social worker"
                    + " leading the enquiries confirmed to the auditor on 22 April that a paediatrician saw Child A on"
                    + " 16 April, and the practice is invited to the reconvened strategy discussion on 4 May.",
            "family-12/" + ADULT_SUBSTANCE_MISUSE,
            "No new concern: the strategy discussion of 9 April referred Father back to the service, his key worker"
                    + " saw him on 14 April, and the auditor confirmed on 27 April that the social worker leading the"
                    + " enquiries under section 47 (immediate concern ic-01) has the service's record of his treatment.",
            "family-12/" + ADULT_MENTAL_HEALTH,
            "No new concern: the auditor completed the return on the day of the strategy discussion that started"
                    + " enquiries under section 47 (immediate concern ic-01), took the service's record of Mother's care"
                    + " to it, and arranged for Mother to be offered an appointment with the perinatal team.",
            "family-12/" + POLICE,
            "No new concern: the Public Protection Unit is part of the joint enquiries under section 47 that began on"
                    + " 9 April (immediate concern ic-01), and the records of both incidents and the MARAC are with them.");
}

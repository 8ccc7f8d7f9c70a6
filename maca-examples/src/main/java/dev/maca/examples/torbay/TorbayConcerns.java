package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;

import dev.maca.panel.ConcernSource;
import dev.maca.panel.ConcernStatus;
import dev.maca.panel.ImmediateConcern;
import dev.maca.returns.ActionNow;
import java.time.LocalDate;
import java.util.HashMap;
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
    /** Who represented Children's Services at the panel: the quality assurance line, which does not run casework. */
    private static final String HEAD_OF_SERVICE_QA =
            "Head of Service, Safeguarding and Quality Assurance, Children's Services";

    /** Who owns the follow-up of a concern about a family open to Children's Services: the operational line. */
    private static final String HEAD_OF_SERVICE = "Head of Service, Children's Social Care, Children's Services";

    /**
     * Where ic-01 stands, as last reported to the audit coordinator: what the strategy discussion decided, what the
     * enquiries under section 47 have found so far (among it the burn in the GP's record and Baby B sleeping in the
     * parents' bed, which the GP's and the health visiting returns found already with the enquiries), and the initial
     * child protection conference, booked within fifteen working days of the strategy discussion that started them.
     */
    private static final String IC_01_WHERE_IT_STANDS = "Last reported to the audit coordinator by the Head of Service,"
            + " Children's Social Care, on 23 April, and confirmed by Children's Services at the panel. The"
            + " social worker and the health visitor saw both children at home on 8 April: Child A was quiet and clean,"
            + " Baby B was feeding well, and there was a cot in the parents' room that Mother said was not always"
            + " used. The team manager's strategy discussion on 9 April, with the police, health visiting and both"
            + " adult services, started enquiries under section 47 for both children, jointly with the police. The GP"
            + " practice was not invited, and the Head of Service has recorded that as learning: the practice held"
            + " the burn consultation, which reached the enquiries only in its report of 13 April. The written safety"
            + " plan agreed with the parents on 9 April says that neither parent drinks alcohol while caring for the"
            + " children; that if either has been drinking, Maternal grandmother, who looked after the children on"
            + " the night of the November call-out, is there; that Baby B sleeps in the cot every night; and that"
            + " Maternal grandmother visits every evening. Police and Children's Services checks on her, completed on"
            + " 9 April before the plan was agreed, found nothing of concern. Father has been referred back to"
            + " alcohol treatment and Mother to the perinatal mental health team, and both services now attend the"
            + " meetings. The practice's report of 13 April disclosed a telephone consultation in September 2020,"
            + " between the two call-outs, for a burn to Child A's hand that Mother said came from a radiator; no"
            + " photograph was asked for and Child A was not seen. A paediatrician saw Child A on 16 April, found a"
            + " healed scar on the back of the hand and asked for a specialist opinion. The health visiting record of"
            + " Baby B sometimes sleeping in the parents' bed, with parents who drink, went to the strategy discussion"
            + " on 9 April. The strategy discussion reconvened on 22 April, with the GP, and had the specialist's"
            + " opinion that the scar's pattern does not fit the account given; it decided to hold an initial child"
            + " protection conference for both children on 29 April, within fifteen working days of the strategy"
            + " discussion on 9 April, and the burn and the sleeping arrangements are in the conference report. The"
            + " Head of Service will report the conference's decision to the audit coordinator that day, and the"
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
            "The auditor raised it that day with the Head of Service, Safeguarding and Quality Assurance, who passed it"
                    + " at once to the Head of Service, Children's Social Care. The team manager had both children seen at"
                    + " home the next day and convened a strategy discussion for 9 April with the police, health visiting"
                    + " and both adult services; the GP practice was not invited. The auditor asked adult mental health"
                    + " and the substance misuse service for what they held on each parent, and told the audit"
                    + " coordinator.",
            List.of(
                    HEAD_OF_SERVICE_QA,
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
                    "The chair asked Children's Services' representative, the Head of Service, Safeguarding and"
                            + " Quality Assurance, to pass it that day to the Head of Service, Children's Social Care, to have"
                            + " the children seen that week and the plan reviewed with the police and the substance misuse"
                            + " service. The Detective Inspector agreed to send the social worker the partner's history in"
                            + " writing the same day, and the substance misuse service's safeguarding lead to offer him"
                            + " treatment again.",
                    List.of(
                            HEAD_OF_SERVICE_QA,
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
                    "Seeing the records side by side, the panel found that an adult man stayed in the home with Mother,"
                            + " Child A and Child B for much of the pregnancy and that no agency knows who he is. Officers at"
                            + " the March 2020 incident logged him as 'uncle, staying' without a name; the health visitor saw"
                            + " a man noted as 'uncle' in the garden in June, and the social worker recorded 'uncle present'"
                            + " at the August home visit, when Child B called him 'uncle'. Nobody asked who he was, he is"
                            + " not registered with the practice, and no one knows whether he still lives there or sees"
                            + " Child B and Baby C. Child A, who does much of Child B's care, has waited since the autumn"
                            + " for the young carers' service, and no carer's assessment has been made.",
                    "The chair asked Children's Services' representative, the Head of Service, Safeguarding and"
                            + " Quality Assurance, to pass it that day to the Head of Service, Children's Social Care, to have"
                            + " the social worker visit within a week, find out from Mother who the man is and whether he"
                            + " still lives in or visits the home, and ask Child A and Child B about him; the Detective"
                            + " Inspector agreed to complete police checks within two working days of receiving his"
                            + " details. Children's Services also agreed to have a young carer's assessment of Child A"
                            + " completed by 14 May, and the Named Nurse to have the health visitor update the household"
                            + " record.",
                    List.of(
                            HEAD_OF_SERVICE_QA,
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
                            + " own. Mother said the man is her brother, who stayed from March to September 2020 after"
                            + " losing his tenancy and left before Baby C was born; he now lives in another town and visits"
                            + " with Mother present. Both children spoke of him warmly. Police checks on 4 May, on the details"
                            + " Mother gave, found no record of violence or of offences against children, and the council"
                            + " where he lives holds no record of him. His identity was confirmed on 7 May, when the social"
                            + " worker met him at Mother's home during a visit, saw his identification and heard from him"
                            + " that he is Mother's brother; the case record now names him as Mother's brother. The child in"
                            + " need plan names him and how his visits are arranged. Child A's young carer's assessment was"
                            + " completed on 12 May: Child A starts a weekly young carers' group, Child B's nursery hours"
                            + " rise, and Mother's relapse plan, rewritten with the perinatal team, says who cares for the"
                            + " children when she is unwell without relying on Child A. Closed by the chair on the Head of"
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
     * Why each return that raised nothing needed no action now, by "case/agency": written by hand for every such return
     * in {@link ActionNowFamilies01To09} and {@link ActionNowFamilies11To23}.
     */
    private static final Map<String, String> WHY_NOTHING_NEW = whyNothingNew();

    private static Map<String, String> whyNothingNew() {
        Map<String, String> why = new HashMap<>();
        ActionNowFamilies01To09.write(why);
        ActionNowFamilies11To23.write(why);
        return Map.copyOf(why);
    }
}

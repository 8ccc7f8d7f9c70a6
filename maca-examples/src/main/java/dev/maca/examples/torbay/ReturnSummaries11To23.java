package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.EARLY_YEARS;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;
import static dev.maca.returns.EvidenceRating.NO;
import static dev.maca.returns.EvidenceRating.PARTLY;
import static dev.maca.returns.EvidenceRating.YES;

/**
 * What the auditors of Families 11 to 23 (Families 12 and 17 excepted, whose returns are in {@link ReturnsFamily12} and
 * {@link ReturnsFamily17}) say of their own agency's practice with the family: the good practice, the areas for
 * development and why they gave the overall grade, written by hand from each return's own account of the children, with
 * the few answers and reasons the generated wording would have got wrong for the family.
 */
final class ReturnSummaries11To23 {
    private ReturnSummaries11To23() {}

    static void write(ReturnAccounts a) {
        family11(a);
        family14(a);
        family16(a);
        family19(a);
        family22(a);
        family23(a);
    }

    private static void family11(ReturnAccounts a) {
        a.amend("family-11", CHILDRENS_SERVICES)
                .answer(
                        "cs-both-parents-assessed",
                        PARTLY,
                        "Both parents were seen at the January assessment; Father's drug use was recorded as he"
                                + " described it and not checked with his treatment service.")
                .answer(
                        "cs-males-in-household-checked",
                        NO,
                        "The family friend who stayed in the home over the summer is not in the record, and no"
                                + " checks were made on him.")
                .goodPractice("The January assessment found the right level of help: the early help plan, led by the"
                        + " nursery, kept the family in view through 2020 and met the children's needs.")
                .development("Look closely at a parent's drug use in the assessment, and ask who else is staying in the"
                        + " home.")
                .overall("Practice met the expected standard. Stepping down to early help was right and the"
                        + " children's needs were met, but the assessment did not look closely at Father's drug use,"
                        + " and nobody asked about the family friend who came to stay.");
        a.amend("family-11", MIDWIFERY)
                .answer(
                        "mw-father-identity-and-history",
                        YES,
                        "Father is named as the baby's father, with his drug treatment and history recorded at"
                                + " booking.")
                .answer(
                        "mw-partner-at-appointments",
                        PARTLY,
                        "Father came to the booking appointment; later contacts were by telephone, and the record"
                                + " does not say who else was in the home.")
                .answer(
                        "mw-covid-contact-mode",
                        "Most antenatal contacts were by telephone, with Mother seen in person at scans and at"
                                + " thirty-six weeks.")
                .rationale(
                        COVID_19_IMPACT,
                        "Most antenatal contacts were by telephone, so the midwife never saw the home or the family"
                                + " friend staying there.")
                .goodPractice("The booking questions picked up Father's drug use and Mother's history, and the midwife"
                        + " made sure the early help lead knew of the pregnancy.")
                .development("Ask who else is living in the home at each contact, especially when contacts are by"
                        + " telephone.")
                .overall("Practice met the expected standard. The booking found the family's risks and the early"
                        + " help lead knew of the pregnancy, but telephone contact meant the midwife never saw the"
                        + " home or the family friend staying there.");
        a.amend("family-11", HEALTH_VISITING)
                .answer(
                        "hv-father-seen-and-included",
                        YES,
                        "Father was seen at the new birth visit with Mother, and his treatment is recorded.")
                .answer(
                        "hv-household-members",
                        PARTLY,
                        "At the new birth visit the health visitor saw the family friend staying in the home and"
                                + " asked who he was; he was not added to the household record or checked.")
                .answer(
                        "hv-covid-contact-mode",
                        "The new birth visit was face to face at twelve days, with both parents; Child B's"
                                + " development review and the later contacts were by video or telephone.")
                .rationale(
                        COVID_19_IMPACT,
                        "Apart from the new birth visit, contacts were by video or telephone, and the health"
                                + " visitor knew less of the children's days than the nursery did.")
                .goodPractice(
                        "The health visitor supported Mother's feeding and mood after Baby C's birth, and asked who"
                                + " the family friend was at the new birth visit.")
                .development("Follow up when a parent's account of a child's eating differs from the nursery's, and"
                        + " record and check an adult staying in the home.")
                .overall("Practice met the expected standard. Mother was well supported after the birth, but her"
                        + " account of Child B's eating was not checked against the nursery's, and the family friend"
                        + " was asked about once and not followed up.");
        a.amend("family-11", PRIMARY_CARE_GP)
                .answer(
                        "gp-father-consultations",
                        PARTLY,
                        "Father's treatment is noted on his record, which is linked to the children's; his"
                                + " consultations do not mention the children or the baby on the way.")
                .goodPractice(
                        "The GP's steady care of Mother's health kept her out of hospital in 2020, which was Child"
                                + " A's biggest worry, and Father's treatment is noted on his linked record.")
                .development("Offer the practice's information to an early help plan when a parent's health is part of"
                        + " it.")
                .overall("Practice met the expected standard. Mother's health was well managed, but the practice was"
                        + " not asked to contribute to the early help plan and did not offer to.");
        a.amend("family-11", ADULT_SUBSTANCE_MISUSE)
                .goodPractice("Take-home doses were reviewed when the lockdown began, and a lockable box was in place"
                        + " before Baby C came home, which removed a real risk to a baby and a toddler.")
                .development("Contribute to the early help plan, and answer the questions on Father's role with the"
                        + " children, which this return leaves unanswered.")
                .overall("Practice met the expected standard. Father's treatment was stable and safe storage was in"
                        + " place before the birth, but the service did not contribute to the early help plan, and"
                        + " the return leaves unanswered its questions on Father's role with the children.");
        a.amend("family-11", EARLY_YEARS)
                .answer(
                        "ey-fathers-and-males-known",
                        PARTLY,
                        "The setting knows Father from drop-off and collection; it did not ask who the family"
                                + " friend staying over the summer was.")
                .answer(
                        "ey-father-included",
                        PARTLY,
                        "Father is invited to the early help meetings the setting chairs; the record does not show"
                                + " him attending.")
                .goodPractice("As lead professional the DSL held the early help plan together: Child B's hunger after"
                        + " weekends was noticed and met with breakfast, Mother got help with food and money, and"
                        + " Child A's worries reached the school.")
                .development("No significant areas for development. As lead professional, ask who an adult staying in"
                        + " the home is.")
                .overall("Practice was exceptional and made a real difference for the children: it is the clearest"
                        + " difference any agency made for them. Nobody asked who the family friend staying over the"
                        + " summer was.");
    }

    private static void family14(ReturnAccounts a) {
        a.amend("family-14", CHILDRENS_SERVICES)
                .goodPractice("The pre-birth assessment saw Father, tested his account of change against the police"
                        + " record, and rightly concluded that early help was enough.")
                .development("No significant areas for development. Keep testing a father's account of change with the"
                        + " police, as this assessment did.")
                .overall("Practice met the expected standard. The assessment tested the change and stepped the"
                        + " family down to early help on evidence, and Baby B was born into a family with a plan.");
        a.amend("family-14", MIDWIFERY)
                .goodPractice(
                        "The midwife recognised Mother's isolation on the ward, arranged an early discharge with a"
                                + " home visit the next day, and kept the postnatal visits face to face with her mood checked"
                                + " at each.")
                .development("When visiting rules keep the father out, find another way to include him, such as a call"
                        + " or a visit after the birth.")
                .overall("Practice met the expected standard. Mother was well supported through a lonely lockdown"
                        + " birth, but Father was not seen in person after booking.");
        a.amend("family-14", HEALTH_VISITING)
                .goodPractice(
                        "As early help lead the health visitor kept Mother connected to her family and to a virtual"
                                + " baby group, and her mood had lifted by the autumn; the plan closed in December with both"
                                + " children well.")
                .development("Ask how the father is, not only the mother, at each contact.")
                .overall("Practice met the expected standard. The early help plan did what it set out to do and"
                        + " closed with both children well.");
        a.amend("family-14", PRIMARY_CARE_GP)
                .goodPractice(
                        "The GP reviewed Mother's antidepressant in pregnancy and after the birth, and asked about"
                                + " her mood and support at Baby B's check.")
                .development("No significant areas for development. Keep reviewing a mother's treatment at the baby's"
                        + " check, as here.")
                .overall("Practice met the expected standard. Mother's treatment was reviewed at the right points"
                        + " and she stayed well through a lonely spring.");
        a.amend("family-14", POLICE)
                .goodPractice(
                        "At the January follow-up the officer reviewed the DASH with Mother, recorded the pregnancy"
                                + " and told the midwife.")
                .development("No significant areas for development.")
                .overall("Practice met the expected standard. The 2019 incident was dealt with firmly and shared,"
                        + " which started the pre-birth assessment, and there have been no further calls to the home.");
    }

    private static void family16(ReturnAccounts a) {
        a.amend("family-16", CHILDRENS_SERVICES)
                .goodPractice("Each child was seen alone or on their own terms, and the plans held through a hard year:"
                        + " no police call-outs, Mother drinking less, and Baby D home with a plan.")
                .development("Base a proposal to end a plan on the core group's view, and find out who Child A's and"
                        + " Child B's father is and whether he has contact.")
                .overall("Practice met the expected standard. The plans held and the children are safer; the"
                        + " proposal to end them came from a caseload review, not the core group, and was rightly"
                        + " challenged.");
        a.amend("family-16", MIDWIFERY)
                .goodPractice("Joint work with the perinatal team and the specialist midwife for substance use managed"
                        + " Mother's drinking and mental health together, and the birth, protection and relapse plans"
                        + " were all on the labour ward.")
                .development("No significant areas for development. Keep planning with the perinatal and substance use"
                        + " specialists together.")
                .overall("Practice met the expected standard. Mother's drinking and mental health were managed"
                        + " together in pregnancy, and Baby D was born with every plan in place.");
        a.amend("family-16", HEALTH_VISITING)
                .answer(
                        "hv-covid-contact-mode",
                        "The new birth visit was face to face, with Baby D's sleeping place seen; later contacts"
                                + " were by video, with weights taken at clinic.")
                .rationale(
                        COVID_19_IMPACT,
                        "After the new birth visit contacts were by video, and the health visitor saw little of"
                                + " Child C's tiredness at first hand.")
                .goodPractice("The mood and alcohol questions at each contact after the birth supported the plan, and"
                        + " coping with crying was talked through with both of Baby D's parents.")
                .development("See a child the nursery is worried about in person, rather than rely on video and the"
                        + " nursery's reports.")
                .overall("Practice met the expected standard. The health visitor supported the plan after the birth"
                        + " with both parents, but saw little of Child C's tiredness at first hand.");
        a.amend("family-16", PRIMARY_CARE_GP)
                .goodPractice(
                        "The practice worked with adult mental health and the substance misuse service on Mother's"
                                + " medication in pregnancy, and the GP asked Child A about home and referred Child A to the"
                                + " school counsellor.")
                .development("No significant areas for development. Keep asking a young person who consults about low"
                        + " mood about home, as here.")
                .overall("Practice met the expected standard. Mother's prescribing was kept safe in pregnancy, and"
                        + " Child A has someone to talk to.");
        a.amend("family-16", ADULT_SUBSTANCE_MISUSE)
                .goodPractice(
                        "Mother's drinking fell far enough for the conference to rely on it, and the service's test"
                                + " results were shared at each core group.")
                .development("See the home at least once when contact is by telephone and a baby is due, rather than"
                        + " rely on the parent's account.")
                .overall("Practice met the expected standard. Treatment reduced Mother's drinking and the service"
                        + " shared its results at each core group, but all contact was by telephone and its view of"
                        + " the home rested on Mother's account.");
        a.amend("family-16", ADULT_MENTAL_HEALTH)
                .goodPractice(
                        "The service gave the conference a clear clinical view of how Mother's illness affected her"
                                + " parenting, wrote a relapse plan built around Baby D, and changed the timing of her"
                                + " medication, which ended the late mornings that left Child C tired.")
                .development("No significant areas for development. Keep a section on each child in the care plan and"
                        + " come to every core group, as here.")
                .overall("Practice was exceptional and made a real difference for the children: Mother stayed well"
                        + " through the pregnancy and after the birth, and the service's work ended the late mornings"
                        + " that left Child C tired.");
        a.amend("family-16", EARLY_YEARS)
                .goodPractice("The DSL's chronology turned late collections into a pattern, and the DSL escalated under"
                        + " the Professional Differences Policy when ending the plans was proposed; the plans"
                        + " continued.")
                .development("No significant areas for development. Keep the chronology current: it made the challenge"
                        + " straightforward to write.")
                .overall("Practice met the expected standard. The nursery's record and its challenge kept the plans"
                        + " in place, and the late collections stopped once Mother's medication changed.");
        a.amend("family-16", POLICE)
                .goodPractice("Police shared the family's history and the record of Father of Child C and Baby D at the"
                        + " pre-birth conference.")
                .development("No significant areas for development.")
                .overall("Practice met the expected standard. Police took part through the conferences, and that no"
                        + " officer was called to the home in 2020 is the best evidence of change.");
    }

    private static void family19(ReturnAccounts a) {
        a.amend("family-19", CHILDRENS_SERVICES)
                .goodPractice("The assessment heard Child A, alone at school and at Father of Child A's home, and the"
                        + " plan kept the weekends with Father of Child A that Child A said mattered most.")
                .development(
                        "Meet and assess Mother's partner, Baby B's father and the subject of the police call-outs,"
                                + " and consider what home means for Child A's missed schooling, not only Mother's anxiety.")
                .overall("Practice met the expected standard for Child A and Baby B, but the assessment did not"
                        + " assess Mother's partner, the subject of the police call-outs, and treated Child A's"
                        + " missed schooling as Mother's anxiety alone.");
        a.amend("family-19", MIDWIFERY)
                .answer(
                        "mw-father-identity-and-history",
                        PARTLY,
                        "Mother's partner is recorded as Baby B's father; his history is not recorded.")
                .answer(
                        "mw-partner-at-appointments",
                        PARTLY,
                        "The midwife saw Mother's partner at the birth and recorded him as Baby B's father; the"
                                + " rules kept him out of earlier appointments, and how he was with Mother is not recorded.")
                .goodPractice("Routine enquiry led Mother to disclose the abuse in June, which started the assessment,"
                        + " and the birth plan meant the hospital knew the family.")
                .development("Record the history of Mother's partner, Baby B's father, as well as his presence at the"
                        + " birth.")
                .overall("Practice met the expected standard. The disclosure and the birth plan were well handled,"
                        + " but nothing of Mother's partner's history is recorded.");
        a.amend("family-19", HEALTH_VISITING)
                .answer(
                        "hv-covid-contact-mode",
                        "The new birth visit was face to face, with Mother's partner out; later contacts were by"
                                + " video, and the school's concern about Child A's absence was followed by a telephone call"
                                + " to Mother.")
                .goodPractice(
                        "The six-week mood questions found Mother's anxiety and got her back in touch with her GP.")
                .development("Arrange to meet Mother's partner, Baby B's father, and follow a school's concern about"
                        + " absence with more than a call to Mother.")
                .overall("Practice met the expected standard. Mother's anxiety was picked up and passed to the GP,"
                        + " but the health visitor never met Mother's partner, and the record does not describe him.");
        a.amend("family-19", ADULT_MENTAL_HEALTH)
                .goodPractice("Mother was assessed in March and offered treatment by telephone through the lockdowns.")
                .development("Complete the parenthood section of every assessment, include the pregnancy and the"
                        + " children in the care plan, and tell the health visitor and the social worker before"
                        + " discharging a parent after missed appointments.")
                .overall("Practice was not yet good. The service did not know about the children, did not consider"
                        + " how Mother's worsening anxiety affected Child A's schooling or her care of a new baby,"
                        + " and closed the case without telling anyone.");
        a.amend("family-19", POLICE)
                .goodPractice(
                        "Officers focused on Mother's partner, made a Clare's Law disclosure to Mother and recorded"
                                + " Child A's words; there were no call-outs after October.")
                .development("Tell the social worker what police hold on a partner the plan depends on, and check that"
                        + " the social worker has met him.")
                .overall("Practice met the expected standard. The focus on the perpetrator and the Clare's Law"
                        + " disclosure helped Mother set limits, but police did not know that the social worker had"
                        + " never met him.");
    }

    private static void family22(ReturnAccounts a) {
        a.amend("family-22", CHILDRENS_SERVICES)
                .goodPractice("The pre-birth assessment looked at both parents and tested Father's account of his"
                        + " domestic abuse course against the police record, and the social worker kept visiting"
                        + " through the lockdown.")
                .development("No significant areas for development. Keep testing a father's account against the police"
                        + " record, as here.")
                .overall("Practice met the expected standard. Both parents were assessed, the plan carried the"
                        + " family through the lockdown, and it closed in December with both children well.");
        a.amend("family-22", MIDWIFERY)
                .goodPractice("The midwife saw both parents together and apart, asked Mother about domestic abuse alone"
                        + " at every appointment, and wrote a birth plan everyone knew.")
                .development("No significant areas for development.")
                .overall("Practice was exceptional and made a real difference for the children: Baby B's birth and"
                        + " first weeks, just as the lockdown began, were safe and well planned.");
        a.amend("family-22", HEALTH_VISITING)
                .goodPractice("The health visitor decided with a supervisor, on recorded grounds of risk, to keep"
                        + " visiting in person through the first lockdown, saw the children at home, and asked about"
                        + " both parents' wellbeing.")
                .development("No significant areas for development. Record the reasons for face-to-face visiting as"
                        + " clearly in every case where the risk calls for it.")
                .overall("Practice was exceptional and made a real difference for the children: they were seen at"
                        + " home when most families were not, and there were no further incidents.");
        a.amend("family-22", PRIMARY_CARE_GP)
                .goodPractice("The GP reviewed Mother's mood in pregnancy and after the birth, and coded every family"
                        + " member's record.")
                .development("No significant areas for development.")
                .overall("Practice met the expected standard. Mother's mood was reviewed at the right points, and"
                        + " the codes kept the practice part of the plan.");
        a.amend("family-22", EARLY_YEARS)
                .goodPractice("The setting kept Child A's place through the lockdown and sent detailed, child-centred"
                        + " reports to the child in need reviews.")
                .development("No significant areas for development.")
                .overall("Practice met the expected standard. Child A had a routine through the lockdown, and the"
                        + " setting's reports described Child A's days.");
        a.amend("family-22", POLICE)
                .goodPractice(
                        "The response to the 2019 incident, and Father's keeping to the conditions of his caution,"
                                + " were checked and shared with the pre-birth assessment.")
                .development("No significant areas for development.")
                .overall("Practice met the expected standard. The 2019 response and the caution's conditions gave"
                        + " the assessment evidence it could rely on, and there were no incidents in 2020.");
    }

    private static void family23(ReturnAccounts a) {
        a.amend("family-23", CHILDRENS_SERVICES)
                .goodPractice("After the police challenge the assessment recognised the drinking, and a child in need"
                        + " plan with alcohol support for both parents was in place before Baby C's birth; the social"
                        + " worker saw Child A the day the nursery found the bruising.")
                .development("Check with the police before deciding no further action after a ViST, make sure missed"
                        + " health appointments are rebooked, and ask health agencies to tell the social worker of"
                        + " any hospital attendance.")
                .overall("Practice met the expected standard. The plan was in place for Baby C's birth, but Child"
                        + " B's missed appointments were not rebooked and the plan did not hear of Baby C's emergency"
                        + " attendance.");
        a.amend("family-23", MIDWIFERY)
                .answer(
                        "mw-covid-contact-mode",
                        "Most antenatal contacts were by telephone through the second lockdown; the booking and the"
                                + " postnatal visits to day ten were face to face.")
                .goodPractice(
                        "The referral at booking brought the family to Children's Services before the drinking got"
                                + " worse, and the birth plan arranged care for Child A during the birth.")
                .development("Ask both parents about their drinking again later in the pregnancy, not only at booking,"
                        + " when contacts move to telephone.")
                .overall("Practice met the expected standard. The early referral mattered, but Father's drinking was"
                        + " not asked about after booking and the midwife never saw the home.");
        a.amend("family-23", HEALTH_VISITING)
                .goodPractice(
                        "The health visitor kept seeing all three children at home through the second lockdown and"
                                + " sent Child B to the GP.")
                .development("Act on every emergency department notice about a baby, apply the bruising protocol to any"
                        + " injury to a baby who is not yet mobile, and rebook missed immunisations.")
                .overall("Practice met the expected standard for most of the year, but the emergency department's"
                        + " notice about Baby C was filed without a visit, and a baby with a bruised forehead went"
                        + " unseen by any professional for a month. The auditor raised an immediate concern on"
                        + " reading it.");
        a.amend("family-23", PRIMARY_CARE_GP)
                .answer(
                        "gp-covid-contact-mode",
                        "Child A was seen by telephone; Child B was seen at the surgery in November, and Baby C's"
                                + " six to eight week check in February 2021 was face to face.")
                .goodPractice("The GP treated Child B's chest infection and Mother's low mood, and the codes were up to"
                        + " date.")
                .development("Follow up missed immunisations, and read an emergency department letter about a baby's"
                        + " injury as a safeguarding matter, not only a clinical one.")
                .overall("Practice met the expected standard for the family's health care, but Child B's"
                        + " immunisations were not followed up, and Baby C's attendance letter was filed without"
                        + " asking how a baby not yet rolling came to fall.");
        a.amend("family-23", ADULT_SUBSTANCE_MISUSE)
                .goodPractice(
                        "The key worker talked with Father about the danger of sleeping with Baby C after drinking"
                                + " and recorded it, and shared his reduced drinking with the core group.")
                .development("See the home at least once when a parent's drinking rises and contact is by telephone.")
                .overall("Practice met the expected standard. The alcohol work reduced Father's drinking for a time"
                        + " and the risk of sleeping with the baby after drinking was addressed, but all contact was"
                        + " by telephone and nobody from the service saw the home.");
        a.amend("family-23", ADULT_MENTAL_HEALTH)
                .goodPractice("Mother's depression was assessed quickly, and she was referred to the perinatal team in"
                        + " October, before the birth.")
                .development(
                        "Follow up missed telephone appointments, tell the health visitor or the social worker when"
                                + " they continue, and ask whether the parent can speak freely at home.")
                .overall("Practice met the expected standard. Mother had perinatal support before the birth, but"
                        + " missed appointments were not always followed up and the service did not learn of Baby C's"
                        + " attendance.");
        a.amend("family-23", EARLY_YEARS)
                .goodPractice("The key person recorded Child A's bruising on a body map, asked Mother and told the DSL,"
                        + " who rang the social worker that morning; Child A's own words are recorded.")
                .development(
                        "Share a younger sibling's pale colour and cough with the health visitor, not only with the"
                                + " parent.")
                .overall("Practice met the expected standard. Child A's bruising was handled promptly, and the"
                        + " setting's reports described Child A's days clearly.");
        a.amend("family-23", POLICE)
                .goodPractice(
                        "When Children's Services first decided on no further action after the September ViST, the"
                                + " sergeant challenged it in writing under the Professional Differences Policy; the"
                                + " assessment began and the plan was in place for Baby C's birth.")
                .development("No significant areas for development. Keep using the policy's template to challenge a"
                        + " decision promptly, as here.")
                .overall("Practice met the expected standard. The sergeant's written challenge changed the outcome"
                        + " for Baby C.");
    }
}

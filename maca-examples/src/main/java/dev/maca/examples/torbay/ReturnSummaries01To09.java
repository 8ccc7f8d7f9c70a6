package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.EARLY_YEARS;
import static dev.maca.examples.torbay.TorbayScope.FATHERS_AND_MALES;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_DIFFERENCES;
import static dev.maca.returns.EvidenceRating.NOT_APPLICABLE;
import static dev.maca.returns.EvidenceRating.PARTLY;

/**
 * What the auditors of Families 1 to 9 (Family 8 excepted, whose returns are in {@link ReturnsFamily08}) say of their
 * own agency's practice with the family: the good practice, the areas for development and why they gave the overall
 * grade, written by hand from each return's own account of the children, with the few answers and reasons the
 * generated wording would have got wrong for the family.
 */
final class ReturnSummaries01To09 {
    private ReturnSummaries01To09() {}

    static void write(ReturnAccounts a) {
        family01(a);
        family02(a);
        family03(a);
        family06(a);
        family09(a);
    }

    private static void family01(ReturnAccounts a) {
        a.amend("family-01", CHILDRENS_SERVICES)
                .goodPractice(
                        "The pre-birth assessment began at fifteen weeks, after the midwife's referral, and Child A"
                                + " was seen at home eight times in 2020, twice alone in the garden during the lockdown. The"
                                + " plan names what would put Baby B at risk.")
                .development("Get support for Mother's low mood in place as soon as the plan identifies it, and ask"
                        + " adult mental health directly what her mood means for the children.")
                .overall("Practice met the expected standard. The pre-birth assessment started early, both parents"
                        + " understood the plan, Father began work with the domestic abuse service, and the children"
                        + " were seen in person through the lockdown. Support for Mother's low mood was slower to"
                        + " come.");
        a.amend("family-01", MIDWIFERY)
                .goodPractice(
                        "Routine enquiry with Mother on her own at booking led to the disclosure after the February"
                                + " call-out, which reached the social worker within a day; the Whooley questions found her"
                                + " low mood and she was referred for specialist help in April.")
                .development("No significant areas for development. Keep asking about domestic abuse with the woman on"
                        + " her own at every contact, as the record shows was done here.")
                .overall("Practice was exceptional and made a real difference for the children: the midwife's"
                        + " questions started the pre-birth assessment months before the birth, every appointment"
                        + " stayed face to face, and Baby B was born with a plan every agency knew.");
        a.amend("family-01", HEALTH_VISITING)
                .goodPractice("The health visitor asked about Mother's mood at every contact and encouraged her to keep"
                        + " her mental health appointments, saw Baby B at home at the new birth visit, and gave both"
                        + " parents advice that settled Child A's sleep.")
                .development("Hold the older child's development review face to face where the child has lived through"
                        + " domestic abuse, rather than by video.")
                .overall("Practice met the expected standard. Mother's mood and the children's sleep and growth were"
                        + " followed closely and the key contacts were in person; Child A's development review was by"
                        + " video.");
        a.amend("family-01", PRIMARY_CARE_GP)
                .answer(
                        "gp-covid-contact-mode",
                        "Mother's consultations from April were by telephone; Child A was seen at the surgery"
                                + " twice, with Mother, and Baby B's six to eight week check was face to face.")
                .rationale(
                        COVID_19_IMPACT,
                        "From April Mother was seen only by telephone, in the months her mood was lowest; the"
                                + " children were seen at the surgery, and Baby B's check was face to face.")
                .goodPractice("Coding meant that when Mother rang about her mood in the autumn the duty doctor knew of"
                        + " the children and the plan and booked her a review that week; Baby B's check asked about"
                        + " Mother's mood and Father's support.")
                .development("Write reports to child in need reviews from what the practice knows of the children"
                        + " themselves, and see a mother in person when her mood is low.")
                .overall("Practice met the expected standard. The children's records were coded and Mother's low"
                        + " mood was answered quickly, but she was seen only by telephone from April, and the"
                        + " practice's reports to the reviews said little about the children.");
        a.amend("family-01", ADULT_MENTAL_HEALTH)
                .goodPractice("Treatment lifted Mother's mood before the birth, and every care plan review named the"
                        + " pregnancy and then Baby B, with a relapse plan for the baby's care.")
                .development("See the parent at home at least once when contact is by video, and share the service's"
                        + " view of her parenting with the social worker.")
                .overall("Practice met the expected standard. Mother's mood improved with treatment and her relapse"
                        + " plan named the baby, but every contact from April was by video, so the service never saw"
                        + " her with the children and its view of her parenting rested on her own account.");
        a.amend("family-01", EARLY_YEARS)
                .goodPractice("The key person noticed how Child A changed after the February call-out and the DSL told"
                        + " the social worker within the week; the setting kept Child A's place open through the"
                        + " first lockdown.")
                .development("Record the child's own words about home alongside the staff's observations.")
                .overall("Practice met the expected standard. The setting saw Child A every day through the"
                        + " lockdown, noticed the change after the call-out and shared it, and Child A's development"
                        + " is on track.");
        a.amend("family-01", POLICE)
                .goodPractice("The officer knelt to speak to Child A, recorded the child's words and submitted a ViST"
                        + " naming the pregnancy the same night; Father was arrested, and bail conditions kept him"
                        + " away while the assessment began.")
                .development("No significant areas for development. Keep recording what the youngest children say and"
                        + " show at incidents, as here.")
                .overall("Practice met the expected standard. Positive action, the child's words in the ViST and the"
                        + " pregnancy recorded in the DASH gave the assessment what it needed, and there were no"
                        + " further call-outs.");
    }

    private static void family02(ReturnAccounts a) {
        a.amend("family-02", CHILDRENS_SERVICES)
                .goodPractice(
                        "After the health visitor's challenge the pre-birth assessment was reopened, and Baby C was"
                                + " born on a child protection plan with a written agreement about Father of Baby C; Child A"
                                + " was seen alone at school and quoted in the conference report.")
                .development("Check what a man says about his drug use with the service treating him before closing a"
                        + " pre-birth assessment, and include Father of Child A and Child B, who has regular contact,"
                        + " in the assessment.")
                .overall("Practice met the expected standard. After the health visitor's challenge the plan"
                        + " protected Baby C, and the children say the house is quieter. The first decision rested on"
                        + " Father of Baby C's own account, and Child B's speech is still delayed.");
        a.amend("family-02", MIDWIFERY)
                .goodPractice("Routine enquiry with Mother on her own led to the disclosure that started the pre-birth"
                        + " referral in May, and the safeguarding birth plan was on the labour ward when Baby C was"
                        + " born.")
                .development("Ask about the father's drug use and history at booking, not only once a conference raises"
                        + " it, and explore what it means when a mother calls her eldest her helper.")
                .overall("Practice met the expected standard. The referral and the birth plan were timely, but"
                        + " Father of Baby C's drug use and history were not asked about until the conference.");
        a.amend("family-02", HEALTH_VISITING)
                .answer(
                        "hv-father-seen-and-included",
                        PARTLY,
                        "Father of Baby C was seen once, arriving during the garden review in July; his drug use,"
                                + " his history and his part in the children's care were not asked about.")
                .answer(
                        "hv-household-members",
                        PARTLY,
                        "Father of Baby C is recorded as living in the home until the conference, and the record"
                                + " was updated for the written agreement; when he moved in is not recorded.")
                .goodPractice(
                        "At a face-to-face review in the garden the health visitor saw Child B's delayed speech and"
                                + " fear of Father of Baby C, and challenged the decision to close the pre-birth assessment"
                                + " in writing under the Professional Differences Policy; Baby C was born on a child"
                                + " protection plan.")
                .development("Move to the policy's next stage when a challenge has no answer within its timescale,"
                        + " rather than chasing it for weeks.")
                .overall("Practice met the expected standard. The health visitor's escalation changed the plan and"
                        + " Child B was referred for speech therapy; the escalation took three weeks to reach a"
                        + " decision.");
        a.amend("family-02", PRIMARY_CARE_GP)
                .goodPractice("Coding the children and both men meant that when Father of Baby C asked for an early"
                        + " repeat of his medication in December, the GP told the social worker and the recovery"
                        + " worker.")
                .development(
                        "Ask what a child is worried about when a parent says so, and write conference reports from"
                                + " what the practice has seen of the children.")
                .overall("Practice met the expected standard. Coding and linked records worked when it mattered, but"
                        + " the practice's reports to conference were written by a GP who had not seen the children.");
        a.amend("family-02", ADULT_SUBSTANCE_MISUSE)
                .answer(
                        "asm-professional-differences",
                        NOT_APPLICABLE,
                        "Not applicable: the service was not part of the discussion about the pre-birth assessment,"
                                + " which it did not know of, and did not disagree with any decision.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "The service was not part of the disagreement about the pre-birth assessment, which was"
                                + " resolved by the agencies involved; nothing in its own record called for a challenge.")
                .goodPractice("His treatment continued through 2020, and since the conference the recovery worker asks"
                        + " about the children at each appointment.")
                .development("Complete the parent and children questions for every child a service user lives with, and"
                        + " share an expectant father's treatment, and any increase in take-home doses, with the"
                        + " midwife and the social worker.")
                .overall("Practice was not yet good. The service did not know the children, did not say that he was"
                        + " an expectant father, and increased his take-home doses in April without telling anyone;"
                        + " its information reached the conference only because the social worker asked for it.");
        a.amend("family-02", EARLY_YEARS)
                .goodPractice("On Child B's return in September the key person recorded lost words, solitary play and"
                        + " startling at raised voices, which gave the conference direct evidence; the DSL raised"
                        + " Child A's collections with the social worker.")
                .development("Follow up when a vulnerable child offered a place is kept at home, and speak to the child"
                        + " on the weekly calls, not only to the parent.")
                .overall("Practice met the expected standard. The setting's observations shaped the conference and"
                        + " Child B has a speech plan, but the setting did not ask why Child B was kept at home"
                        + " through the closures.");
        a.amend("family-02", POLICE)
                .goodPractice(
                        "Officers recorded Child A's words at the second incident, took positive action and shared"
                                + " every incident with Children's Services within a day, with the pregnancy named.")
                .development("Check the history of a new partner when he moves in, and share what police hold about his"
                        + " previous relationships before a conference asks.")
                .overall("Practice met the expected standard. The response at each incident was prompt and focused"
                        + " on the children, but Father of Baby C's history was not checked when he moved in.");
    }

    private static void family03(ReturnAccounts a) {
        a.amend("family-03", CHILDRENS_SERVICES)
                .answer(
                        "cs-covid-visit-mode",
                        "From March visits were by video, with Child A usually on Mother's lap; the first visit in"
                                + " person was in August, when Baby B was seen for the first time.")
                .rationale(
                        COVID_19_IMPACT,
                        "From March Child A was seen only on video, and Baby B was first seen in person in August;"
                                + " what not seeing the children meant was never weighed.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Father, in drug treatment, lived in the home, but the plan was written with Mother alone"
                                + " and his care of the children was not assessed.")
                .goodPractice(
                        "The child in need plan kept the family in view through the lockdown, and Baby B was added"
                                + " to it within weeks of the birth.")
                .development("Start a pre-birth assessment as soon as a pregnancy is known in a family on a plan, with"
                        + " both parents' drug treatment in it. See the children in person, and analyse together what"
                        + " missed immunisations, the same clothes at each contact and drug use in the home mean for"
                        + " a child.")
                .overall("Practice was not yet good. The plan kept the family in view but changed little for Child"
                        + " A; no assessment considered the unborn baby, though both parents were in drug treatment;"
                        + " and from March Child A was seen only on video.");
        a.amend("family-03", MIDWIFERY)
                .goodPractice("Mother's anxiety was found at booking, and her referral to the perinatal team helped her"
                        + " through the pregnancy.")
                .development("Refer for a pre-birth assessment when parents are in drug treatment and an older child is"
                        + " on a plan, and write a safeguarding birth plan with a contingency for an early birth.")
                .overall("Practice was not yet good. Mother's mental health was well supported, but no pre-birth"
                        + " referral or birth plan was made although both parents were in drug treatment, so the"
                        + " labour ward had no warning when Baby B came early.");
        a.amend("family-03", HEALTH_VISITING)
                .answer(
                        "hv-covid-contact-mode",
                        "Child A's development review was by telephone and the new birth visit on the doorstep;"
                                + " Child A was seen in person once, in the autumn, and Baby B at home after the December"
                                + " attendance.")
                .rationale(
                        COVID_19_IMPACT,
                        "Child A's development review was done without seeing Child A, the new birth visit was on"
                                + " the doorstep, and Child A was seen in person once in 2020; what not seeing the children"
                                + " meant was not weighed.")
                .goodPractice(
                        "The health visitor kept Baby B's growth in view and got the baby's immunisations under way"
                                + " after the December attendance.")
                .development("See a child in person for the development review, follow up a suspected speech delay, and"
                        + " take unease about a plan to safeguarding supervision and the Professional Differences"
                        + " Policy.")
                .overall("Practice was not yet good. Baby B's growth was followed, but Child A's development review"
                        + " was done without seeing Child A, a suspected speech delay has not been assessed, and the"
                        + " unease recorded in July went no further.");
        a.amend("family-03", PRIMARY_CARE_GP)
                .goodPractice(
                        "The practice treated Mother's anxiety, and the neonatal discharge summary and the December"
                                + " attendance letter are on Baby B's record.")
                .development(
                        "Follow up missed immunisations for children on a plan with a call and a note to the health"
                                + " visitor, and code the children's records when the plan begins.")
                .overall("Practice was not yet good. The practice knew both parents were in drug treatment, but"
                        + " missed immunisations were handled by text reminder, the child in need code was added only"
                        + " in November, and nothing was shared with the social worker.");
        a.amend("family-03", ADULT_SUBSTANCE_MISUSE)
                .goodPractice("Treatment kept both parents' use stable for most of the year, and Mother's dose was"
                        + " reviewed in pregnancy.")
                .development("Tell Children's Services and the health visitor when take-home doses increase, and check"
                        + " safe storage at home, not by telephone, when a baby comes home.")
                .overall("Practice was not yet good. Stable treatment was the main protection the children had, but"
                        + " take-home doses were increased in April without anyone being told, and safe storage was"
                        + " discussed only by telephone with a baby and a toddler at home.");
        a.amend("family-03", ADULT_MENTAL_HEALTH)
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "Mother's anxiety and how it affected her parenting were understood and worked with, with"
                                + " the perinatal team; that view went to the GP but not to the child in need review.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Father's drug treatment and his support for Mother are recorded from her account; the"
                                + " service did not meet him or consider him as a carer.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "The care coordinator thought the plan did not use the service's view of Mother's"
                                + " parenting, and did not raise it with the social worker or under the policy.")
                .goodPractice(
                        "Mother's panic attacks reduced and she completed treatment in September; the relapse plan"
                                + " written with the perinatal team names who would care for Baby B and Child A if she became"
                                + " unwell.")
                .development("Send the service's view of a parent's capacity to the child in need review as well as to"
                        + " the GP, and raise it when the plan does not use it.")
                .overall("Practice met the expected standard. The service understood how Mother's anxiety affected"
                        + " her parenting and treated it well, but that view did not reach the plan, and every"
                        + " contact from March was by telephone.");
    }

    private static void family06(ReturnAccounts a) {
        a.amend("family-06", CHILDRENS_SERVICES)
                .goodPractice(
                        "Once the midwife's challenge reached the team, the assessment began within a fortnight, a"
                                + " protection plan and a safety plan were in place before the birth, and Baby B has been"
                                + " seen at home every fortnight.")
                .development("Tell the referrer what was decided, on the day, and do not close a referral to early help"
                        + " without speaking to the professional who made it. See a young child in person soon after"
                        + " a referral about domestic abuse.")
                .overall("Practice was not yet good. Once started, the assessment made a difference and Baby B came"
                        + " home to a plan everyone knew, but the first referral was closed without a word to the"
                        + " midwife, and Child A lived with the arguments through the summer with no plan.");
        a.amend("family-06", MIDWIFERY)
                .goodPractice("When the first referral was closed without an assessment, the midwife challenged it in"
                        + " writing through the named midwife under the Professional Differences Policy; the"
                        + " assessment began within a fortnight, and the birth plan's contingency for an early birth"
                        + " was used.")
                .development("No significant areas for development. Keep following a referral until the midwife knows"
                        + " what was decided.")
                .overall("Practice was exceptional and made a real difference for the children: the midwife's"
                        + " referral, persistence and written challenge are the reason Baby B had a plan at birth.");
        a.amend("family-06", HEALTH_VISITING)
                .goodPractice(
                        "The health visitor kept seeing Child A at home through the lockdown, recorded the child's"
                                + " fear and words, and supported the midwife's challenge in writing.")
                .development("Share the police notifications with the GP, who did not know of the incidents until the"
                        + " conference.")
                .overall("Practice met the expected standard. Face-to-face visits gave the conference first-hand"
                        + " evidence of Child A's experience, and Child A is now sleeping and playing more freely.");
        a.amend("family-06", PRIMARY_CARE_GP)
                .goodPractice(
                        "The GP treated Mother's low mood in pregnancy and sent the conference a report that named"
                                + " both children and Father.")
                .development("Ask the health visitor and Children's Services for the police notifications when a family"
                        + " is referred, so the practice knows of incidents before a conference.")
                .overall("Practice met the expected standard. Mother's mood was treated and the conference report"
                        + " was full, but the practice knew nothing of the police incidents until the conference.");
        a.amend("family-06", POLICE)
                .goodPractice("Officers took positive action at both incidents, recorded Child A's fear and the"
                        + " pregnancy, and shared each incident the next day.")
                .development("Follow up when no strategy discussion follows a referral, and consider an evidence-led"
                        + " prosecution when the victim does not support one.")
                .overall("Practice met the expected standard. The police response and referrals were the evidence"
                        + " the midwife's challenge rested on; police did not follow up when no strategy discussion"
                        + " followed.");
    }

    private static void family09(ReturnAccounts a) {
        a.amend("family-09", CHILDRENS_SERVICES)
                .goodPractice("Baby B's bruise was handled exactly as the protocol expects, with the baby seen the same"
                        + " day and the safety plan rewritten, and the plan supported Mother well.")
                .development("Test a reported separation against what the police, the midwife and the nursery see, and"
                        + " ask the older child about the parent said to have left.")
                .overall("Practice met the expected standard for Mother and for Baby B's bruise, but until November"
                        + " the plan rested on a separation that the police record showed was not real, and Child A's"
                        + " worries about Father were not explored.");
        a.amend("family-09", MIDWIFERY)
                .goodPractice(
                        "Mother's anxiety was recognised at booking and she was referred to the perinatal team, and"
                                + " the midwife recorded Father's presence at the birth and passed it to the health visitor.")
                .development(
                        "Tell the social worker, not only the health visitor, when what is seen does not match what"
                                + " the plan says about who lives at home.")
                .overall("Practice met the expected standard. Mother's mental health was well supported, and the"
                        + " midwife's note that Father was at the birth was one of the first signs that the"
                        + " separation was not what it seemed.");
        a.amend("family-09", HEALTH_VISITING)
                .goodPractice("The health visitor found a small bruise on Baby B at a home visit and referred the same"
                        + " day under the bruising protocol; the baby was seen by a paediatrician within hours.")
                .development("When a child talks about a parent said to have left, ask how often he is there and tell"
                        + " the social worker.")
                .overall("Practice met the expected standard. The response to Baby B's bruise is the best practice"
                        + " in the record, but Child A's words about Father did not lead to the question of how often"
                        + " he was there.");
        a.amend("family-09", PRIMARY_CARE_GP)
                .answer(
                        "gp-covid-contact-mode",
                        "From March consultations were by telephone, apart from one visit to the surgery for Child"
                                + " A's eczema.")
                .goodPractice("The GP treated Mother's anxiety and referred her quickly to adult mental health in June,"
                        + " and Father's record is linked to the children's.")
                .development("See young children in person when a parent's account of the household is in question, and"
                        + " consider the police notifications at each consultation.")
                .overall("Practice met the expected standard. Mother's anxiety was treated and referred quickly, but"
                        + " most consultations were by telephone and the GP never saw the children with Father.");
        a.amend("family-09", ADULT_MENTAL_HEALTH)
                .answer(
                        "amh-covid-contact-mode",
                        "Sessions were by video, with one visit in the garden in September, when Mother was seen"
                                + " with Baby B.")
                .goodPractice(
                        "The care plan, written with the perinatal team before the birth, is built around Baby B's"
                                + " care if intrusive thoughts returned, and Mother's anxiety eased.")
                .development("Share with the social worker what a parent says that changes the picture of who is at"
                        + " home, such as Father being around a lot.")
                .overall("Practice met the expected standard. Mother's anxiety was treated well and the plan put"
                        + " Baby B at its centre, but her comment that Father was around a lot was not shared.");
        a.amend("family-09", EARLY_YEARS)
                .goodPractice(
                        "The key person recorded Child A's words about Father's angry face and Father's presence at"
                                + " drop-off, and the DSL shared both with the social worker.")
                .development("Ask to be invited to the child in need reviews once a child on a plan starts at the"
                        + " setting.")
                .overall("Practice met the expected standard. The nursery gave Child A a place to play and talk, and"
                        + " its notes were part of the evidence that Father was around more than the plan said; it"
                        + " was not invited to the reviews until January 2021.");
        a.amend("family-09", POLICE)
                .goodPractice("Officers checked Father's history, found him at the address at every call despite the"
                        + " separation, and said so in every ViST.")
                .development("When what officers find contradicts a plan, tell the social worker directly and escalate"
                        + " if nothing changes.")
                .overall("Practice met the expected standard. The police record was the clearest account any agency"
                        + " held of Father, but the plan did not act on it until November and police did not press"
                        + " it.");
    }
}

package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.FATHERS_AND_MALES;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_CURIOSITY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_DIFFERENCES;
import static dev.maca.examples.torbay.TorbayScope.UNBORN_SAFETY_PLANNING;
import static dev.maca.returns.EvidenceRating.NO;
import static dev.maca.returns.EvidenceRating.NOT_APPLICABLE;
import static dev.maca.returns.EvidenceRating.PARTLY;
import static dev.maca.returns.EvidenceRating.YES;

/**
 * The returns of Family 5 in the auditors' own words, every answer, reason and summary written by hand: Children's
 * Services and midwifery here, health visiting in {@link ReturnsFamily05HealthVisiting}, and the GP and the police in
 * {@link ReturnsFamily05GpPolice}. Adult mental health sent no return.
 *
 * <p>One timeline runs through them all. Mother, who has a long history of depression, saw her GP in February 2020,
 * newly pregnant and low; the GP restarted her antidepressant and referred her to the perinatal team, who saw her by
 * video from April. In early March police attended an argument between Mother and Father of Child B and Baby C; the
 * DASH was graded standard, the pregnancy recorded at about eight weeks, Child A spoken to alone, and the occupants
 * logged as the family "and uncle, staying". The ViSTs started Children's Services' assessment that month, and the
 * midwife booked Mother at about nine weeks and referred the same week. Mother's brother, whom the children call
 * 'uncle', stayed from March to September 2020 after losing his tenancy; the health visitor saw him in the garden in
 * June and the social worker in August, and no agency asked who he was until the panel's immediate concern was followed
 * up in May 2021 ({@link TorbayConcerns}). Child A, at secondary school, did much of Child B's care while schools were
 * closed and Father of Child B and Baby C was at work; the school nurse referred Child A to the young carers' service in
 * October. Baby C was born at term in October on a child in need plan, with a birth plan on the labour ward; Mother's
 * low mood on day six reached the perinatal team the same day, and at six weeks the health visitor's questions led the
 * GP to increase her treatment in December. Father of Child A does not live with the family and, by Mother's account,
 * has had no contact with Child A for several years; no agency asked about him.
 */
final class ReturnsFamily05 {
    static final String CASE = "family-05";

    private ReturnsFamily05() {}

    static void write(ReturnAccounts a) {
        childrensServices(a);
        midwifery(a);
        ReturnsFamily05HealthVisiting.write(a);
        ReturnsFamily05GpPolice.write(a);
    }

    private static void childrensServices(ReturnAccounts a) {
        a.amend(CASE, CHILDRENS_SERVICES)
                .answer(
                        "cs-pre-birth-referral-timely",
                        YES,
                        "The police referral in March named the pregnancy at about eight weeks, and the midwife referred"
                                + " at booking the same week; the assessment that began that month covered the unborn baby"
                                + " from the start.")
                .answer(
                        "cs-sibling-assessment-considers-unborn",
                        YES,
                        "The assessment has its own section on the unborn baby: what Mother's depression and the March"
                                + " argument would mean for a newborn, with actions for the birth and the first weeks at"
                                + " home.")
                .answer(
                        "cs-birth-plan-contingency",
                        YES,
                        "The birth plan, agreed with the maternity safeguarding team in August, named the social worker,"
                                + " set an out-of-hours alert with the Emergency Duty Team and a visit within two days of"
                                + " discharge; the labour ward had it when Baby C was born.")
                .answer(
                        "cs-both-parents-assessed",
                        PARTLY,
                        "Father of Child B and Baby C was seen with Mother and on his own, in May and August, and his"
                                + " history was checked with the police, who held nothing of note. Father of Child A is named"
                                + " as having had no contact for several years, on Mother's word; nobody asked Child A about"
                                + " him or whether any agency held anything on him.")
                .answer(
                        "cs-males-in-household-checked",
                        NO,
                        "At the August home visit a man in the garden, whom Child B called 'uncle', is recorded only as"
                                + " 'uncle present'. Nobody asked Mother who he was or whether he lived there, and no checks"
                                + " were asked for, although the March ViST on the file lists an 'uncle, staying'.")
                .answer(
                        "cs-cumulative-risk",
                        "The assessment weighed the March argument and Mother's depression together for Child B and the"
                                + " baby, with the perinatal team's view. It did not weigh what they meant for Child A, who was"
                                + " caring for Child B while Father of Child B and Baby C worked, or who else was in the"
                                + " home.")
                .answer(
                        "cs-accounts-tested",
                        PARTLY,
                        "The parents' account of the March argument was checked with the police, whose record matched"
                                + " it. Mother's account of who lived in the home was not checked against the ViST.")
                .answer(
                        "cs-domestic-abuse-perpetrator-focus",
                        PARTLY,
                        "What Child A saw and heard of the argument is in the assessment. The plan's only action on Father"
                                + " of Child B and Baby C's behaviour was his agreement that arguments would not happen in"
                                + " front of the children; there was no further incident.")
                .answer(
                        "cs-maternal-mental-health-parenting",
                        PARTLY,
                        "The social worker asked the perinatal team for its view in May, and the assessment says what"
                                + " Mother's low mood meant for Child B's care and for a newborn. It does not say what it meant"
                                + " for Child A, who the same record says did 'most of the looking after'.")
                .answer(
                        "cs-professional-differences",
                        NOT_APPLICABLE,
                        "Not applicable: no agency disagreed with a decision about the children in 2020, and the auditor"
                                + " found no decision that should have been challenged.")
                .answer(
                        "cs-management-oversight",
                        PARTLY,
                        "Supervision was monthly and is recorded. It followed the pre-birth plan and Mother's treatment"
                                + " closely, but from October it signed off 'young carers referral made' at each session"
                                + " without asking why nothing had started, and it never asked who the 'uncle present' in"
                                + " August was.")
                .answer(
                        "cs-agencies-in-planning",
                        PARTLY,
                        "Midwifery, health visiting, the school and the GP were invited to the child in need reviews,"
                                + " held by telephone conference from May. The perinatal team sent a report to the first review"
                                + " and was not invited after it.")
                .answer(
                        "cs-covid-visit-mode",
                        "Of eleven visits from March to December, three were in person: Child A alone at school in July,"
                                + " Child B at home in August and Baby C at home in November. The rest were by video; the record"
                                + " gives the lockdown as the reason in the spring, and no reason or manager's agreement for"
                                + " the video visits in September and October.")
                .answer(
                        "cs-covid-impact",
                        "When schools closed in March, Child A was at home all day with Child B while Father of Child B and"
                                + " Baby C worked and Mother was unwell, and that is when Child A's caring grew. Video calls"
                                + " showed the social worker whichever room Mother sat in, and the reviews were by telephone,"
                                + " so nobody saw the household together.")
                .answer(
                        "cs-learning-from-reviews",
                        PARTLY,
                        "The briefing on pre-birth assessment shows: the unborn baby had its own section and a birth plan."
                                + " The briefing on other men in the household does not: the 'uncle' on the ViST and at the"
                                + " August visit was never asked about.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "The social worker took the household as Mother described it: the 'uncle, staying' on the ViST and"
                                + " the man in the garden were not asked about, and Child A's account of the caring led to a"
                                + " referral that supervision then watched stall.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Father of Child B and Baby C was seen alone and checked; Father of Child A was taken as absent on"
                                + " Mother's word, and the man the children called 'uncle' was never identified.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "The unborn baby was assessed from about eight weeks in a section of its own, and the birth plan"
                                + " the labour ward held was used when Baby C was born.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "No professional disagreement about the children arose in 2020, and the auditor found none that"
                                + " should have.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "The perinatal team's view shaped what the plan said about Mother's care of Child B and the baby,"
                                + " but not about Child A, whose caring grew while Mother was unwell.")
                .rationale(
                        COVID_19_IMPACT,
                        "After March most visits were by video, the autumn ones with no recorded reason; Child A was seen"
                                + " alone once and the home once before the birth.")
                .goodPractice("The assessment began within days of the police referral and gave the unborn baby its own"
                        + " section, so Baby C came home in October to a birth plan the labour ward used and a child in"
                        + " need plan both parents knew. The social worker saw Child A alone at school, where Child A could"
                        + " talk.")
                .development(
                        "When a child describes caring for a brother or sister, start a young carer's assessment"
                                + " rather than a referral to a waiting list, and have supervision check that it happens. Ask who"
                                + " every adult in the home is, including one a ViST or a child names, and ask for checks on him.")
                .overall("Children's Services planned well for the baby: an assessment from about eight weeks, a birth"
                        + " plan the labour ward used, and a plan both parents understood. It planned less well for the"
                        + " household Child A lived in: Child A's caring was recorded in July and had not been assessed"
                        + " nine months later, and a man named only as 'uncle' on a ViST and at a home visit was never"
                        + " identified or checked.");
    }

    private static void midwifery(ReturnAccounts a) {
        a.amend(CASE, MIDWIFERY)
                .answer("mw-booking-gestation", YES, "Mother booked at about nine weeks, in March 2020.")
                .answer(
                        "mw-routine-enquiry-domestic-abuse",
                        PARTLY,
                        "At booking Mother was asked on her own and spoke of the argument police had attended that month,"
                                + " which she said was the first. The question was asked again at the twenty-eight week"
                                + " contact, by telephone, when the midwife recorded that she could not tell whether Mother was"
                                + " alone.")
                .answer(
                        "mw-dash-marac-idva",
                        NO,
                        "Mother's account of the March argument was a disclosure, and no DASH followed it: the midwife"
                                + " recorded that police had attended and graded it standard, and gave Mother the local domestic"
                                + " abuse service's number. MARAC on professional judgement in pregnancy was not considered,"
                                + " and no IDVA was offered.")
                .answer(
                        "mw-whooley-at-booking",
                        YES,
                        "Mother answered yes to both Whooley questions and described her history of depression; the"
                                + " midwife confirmed that the GP's referral to the perinatal team in February had been"
                                + " received and asked the team to see her before twenty weeks.")
                .answer(
                        "mw-emotional-wellbeing-every-contact",
                        YES,
                        "Mother's mood is recorded at every antenatal and postnatal contact. On day six, by telephone, she"
                                + " was low and tearful; the midwife rang the perinatal team that afternoon, and the perinatal"
                                + " nurse saw her at home that week.")
                .answer(
                        "mw-perinatal-mental-health-referral",
                        YES,
                        "The GP's February referral was followed up at booking, the perinatal team saw Mother from April"
                                + " and its advice is in the maternity notes, and the postnatal plan for her mood was written"
                                + " with the team before the birth.")
                .answer(
                        "mw-substance-use-enquiry",
                        YES,
                        "Both parents' alcohol and drug use and smoking were asked about at booking: neither used drugs,"
                                + " both drank little, and Father of Child B and Baby C smoked outside. No referral was"
                                + " needed.")
                .answer(
                        "mw-father-identity-and-history",
                        PARTLY,
                        "Father of Child B and Baby C is named as the baby's father, with his history as Mother gave it;"
                                + " the March incident is recorded from the police notification, and he was not asked about"
                                + " it himself.")
                .answer(
                        "mw-partner-at-appointments",
                        PARTLY,
                        "Father of Child B and Baby C drove Mother to the booking appointment and waited outside; from"
                                + " March he could not attend, and he was there only for the birth, where the record does not"
                                + " say how he was with Mother.")
                .answer(
                        "mw-pre-birth-referral",
                        YES,
                        "The midwife referred to Children's Services at booking, at about nine weeks, with Mother's"
                                + " agreement, and sent reports to the child in need reviews in May and August.")
                .answer(
                        "mw-safeguarding-birth-plan",
                        YES,
                        "The safeguarding birth plan, agreed with the social worker in August, was on the maternity record"
                                + " and with the labour ward and the community team, with an out-of-hours alert and a discharge"
                                + " visit within two days.")
                .answer(
                        "mw-antenatal-safeguarding-quality",
                        "The midwife picked up Mother's depression and the March argument at booking, referred the same"
                                + " week and had the birth plan in place by August. She did not ask who lived in the home, or"
                                + " who would mind Child B during the birth beyond Mother's answer that Child A would.")
                .answer(
                        "mw-professional-differences",
                        NOT_APPLICABLE,
                        "Not applicable: the midwife agreed with the plan for the baby, and nothing in the maternity record"
                                + " should have been challenged.")
                .answer(
                        "mw-covid-contact-mode",
                        "Booking was in person in March. Once the lockdown began, antenatal contacts were by telephone"
                                + " apart from the scans and the thirty-six week check, and postnatal visits were in person on"
                                + " days one and five and by telephone after that.")
                .answer(
                        "mw-covid-partner-restrictions",
                        NO,
                        "With Father of Child B and Baby C kept out of appointments, nobody asked Mother by telephone who"
                                + " else was living at home, and the midwife met him only at the birth.")
                .answer(
                        "mw-learning-from-reviews",
                        PARTLY,
                        "The briefing on unborn babies where an older sibling is on a plan shows in the referral at"
                                + " booking and the birth plan. The briefing on the men in a baby's life does not: the midwife"
                                + " asked about the baby's father only, not about any other man in the home.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "Mother's disclosure of the March argument was recorded and she was given the domestic abuse"
                                + " service's number, but no DASH was completed and the question was not asked again in"
                                + " private.")
                .rationale(
                        FATHERS_AND_MALES,
                        "The baby's father is named with his history as Mother gave it; who else lived in the home was"
                                + " never asked, so the man the children called 'uncle' is not in the maternity record.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "A referral at booking, reports to the reviews and a birth plan on the labour ward by August meant"
                                + " Baby C's birth was planned for.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "The midwife had no disagreement with any agency about the baby, and there was none to have.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "Mother's depression was followed at every contact and joined up with the perinatal team, and her"
                                + " low mood on day six reached the team the same afternoon.")
                .rationale(
                        COVID_19_IMPACT,
                        "From March most antenatal contact was by telephone and Father of Child B and Baby C could not"
                                + " come, so the midwife never saw the home or the household.")
                .goodPractice(
                        "The midwife followed up the GP's perinatal referral at booking and rang the perinatal team"
                                + " the afternoon Mother was low on day six, so she was seen at home that week. The birth plan was"
                                + " on the labour ward two months before Baby C was born.")
                .development("After a disclosure of domestic abuse, complete a DASH even when police have attended, and"
                        + " find a safe time to ask again. Ask who lives in the home, and when a mother says an older child"
                        + " will mind a younger one during the birth, ask whether that is fair on the child.")
                .overall("Midwifery met the expected standard for Mother's mental health and for planning the birth:"
                        + " early booking, a referral the same week, close work with the perinatal team and a birth plan in"
                        + " good time. The gaps were the missing DASH after Mother's disclosure, and not knowing who lived"
                        + " in the home.");
    }
}

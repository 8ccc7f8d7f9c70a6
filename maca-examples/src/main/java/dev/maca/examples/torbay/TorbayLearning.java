package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.FATHERS_AND_MALES;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_CURIOSITY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_DIFFERENCES;
import static dev.maca.examples.torbay.TorbayScope.UNBORN_SAFETY_PLANNING;

import dev.maca.audit.LearningContent;
import dev.maca.audit.LearningResource;
import java.util.List;

/**
 * The teaching content of the six 7-minute briefings, one per objective, written as a partnership's practice lead would
 * write them: specific, practical and an invitation to think. The findings the briefs report come from the panel and
 * the analysis, not from here.
 */
final class TorbayLearning {
    private static final LearningResource INVISIBLE_MEN = new LearningResource(
            "The Myth of Invisible Men: safeguarding children under 1 from non-accidental injury caused by male carers",
            "Child Safeguarding Practice Review Panel, 2021");

    private static final LearningResource NAI_REVIEW = new LearningResource(
            "National review of non-accidental injury in children under 1",
            "Child Safeguarding Practice Review Panel, 2021");

    private static final LearningResource JTAI_DOMESTIC_ABUSE = new LearningResource(
            "The multi-agency response to children living with domestic abuse: joint targeted area inspections",
            "Ofsted, Care Quality Commission, HM Inspectorate of Constabulary and HM Inspectorate of Probation");

    private static final LearningResource DOMESTIC_ABUSE_ACT = new LearningResource(
            "Domestic Abuse Act 2021: children as victims in their own right", "legislation.gov.uk");

    private static final LearningResource PROFESSIONAL_DIFFERENCES_POLICY = new LearningResource(
            "Professional Differences (Escalation) Policy", "Torbay Safeguarding Children Partnership procedures");

    private static final LearningResource PRE_BIRTH_PROTOCOL = new LearningResource(
            "Pre-birth assessment and unborn baby protocol", "Torbay Safeguarding Children Partnership procedures");

    private static final LearningResource NICE_QS115 = new LearningResource(
            "Antenatal and postnatal mental health (QS115)", "National Institute for Health and Care Excellence");

    private static final LearningResource NICE_QS116 = new LearningResource(
            "Domestic violence and abuse (QS116)", "National Institute for Health and Care Excellence");

    private TorbayLearning() {}

    /** The learning content, one per objective, in the scope's order. */
    static List<LearningContent> learning() {
        return List.of(
                professionalCuriosity(),
                fathersAndMales(),
                unbornSafetyPlanning(),
                professionalDifferences(),
                maternalMentalHealth(),
                covid19());
    }

    private static LearningContent professionalCuriosity() {
        return new LearningContent(
                PROFESSIONAL_CURIOSITY,
                List.of(
                        "Domestic abuse, substance misuse and mental ill health rarely arrive one at a time. When they"
                                + " are present together, the risk to a baby or young child is greater than the sum"
                                + " of its parts, and each agency usually holds only part of the picture.",
                        "The Rapid Review that led to this audit found a family whose adversities were each known to"
                                + " someone, but whose combined impact on the baby was not pieced together."),
                List.of(
                        "Practitioners look, listen, ask direct questions and check out what they are told with"
                                + " the other agencies involved.",
                        "Accounts of change (\"we've separated\", \"I've cut down\") are tested, not simply"
                                + " recorded.",
                        "Assessments analyse how the adversities combine for this child, rather than listing them."),
                List.of(
                        "Respectful uncertainty is not distrust: it is taking the family seriously enough to check.",
                        "Disguised compliance often looks like good engagement: attending appointments is not the"
                                + " same as change.",
                        "A chronology across agencies shows patterns that no single record shows."),
                List.of(
                        "Ask the direct question, and record the answer in the family's own words.",
                        "Before accepting an account of change, ask who else would know and contact them.",
                        "When something new happens, revisit the whole picture, not just the new event."),
                List.of(
                        "Think of a family you are working with now: what do you know only because a parent told"
                                + " you?",
                        "When did you last check out an account with another agency, and what happened?",
                        "What makes it hard to ask the difficult question, and what would help?"),
                List.of(NAI_REVIEW, JTAI_DOMESTIC_ABUSE));
    }

    private static LearningContent fathersAndMales() {
        return new LearningContent(
                FATHERS_AND_MALES,
                List.of(
                        "Most non-accidental injuries to babies are caused by male carers, yet services often know"
                                + " little about the men in a baby's life. The national review of 23 babies found"
                                + " men were frequently invisible to the professionals working with the mother.",
                        "Fathers and other men in the household can be a risk, a resource or both. We cannot know"
                                + " which unless we see them, ask about them and check what is known."),
                List.of(
                        "Every man in or around the household is identified: the birth father, a new partner, a"
                                + " lodger, a relative who stays.",
                        "Fathers are invited, seen and spoken to in their own right, and their history (previous"
                                + " relationships, children, police and health information) is checked.",
                        "The plan says what each man's role is and what is expected of him."),
                List.of(
                        "\"Dad wasn't there\" is a reason to find out more, not a reason to stop.",
                        "A new partner during pregnancy is a change of household: reassess, and consider a Clare's"
                                + " Law disclosure where there is domestic abuse history.",
                        "Covid-19 rules kept many fathers out of appointments in 2020: the gap needs filling now."),
                List.of(
                        "Ask every mother who else lives in or regularly visits the home, and record it.",
                        "Offer appointments at times fathers can attend, and contact them directly.",
                        "Share what you know about a father with the agencies working with the family."),
                List.of(
                        "In your current cases, how many fathers have you met in person?",
                        "What do you know about the men in the home of the youngest child you work with?",
                        "How do you engage a father who avoids contact, and when do you escalate?"),
                List.of(INVISIBLE_MEN, NAI_REVIEW));
    }

    private static LearningContent unbornSafetyPlanning() {
        return new LearningContent(
                UNBORN_SAFETY_PLANNING,
                List.of(
                        "Babies are at greatest risk of serious harm in their first year. When a family is already"
                                + " known because of an older child, the pregnancy can be treated as background"
                                + " rather than as a new child who needs an assessment of their own.",
                        "Early referral gives time to assess, to plan for the birth and to support parents to make"
                                + " changes before the baby arrives."),
                List.of(
                        "A pre-birth referral is made early in the pregnancy when there are known risks, in line"
                                + " with the partnership's pre-birth protocol.",
                        "The older sibling's assessment explicitly considers what the risks mean for the baby who is"
                                + " coming.",
                        "A birth plan is agreed across agencies before the birth, with a contingency for an early or"
                                + " unplanned birth."),
                List.of(
                        "The unborn baby is a child in their own right in every assessment and plan.",
                        "A baby who arrives early arrives before the plan if the plan is left late.",
                        "Midwives are often first to know: their referral starts the clock."),
                List.of(
                        "When a mother on your caseload is pregnant, ask: has anyone assessed the risk to this"
                                + " baby?",
                        "Check that the birth plan exists, that you know its contingencies and that your agency's"
                                + " part is clear.",
                        "If a pre-birth referral has not been accepted and you remain worried, use the Professional"
                                + " Differences Policy."),
                List.of(
                        "Where in your agency's records would an unborn baby's risk be written down?",
                        "How would you know if the birth plan for a family you work with had a contingency?",
                        "What would you do if the baby were born tonight?"),
                List.of(PRE_BIRTH_PROTOCOL, NAI_REVIEW));
    }

    private static LearningContent professionalDifferences() {
        return new LearningContent(
                PROFESSIONAL_DIFFERENCES,
                List.of(
                        "Disagreement between professionals is healthy: it tests decisions and keeps the focus on"
                                + " the child. Unspoken disagreement is the risk, because the concern stays in one"
                                + " record while decisions are made elsewhere.",
                        "The Professional Differences Policy exists so that any practitioner can escalate a concern"
                                + " about another agency's decision, quickly and without it becoming personal."),
                List.of(
                        "Concerns about a decision are raised first with the practitioner who made it, then with"
                                + " managers, with timescales, as the policy sets out.",
                        "Escalations and their outcomes are recorded in both agencies' records.",
                        "Managers ask in supervision whether there is any decision the practitioner is uneasy"
                                + " about."),
                List.of(
                        "Escalating is part of your job, not a complaint about a colleague.",
                        "Recording that you disagreed is not the same as acting on it.",
                        "If the outcome still leaves the child at risk, escalate again."),
                List.of(
                        "Know where to find the Professional Differences Policy and who your escalation contact is.",
                        "Raise a concern in writing, saying what you are worried about for the child.",
                        "Ask your manager for support early; do not wait for the next meeting."),
                List.of(
                        "When did you last disagree with another agency's decision? What did you do?",
                        "What gets in the way of escalating in your team?",
                        "How do you respond when another agency challenges your decision?"),
                List.of(PROFESSIONAL_DIFFERENCES_POLICY, JTAI_DOMESTIC_ABUSE));
    }

    private static LearningContent maternalMentalHealth() {
        return new LearningContent(
                MATERNAL_MENTAL_HEALTH,
                List.of(
                        "Around one in five women experience mental ill health during pregnancy or in the year after"
                                + " birth. Most parent well; what matters is understanding how this mother's"
                                + " illness affects her care of this baby and this older child.",
                        "A diagnosis tells us little on its own. Parenting capacity is about routines, warmth,"
                                + " supervision and the support around the family."),
                List.of(
                        "Mood and wellbeing are asked about at every antenatal and postnatal contact, using the"
                                + " Whooley questions at booking.",
                        "Women with current or past serious mental illness are referred to the specialist perinatal"
                                + " mental health team.",
                        "Assessments describe what the illness means for the children day to day, and adult mental"
                                + " health services contribute their view to the plan."),
                List.of(
                        "Ask about mood at every contact, not just at booking.",
                        "A worsening of symptoms is a change in circumstances for the children too.",
                        "The other parent's mental health matters as well."),
                List.of(
                        "Ask the mother how her mental health affects her days with the children, and listen for"
                                + " the detail.",
                        "Share with the GP, health visitor and midwife when her mental health changes.",
                        "Ask adult mental health colleagues for their view of parenting capacity, and include it."),
                List.of(
                        "What would a good day and a bad day look like for the children of a mother you work with?",
                        "How does your agency hear when a mother's mental health deteriorates?",
                        "Who holds the whole picture of her mental health and her parenting?"),
                List.of(NICE_QS115, NAI_REVIEW));
    }

    private static LearningContent covid19() {
        return new LearningContent(
                COVID_19_IMPACT,
                List.of(
                        "In 2020 most contacts moved to telephone or video. Services kept in touch with many"
                                + " families, but virtual contact reduced sight of the children and of the home,"
                                + " and pandemic arrangements removed many men from professional view.",
                        "Lockdowns also increased the pressures that drive risk: isolation, domestic abuse,"
                                + " drinking and poor mental health."),
                List.of(
                        "Contact decisions weigh the risk of not seeing a child against the risk of infection, and"
                                + " the reasons are recorded.",
                        "Video contacts include seeing the child and the home, not just speaking to a parent.",
                        "Missed or declined appointments are followed up, and disengagement is treated as a"
                                + " possible sign of risk."),
                List.of(
                        "A telephone call with a parent is not a contact with the child.",
                        "Families who declined contact in 2020 may still be unknown to us: look again.",
                        "Lessons from 2020 apply to any time services are stretched."),
                List.of(
                        "Prioritise face-to-face contact where the child is a baby, is not seen elsewhere, or where"
                                + " there is domestic abuse.",
                        "Ask to see the child on every virtual contact, and record what you saw.",
                        "Follow up every missed appointment and tell the other agencies when a family disengages."),
                List.of(
                        "Which of the children you work with were not seen in person in 2020?",
                        "What did virtual contact tell you, and what did it hide?",
                        "What practice from the pandemic would you keep, and what would you stop?"),
                List.of(NAI_REVIEW, INVISIBLE_MEN, NICE_QS116, DOMESTIC_ABUSE_ACT));
    }
}

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
            "Ofsted, CQC, HMICFRS and HMI Probation");

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
                        "Domestic abuse, substance misuse and mental ill health rarely come alone. Together they put a young child at greater risk than each does alone, and each agency usually holds only part of the picture.",
                        "The Rapid Review behind this audit found each adversity known to someone, but their combined impact on the baby never pieced together."),
                List.of(
                        "Practitioners look, listen, ask direct questions and check what they are told with other agencies.",
                        "Accounts of change (\"we've separated\", \"I've cut down\") are tested, not just recorded.",
                        "Assessments analyse how the adversities combine for this child."),
                List.of(
                        "Respectful uncertainty is not distrust: it is taking the family seriously enough to check.",
                        "Attending appointments is not the same as change.",
                        "A chronology across agencies shows patterns no single record shows."),
                List.of(
                        "Ask the direct question and record the answer in the family's own words.",
                        "Before accepting an account of change, ask who else would know, and contact them.",
                        "When something new happens, revisit the whole picture."),
                List.of(
                        "What do you know about a family you work with only because a parent told you?",
                        "When did you last check an account with another agency?",
                        "What makes the difficult question hard to ask, and what would help?"),
                List.of(NAI_REVIEW, JTAI_DOMESTIC_ABUSE));
    }

    private static LearningContent fathersAndMales() {
        return new LearningContent(
                FATHERS_AND_MALES,
                List.of(
                        "Most non-accidental injuries to babies are caused by male carers, yet the national review found the men in babies' lives often invisible to professionals.",
                        "Men in the household can be a risk, a resource or both. We cannot know which unless we see them, ask about them and check."),
                List.of(
                        "Every man in or around the household is identified: father, new partner, lodger, visiting relative.",
                        "Fathers are seen in their own right, and their history is checked with police and health.",
                        "The plan says what is expected of each man."),
                List.of(
                        "\"Dad wasn't there\" is a reason to find out more, not to stop.",
                        "A new partner in pregnancy is a change of household: reassess, and consider Clare's Law.",
                        "Covid-19 rules hid many fathers in 2020: fill that gap now."),
                List.of(
                        "Ask every mother who lives in or regularly visits the home, and record it.",
                        "Offer appointments fathers can attend, and contact them directly.",
                        "Share what you know about a father with the other agencies."),
                List.of(
                        "How many fathers in your current cases have you met?",
                        "What do you know about the men around the youngest child you work with?",
                        "How do you engage a father who avoids contact?"),
                List.of(INVISIBLE_MEN, NAI_REVIEW));
    }

    private static LearningContent unbornSafetyPlanning() {
        return new LearningContent(
                UNBORN_SAFETY_PLANNING,
                List.of(
                        "Babies are most at risk of serious harm in their first year. When a family is known because of an older child, the pregnancy can be treated as background rather than as a new child.",
                        "Early referral gives time to assess, plan for the birth and support change."),
                List.of(
                        "Known risks lead to an early pre-birth referral under the protocol.",
                        "The older sibling's assessment says what the risks mean for the baby.",
                        "A birth plan, with a contingency for an early birth, is agreed before the birth."),
                List.of(
                        "The unborn baby is a child in their own right.",
                        "A baby who arrives early arrives before a late plan.",
                        "Midwives are often first to know: their referral starts the clock."),
                List.of(
                        "When a mother is pregnant, ask: has anyone assessed the risk to this baby?",
                        "Check that there is a birth plan, and know your part in it.",
                        "If a referral is refused and you remain worried, use the Professional Differences Policy."),
                List.of(
                        "Where in your records would an unborn baby's risk be written?",
                        "How would you know whether a birth plan had a contingency?",
                        "What would you do if the baby were born tonight?"),
                List.of(PRE_BIRTH_PROTOCOL, NAI_REVIEW));
    }

    private static LearningContent professionalDifferences() {
        return new LearningContent(
                PROFESSIONAL_DIFFERENCES,
                List.of(
                        "Disagreement between professionals is healthy: it tests decisions. Unspoken disagreement is the risk, because the concern stays in one record while decisions are made elsewhere.",
                        "The policy lets any practitioner escalate a concern about another agency's decision quickly, without making it personal."),
                List.of(
                        "Concerns go first to the decision-maker, then to managers, within the policy's timescales.",
                        "Escalations and their outcomes are recorded by both agencies.",
                        "Supervision asks about decisions the practitioner is uneasy about."),
                List.of(
                        "Escalating is part of your job, not a complaint about a colleague.",
                        "Recording that you disagreed is not the same as acting on it.",
                        "If the outcome still leaves the child at risk, escalate again."),
                List.of(
                        "Know where the policy is and who your escalation contact is.",
                        "Raise concerns in writing, saying what worries you for the child.",
                        "Ask your manager for support early."),
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
                        "Around one in five women have mental ill health in pregnancy or the year after birth. Most parent well; what matters is its effect on these children.",
                        "A diagnosis alone tells us little: parenting capacity is about routines, warmth, supervision and support."),
                List.of(
                        "Mood is asked about at every contact.",
                        "Serious mental illness, past or present, leads to a perinatal referral.",
                        "Assessments say what the illness means for the children."),
                List.of(
                        "Ask about mood at every contact, not just at booking.",
                        "Worsening symptoms are a change for the children too.",
                        "The other parent's mental health matters as well."),
                List.of(
                        "Ask how her mental health affects her days with the children, and listen for detail.",
                        "Tell the GP, health visitor and midwife when it changes.",
                        "Include adult mental health colleagues' view of parenting capacity."),
                List.of(
                        "What is a good day and a bad day like for her children?",
                        "How would you hear that her mental health had worsened?",
                        "Who holds the whole picture?"),
                List.of(NICE_QS115, NAI_REVIEW));
    }

    private static LearningContent covid19() {
        return new LearningContent(
                COVID_19_IMPACT,
                List.of(
                        "In 2020 most contacts moved to telephone or video. Virtual contact reduced sight of the children and the home, and removed many men from view.",
                        "Lockdowns also raised the pressures that drive risk: isolation, domestic abuse, drinking and poor mental health."),
                List.of(
                        "Contact decisions weigh the risk of not seeing a child against infection, with reasons recorded.",
                        "Video contacts include seeing the child and the home.",
                        "Missed appointments are followed up as a possible sign of risk."),
                List.of(
                        "A telephone call with a parent is not a contact with the child.",
                        "Families who declined contact in 2020 may still be unknown: look again.",
                        "The lessons apply whenever services are stretched."),
                List.of(
                        "See babies, children not seen elsewhere and families with domestic abuse face to face.",
                        "Ask to see the child on every virtual contact, and record what you saw.",
                        "Follow up missed appointments and tell other agencies when a family disengages."),
                List.of(
                        "Which of your children were not seen in person in 2020?",
                        "What did virtual contact tell you, and what did it hide?",
                        "What pandemic practice would you keep, and what would you stop?"),
                List.of(NAI_REVIEW, NICE_QS116, DOMESTIC_ABUSE_ACT));
    }
}

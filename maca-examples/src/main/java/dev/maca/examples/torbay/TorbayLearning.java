package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.FATHERS_AND_MALES;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_CURIOSITY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_DIFFERENCES;
import static dev.maca.examples.torbay.TorbayScope.UNBORN_SAFETY_PLANNING;

import dev.maca.audit.LearningContent;
import dev.maca.audit.LearningResource;
import java.time.LocalDate;
import java.util.List;

/**
 * The teaching content of the six 7-minute briefings, one per objective, written as a partnership's practice lead would
 * write them: specific, practical and an invitation to think. The findings the briefs report come from the panel and
 * the analysis, not from here.
 */
final class TorbayLearning {
    /** The day the resources' addresses were checked, before the briefs were published in June 2021. */
    private static final LocalDate CHECKED = LocalDate.of(2021, 6, 1);

    /** When the partnership reviews the briefs, a year after publishing them. */
    private static final LocalDate REVIEW_BY = LocalDate.of(2022, 6, 30);

    /** Who practitioners contact about a brief. */
    private static final String CONTACT = "Partnership Business Manager";

    private static final String LOCAL_PROCEDURES = "https://www.proceduresonline.com/swcpp/torbay/";

    private static final LearningResource TRIENNIAL_ANALYSIS = LearningResource.at(
            "Complexity and challenge: a triennial analysis of serious case reviews 2014 to 2017",
            "Department for Education, 2020",
            "https://www.gov.uk/government/publications/analysis-of-serious-case-reviews-2014-to-2017",
            CHECKED);

    private static final LearningResource OUT_OF_ROUTINE = LearningResource.at(
            "Out of routine: a review of sudden unexpected death in infancy in families where the children are"
                    + " considered at risk of significant harm",
            "Child Safeguarding Practice Review Panel, July 2020",
            "https://www.gov.uk/government/publications/safeguarding-children-at-risk-from-sudden-unexpected-infant-death",
            CHECKED);

    private static final LearningResource ICON =
            LearningResource.at("ICON: babies cry, you can cope", "ICON", "https://iconcope.org/", CHECKED);

    private static final LearningResource SAFER_SLEEP = LearningResource.at(
            "Safer sleep advice", "The Lullaby Trust", "https://www.lullabytrust.org.uk/safer-sleep-advice/", CHECKED);

    private static final LearningResource WORKING_TOGETHER = LearningResource.at(
            "Working Together to Safeguard Children",
            "HM Government, 2018",
            "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2",
            CHECKED);

    private static final LearningResource PROFESSIONAL_DIFFERENCES_POLICY = LearningResource.at(
            "Professional Differences (Escalation) Policy",
            "Torbay Safeguarding Children Partnership procedures",
            LOCAL_PROCEDURES,
            CHECKED);

    private static final LearningResource PRE_BIRTH_PROTOCOL = LearningResource.at(
            "Pre-birth assessment and unborn baby protocol",
            "Torbay Safeguarding Children Partnership procedures",
            LOCAL_PROCEDURES,
            CHECKED);

    private static final LearningResource NICE_QS115 = LearningResource.at(
            "Antenatal and postnatal mental health (QS115)",
            "National Institute for Health and Care Excellence, 2016",
            "https://www.nice.org.uk/guidance/qs115",
            CHECKED);

    private static final LearningResource NICE_QS116 = LearningResource.at(
            "Domestic violence and abuse (QS116)",
            "National Institute for Health and Care Excellence, 2016",
            "https://www.nice.org.uk/guidance/qs116",
            CHECKED);

    private static final LearningResource COVID_SOCIAL_CARE = LearningResource.at(
            "Coronavirus (COVID-19): guidance for children's social care services",
            "Department for Education, 2020",
            "https://www.gov.uk/government/publications/coronavirus-covid-19-guidance-for-childrens-social-care-services",
            CHECKED);

    private TorbayLearning() {}

    /** The learning content, one per objective, in the scope's order. */
    static List<LearningContent> learning() {
        return List.of(
                        professionalCuriosity(),
                        fathersAndMales(),
                        unbornSafetyPlanning(),
                        professionalDifferences(),
                        maternalMentalHealth(),
                        covid19())
                .stream()
                .map(content -> content.reviewedBy(REVIEW_BY, CONTACT))
                .toList();
    }

    private static LearningContent professionalCuriosity() {
        return new LearningContent(
                PROFESSIONAL_CURIOSITY,
                List.of(
                        "Domestic abuse, substance misuse and mental ill health rarely come alone, and together put a young child at greater risk. Reviews of serious cases find each adversity known to someone, but their combined impact on the child never pieced together."),
                List.of(
                        "Practitioners look, listen, ask direct questions and check what they are told with other agencies.",
                        "Accounts of change (\"we've separated\", \"I've cut down\") are tested, not just recorded."),
                List.of(
                        "Respectful uncertainty is not distrust: it is taking the family seriously enough to check.",
                        "Attending appointments is not the same as change."),
                List.of(
                        "Ask the direct question and record the answer in the family's own words.",
                        "Before accepting an account of change, ask who else would know, and contact them.",
                        "When something new happens, revisit the whole picture."),
                List.of(
                        "What do you know about a family you work with only because a parent told you?",
                        "What makes the difficult question hard to ask, and what would help?"),
                List.of(TRIENNIAL_ANALYSIS));
    }

    private static LearningContent fathersAndMales() {
        return new LearningContent(
                FATHERS_AND_MALES,
                List.of(
                        "Men are more likely than women to harm babies through non-accidental injury: around 70% of babies who are shaken are shaken by men (ICON). A man in the household can be a risk, a resource or both; we cannot know which unless we see him, ask and check."),
                List.of(
                        "Every man in or around the household is identified: father, new partner, lodger, visiting relative.",
                        "Fathers are seen in their own right, and their history is checked with police and health."),
                List.of(
                        "\"Dad wasn't there\" is a reason to find out more, not to stop.",
                        "A new partner in pregnancy is a change of household: reassess, and consider Clare's Law."),
                List.of(
                        "Ask every mother who lives in or regularly visits the home, and record it.",
                        "Offer appointments fathers can attend, and contact them directly.",
                        "Share what you know about a father with the other agencies."),
                List.of(
                        "How many fathers in your current cases have you met?",
                        "How do you engage a father who avoids contact?"),
                List.of(ICON));
    }

    private static LearningContent unbornSafetyPlanning() {
        return new LearningContent(
                UNBORN_SAFETY_PLANNING,
                List.of(
                        "Babies are most at risk of serious harm in their first year. When a family is known because of an older child, the pregnancy can be treated as background rather than as a new child. Early referral gives time to assess and plan for the birth."),
                List.of(
                        "Known risks lead to an early pre-birth referral under the protocol.",
                        "The older sibling's assessment says what the risks mean for the baby.",
                        "A birth plan, with a contingency for an early birth, is agreed before the birth."),
                List.of(
                        "The unborn baby is a child in their own right.",
                        "A baby who arrives early arrives before a late plan."),
                List.of(
                        "When a mother is pregnant, ask: has anyone assessed the risk to this baby?",
                        "If a referral is refused and you remain worried, use the Professional Differences Policy.",
                        "Talk with both parents before the birth about safer sleep and about coping with crying (ICON)."),
                List.of(
                        "Where in your records would an unborn baby's risk be written?",
                        "What would you do if the baby were born tonight?"),
                List.of(PRE_BIRTH_PROTOCOL, SAFER_SLEEP));
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
                List.of(PROFESSIONAL_DIFFERENCES_POLICY, WORKING_TOGETHER));
    }

    private static LearningContent maternalMentalHealth() {
        return new LearningContent(
                MATERNAL_MENTAL_HEALTH,
                List.of(
                        "Up to one in five women have mental ill health in pregnancy or the year after birth (NICE QS115). Most parent well; what matters is its effect on these children.",
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
                List.of(NICE_QS115, OUT_OF_ROUTINE));
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
                List.of(COVID_SOCIAL_CARE, NICE_QS116));
    }
}

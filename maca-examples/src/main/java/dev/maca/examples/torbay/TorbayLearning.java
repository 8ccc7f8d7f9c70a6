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
            "Complexity and challenge: a triennial analysis of SCRs 2014-2017",
            "DfE, 2020",
            "https://www.gov.uk/government/publications/analysis-of-serious-case-reviews-2014-to-2017",
            CHECKED);

    private static final LearningResource OUT_OF_ROUTINE = LearningResource.at(
            "Out of routine",
            "Child Safeguarding Practice Review Panel, 2020",
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
            "Professional Differences (Escalation) Policy", "TSCP procedures", LOCAL_PROCEDURES, CHECKED);

    private static final LearningResource PRE_BIRTH_PROTOCOL = LearningResource.at(
            "Pre-birth assessment and unborn baby protocol", "TSCP procedures", LOCAL_PROCEDURES, CHECKED);

    private static final LearningResource NICE_QS115 = LearningResource.at(
            "Antenatal and postnatal mental health (QS115)",
            "NICE, 2016",
            "https://www.nice.org.uk/guidance/qs115",
            CHECKED);

    private static final LearningResource NICE_QS116 = LearningResource.at(
            "Domestic violence and abuse (QS116)", "NICE, 2016", "https://www.nice.org.uk/guidance/qs116", CHECKED);

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
                        "Domestic abuse, substance misuse and mental ill health rarely come alone, and together raise the risk to a young child. Reviews find each known to someone but never pieced together."),
                List.of("Practitioners ask direct questions and test what they are told with other agencies."),
                List.of("Respectful uncertainty is not distrust, and attending appointments is not change."),
                List.of(
                        "Ask the direct question and record the answer in the family's own words; check accounts of change with whoever would know, and look again at the whole picture when things change."),
                List.of(
                        "What do you know about a family only because a parent told you?",
                        "What makes the difficult question hard to ask, and what would help?"),
                List.of(TRIENNIAL_ANALYSIS));
    }

    private static LearningContent fathersAndMales() {
        return new LearningContent(
                FATHERS_AND_MALES,
                List.of(
                        "Around 70% of babies who are shaken are shaken by men (ICON). A man in the household can be a risk, a resource or both: we only know which if we see him, ask and check."),
                List.of(
                        "Every man in or around the household is identified: father, new partner, lodger, visiting relative.",
                        "Fathers are seen in their own right, and their history is checked with police and health."),
                List.of(
                        "\"Dad wasn't there\" is a reason to find out more, not to stop. A new partner in pregnancy is a change of household: reassess, and consider Clare's Law."),
                List.of(
                        "Ask every mother who lives in or regularly visits the home, and record it.",
                        "Offer appointments fathers can attend, contact them directly, and share what you learn."),
                List.of(
                        "How many fathers in your current cases have you met?",
                        "How do you engage a father who avoids contact?"),
                List.of(ICON));
    }

    private static LearningContent unbornSafetyPlanning() {
        return new LearningContent(
                UNBORN_SAFETY_PLANNING,
                List.of(
                        "Babies are most at risk of serious harm in their first year. Where an older child is known, the unborn baby can become background; early referral gives time to plan."),
                List.of(
                        "Known risks mean an early pre-birth referral, and the sibling's assessment covers the baby.",
                        "A birth plan, with a contingency for an early birth, is agreed in time, and both parents hear about safer sleep and coping with crying (ICON)."),
                List.of("The unborn baby is a child in their own right, and may arrive before a late plan."),
                List.of("Ask who has assessed the risk to the baby, and escalate a refused referral if still worried."),
                List.of(
                        "Where in your records would an unborn baby's risk be written?",
                        "What would you do if the baby were born tonight?"),
                List.of(PRE_BIRTH_PROTOCOL, SAFER_SLEEP));
    }

    private static LearningContent professionalDifferences() {
        return new LearningContent(
                PROFESSIONAL_DIFFERENCES,
                List.of(
                        "Disagreement between professionals is healthy: it tests decisions. Unspoken disagreement is the risk, because the concern stays in one record while decisions are made elsewhere. The policy lets any practitioner escalate quickly, without making it personal."),
                List.of(
                        "Concerns go first to the decision-maker, then to managers, within the policy's timescales, and both agencies record the outcome.",
                        "Supervision asks about decisions the practitioner is uneasy about."),
                List.of(
                        "Escalating is part of your job, not a complaint about a colleague.",
                        "Recording disagreement is not acting on it; if the child is still at risk, escalate again."),
                List.of(
                        "Know the policy and your escalation contact, and ask your manager for support early.",
                        "Raise concerns in writing, saying what worries you for the child."),
                List.of(
                        "When did you last disagree with another agency, and what did you do?",
                        "What stops your team escalating?",
                        "How do you respond when another agency challenges you?"),
                List.of(PROFESSIONAL_DIFFERENCES_POLICY, WORKING_TOGETHER));
    }

    private static LearningContent maternalMentalHealth() {
        return new LearningContent(
                MATERNAL_MENTAL_HEALTH,
                List.of(
                        "Up to one in five women have mental ill health in pregnancy or the year after birth (NICE QS115). Most parent well: what matters is its effect on the children's routines, warmth and supervision."),
                List.of("Serious mental illness, past or present, leads to a perinatal referral."),
                List.of("Worsening symptoms are a change for the children; so is the other parent's mental health."),
                List.of(
                        "Ask how her mental health affects her days with the children, and listen for detail.",
                        "Tell the GP, health visitor and midwife of changes; ask adult mental health about parenting."),
                List.of(
                        "What is a good day and a bad day like for her children?",
                        "How would you hear that her mental health had worsened, and who holds the whole picture?"),
                List.of(NICE_QS115, OUT_OF_ROUTINE));
    }

    private static LearningContent covid19() {
        return new LearningContent(
                COVID_19_IMPACT,
                List.of(
                        "In 2020 most contacts moved to telephone or video, which reduced sight of the children and the home and removed many men from view. Lockdowns also raised the pressures that drive risk: isolation, domestic abuse, drinking and poor mental health."),
                List.of(
                        "Contact decisions weigh the risk of not seeing a child against infection, with reasons recorded.",
                        "Video contacts include seeing the child and the home.",
                        "Missed appointments are followed up as a possible sign of risk."),
                List.of(
                        "A call with a parent is not a contact with the child.",
                        "Families who declined contact in 2020 may still be unknown: look again.",
                        "The lessons apply whenever services are stretched."),
                List.of(
                        "See babies, children not seen elsewhere and families with domestic abuse face to face.",
                        "Ask to see the child on every virtual contact, and record what you saw.",
                        "Follow up missed appointments, and tell other agencies when a family disengages."),
                List.of(
                        "Which of your children were not seen in person in 2020?",
                        "What did virtual contact tell you, and what did it hide?",
                        "What pandemic practice would you keep, and what would you stop?"),
                List.of(COVID_SOCIAL_CARE, NICE_QS116));
    }
}

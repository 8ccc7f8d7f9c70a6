package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;

/** The returns' accounts of the children, and of the difference made, for Families 3, 5 and 6. */
final class AccountsFamilies03To06 {
    private AccountsFamilies03To06() {}

    static void write(ReturnAccounts a) {
        family03(a);
        family05(a);
        family06(a);
    }

    private static void family03(ReturnAccounts a) {
        a.write("family-03", CHILDRENS_SERVICES)
                .child(
                        "Child A",
                        "Child A has been on a child in need plan since October 2019. From March"
                                + " 2020 the social worker saw Child A only on video calls, usually on Mother's lap; the record"
                                + " says Child A 'looked well' each time and nothing of Child A's speech, play or day.")
                .child(
                        "Baby B",
                        "Baby B was born early in May, in the first lockdown, and spent ten days on the"
                                + " neonatal unit; the social worker learned of the birth from the health visitor a week later."
                                + " Baby B was added to Child A's plan in June and first seen in person in August.")
                .impact("The child in need plan kept the family in view but changed little for Child A: the overdue"
                        + " immunisations, the same clothes at each contact and the parents' drug use were recorded at"
                        + " every review and never analysed together. No assessment considered the unborn baby, so Baby B"
                        + " came home without a plan for drug use around a small baby.");
        a.write("family-03", MIDWIFERY)
                .child(
                        "Child A",
                        "The maternity record names Child A at booking, with the social worker; no midwife"
                                + " asked how Child A was cared for when the parents used, and nothing else is recorded.")
                .child(
                        "Baby B",
                        "Baby B was born at thirty-five weeks in May. The birth was unplanned and there was no"
                                + " safeguarding birth plan, so the neonatal team learned of the parents' drug use from Mother."
                                + " Baby B was observed for withdrawal for ten days, fed well and went home with both parents.")
                .impact(
                        "Mother's anxiety was found at booking and her referral to the perinatal team helped her through"
                                + " the pregnancy. The midwife made no pre-birth referral although both parents were in drug"
                                + " treatment, so Baby B's early birth found no plan and the labour ward had no warning.");
        a.write("family-03", HEALTH_VISITING)
                .child(
                        "Child A",
                        "Child A's development review, due in April, was done by telephone in June from Mother's"
                                + " answers, without seeing Child A. At the one face-to-face contact in the autumn Child A wore"
                                + " the clothes seen on the previous video call, and the immunisations were still outstanding.")
                .child(
                        "Baby B",
                        "The new birth visit took place on the doorstep after Baby B's discharge, and the six to"
                                + " eight week review was by video. The record has Baby B's weights and the bronchiolitis"
                                + " attendance in December, after which the health visitor saw Baby B at home.")
                .impact("The health visitor kept Baby B's growth in view and, after the December attendance, got the"
                        + " baby's immunisations under way. For Child A little changed: a speech delay suspected in the"
                        + " autumn is not assessed, and the health visitor's unease about the plan, recorded in July, went"
                        + " no further than the record.");
        a.write("family-03", PRIMARY_CARE_GP)
                .child(
                        "Child A",
                        "Child A's record shows three missed immunisation appointments, each followed by a text"
                                + " reminder and nothing more, and one telephone consultation for a rash. The child in need code"
                                + " was added only in November.")
                .child(
                        "Baby B",
                        "Baby B's record holds the neonatal discharge summary, which mentions the parents'"
                                + " treatment, and the December attendance letter. No immunisation was given until January 2021.")
                .impact("The practice treated Mother's anxiety and knew both parents were in drug treatment, but made"
                        + " little difference for the children: the missed immunisations were handled by text reminder,"
                        + " and nobody linked them to the parents' drug use or told the social worker.");
        a.write("family-03", ADULT_SUBSTANCE_MISUSE)
                .child(
                        "Child A",
                        "Both parents' treatment records note 'one child at home' and name the social worker;"
                                + " neither key worker asked who looked after Child A when a parent had used, and the service"
                                + " knew nothing of Child A's day.")
                .child(
                        "Baby B",
                        "Mother's pregnancy is recorded and her dose was reviewed in pregnancy; the record notes"
                                + " Baby B's early birth and the neonatal observation. Safe storage was discussed by telephone"
                                + " after Baby B came home, but nobody saw where the medication was kept.")
                .impact("Treatment kept both parents' use stable for most of the year, and that was the main protection"
                        + " the children had. The service did not tell Children's Services or the health visitor when"
                        + " take-home doses were increased in April, and did not check safe storage with a baby and a"
                        + " toddler at home.");
        a.write("family-03", ADULT_MENTAL_HEALTH)
                .child(
                        "Child A",
                        "The care coordinator's record describes Child A through Mother's eyes: a lively child"
                                + " she feared she could not keep up with when anxious. Her worry about Child A seeing her panic"
                                + " attacks was part of the work.")
                .child(
                        "Baby B",
                        "The pregnancy and Baby B's early birth are recorded, and the relapse plan written with"
                                + " the perinatal team names who would care for Baby B and Child A if Mother became unwell. The"
                                + " service never saw Baby B; every contact from March was by telephone.")
                .impact(
                        "Mother's panic attacks reduced and she completed treatment in September, which the health"
                                + " visitor noticed in her care of Baby B. The service's clear view of how her anxiety affected"
                                + " her parenting went to the GP but not to the child in need review, so the plan did not use it.");
    }

    private static void family05(ReturnAccounts a) {
        a.write("family-05", CHILDRENS_SERVICES)
                .child(
                        "Child A",
                        "Child A was seen alone once, at school in July, and said they did 'most of the looking after' of"
                                + " Child B when Mother was in bed and Father of Child B and Baby C at work, and were tired at"
                                + " school. The record calls Child A a young carer; the school nurse's referral to the young"
                                + " carers' service in October is on file, and no carer's assessment was made. Child A was not"
                                + " asked about their own father.")
                .child(
                        "Child B",
                        "Child B was seen on video calls and once at home, in August; the record describes a happy,"
                                + " chatty child, and a man in the garden whom Child B called 'uncle', noted as 'uncle"
                                + " present'. Nobody asked Child B, or Child A, about him.")
                .child(
                        "Baby C",
                        "Baby C was born at term in October and went home to both parents on the child in need plan; the"
                                + " social worker has seen Baby C at home twice, in November and February, content and feeding"
                                + " well, with Father of Child B and Baby C doing much of the care.")
                .impact("The pre-birth plan meant Baby C came home to parents who knew what was expected of them, and"
                        + " the plan found Child B nursery hours from September, which gave Child A some afternoons"
                        + " back. Child A's caring was recorded and referred on rather than relieved, and the man the"
                        + " children called 'uncle' was never identified.");
        a.write("family-05", MIDWIFERY)
                .child(
                        "Child A",
                        "The midwife's record mentions Child A once, as 'the eldest, very helpful', when Mother said Child"
                                + " A would look after Child B during the birth. Nobody asked whether that was a heavy load"
                                + " for a child.")
                .child(
                        "Child B",
                        "Child B is named at booking and in the birth plan's care arrangements; the record does not"
                                + " describe Child B.")
                .child(
                        "Baby C",
                        "Baby C was born at term in October with a birth plan that named the social worker. Mother's"
                                + " mood was asked about at each postnatal contact; on day six she was low and tearful, and the"
                                + " midwife rang the perinatal team, who saw her at home that week. Baby C fed well and was"
                                + " handed over to the health visitor at day fourteen.")
                .impact("Booking at about nine weeks, and a referral the same week, put the unborn baby in the"
                        + " assessment from the start, and the midwife's call on day six got Mother seen at home by the"
                        + " perinatal team within days. After March most contacts were by telephone, so the midwife"
                        + " never saw the home or knew who was staying there.");
        a.write("family-05", HEALTH_VISITING)
                .child(
                        "Child A",
                        "The school nurse saw Child A at school in October, after the school raised tiredness; Child A"
                                + " said they liked helping with Child B but 'can't do homework'. The school nurse referred Child"
                                + " A to the young carers' service that month; it had a waiting list, and nothing had started"
                                + " by April 2021.")
                .child(
                        "Child B",
                        "The health visitor saw Child B at the development review in the garden in June: talking in short"
                                + " sentences, climbing and meeting every milestone on the ASQ-3. The record notes 'uncle' in"
                                + " the garden without asking who he was.")
                .child(
                        "Baby C",
                        "The new birth visit was at home at twelve days; the health visitor saw Baby C with both parents,"
                                + " saw where Baby C sleeps, and talked through safer sleep and coping with crying. Baby C is"
                                + " thriving.")
                .impact("The six-week mood questions found Mother low again, and the GP and the perinatal team had"
                        + " seen her within the week. The school nurse's referral put Child A on the young carers' list,"
                        + " but nothing had changed for Child A by the audit.");
        a.write("family-05", PRIMARY_CARE_GP)
                .child(
                        "Child A",
                        "Child A did not consult the practice in the period; the record holds the school nurse's young"
                                + " carers' referral letter and the child in need code.")
                .child(
                        "Child B",
                        "Child B's immunisations were on time through the first lockdown, and Mother consulted by"
                                + " telephone about Child B's croup in the autumn.")
                .child(
                        "Baby C",
                        "Baby C's six to eight week check, in December, was face to face and normal. At the same"
                                + " appointment the GP saw Mother for her postnatal check and, told by the health visitor that"
                                + " week of her low mood, increased her antidepressant.")
                .impact(
                        "Restarting Mother's treatment and referring her to the perinatal team in February meant she had"
                                + " specialist care through the pregnancy, and the practice's reports kept each child in need"
                                + " review informed. The practice knew nothing of anyone else staying in the home.");
        a.write("family-05", POLICE)
                .child(
                        "Child A",
                        "Officers at the March incident spoke to Child A alone in the kitchen; Child A said they had taken"
                                + " Child B upstairs 'like always'. The words are in the ViST shared with the school and"
                                + " Children's Services.")
                .child(
                        "Child B",
                        "Child B was asleep upstairs at the March incident and was seen by the officers before they left;"
                                + " the ViST names Child B.")
                .child(
                        "Baby C",
                        "The DASH at the March incident recorded the pregnancy at about eight weeks, and the referral to"
                                + " Children's Services named it. Police had no further contact with the family, before or"
                                + " after Baby C's birth in October.")
                .impact("The referral the morning after the incident started the assessment that planned for Baby C,"
                        + " and Child A's words reached the school and the social worker. There was no further call-out."
                        + " The adult logged as 'uncle, staying' was not identified, so police knew nothing of him.");
    }

    private static void family06(ReturnAccounts a) {
        a.write("family-06", CHILDRENS_SERVICES)
                .child(
                        "Child A",
                        "Child A was first seen by a social worker in September, four months after"
                                + " the midwife's referral. The assessment records a child well cared for physically who jumped at"
                                + " loud noises and hid behind the sofa when the social worker's phone rang.")
                .child(
                        "Baby B",
                        "Baby B was born at thirty-six weeks in November, three weeks after the child protection"
                                + " conference, and went home with Mother, with Father staying with his parents under the safety"
                                + " plan. The social worker has seen Baby B at home fortnightly: a small, sleepy baby gaining"
                                + " weight.")
                .impact("Once the assessment started it made a difference: the conference put a protection plan and a"
                        + " safety plan in place before the birth, and Baby B came home to a plan everyone knew. But the"
                        + " first referral was closed to early help without a word to the midwife, and Child A lived with"
                        + " the arguments through the summer with no plan.");
        a.write("family-06", MIDWIFERY)
                .child(
                        "Child A",
                        "The midwife asked about Child A at each appointment and recorded Mother's account that"
                                + " Child A 'goes quiet and hides' when Father shouts; the midwife passed this to the health"
                                + " visitor and put it in the referral and the escalation.")
                .child(
                        "Baby B",
                        "The safeguarding birth plan had a contingency for an early birth, and it was used when"
                                + " Mother went into labour at thirty-six weeks: the labour ward had the plan, the social worker"
                                + " was told that morning and Baby B went home with Mother, not Father, as agreed.")
                .impact("The midwife's escalation is the reason Baby B had a plan at birth: when the first referral was"
                        + " closed without an assessment, the midwife challenged it in writing through the named midwife"
                        + " under the Professional Differences Policy, and the assessment began within a fortnight.");
        a.write("family-06", HEALTH_VISITING)
                .child(
                        "Child A",
                        "The health visitor kept seeing Child A at home through the lockdown: a child well cared"
                                + " for physically who startled at every noise and would not settle when Father raised his voice"
                                + " during the July visit. Child A's words, 'Daddy loud', are recorded and were shared.")
                .child(
                        "Baby B",
                        "The new birth visit was at home two days after discharge; Baby B, born early, was"
                                + " weighed weekly for a month and is growing well. Safer sleep, coping with crying and the safety"
                                + " plan about Father's visits are discussed with Mother at each contact.")
                .impact("Seeing Child A face to face all year gave the conference first-hand evidence of what the"
                        + " arguments meant for a child so young, and at the last two visits Child A was sleeping through"
                        + " and playing more freely. The health visitor supported the midwife's challenge in writing.");
        a.write("family-06", PRIMARY_CARE_GP)
                .child(
                        "Child A",
                        "Child A was seen at the surgery once, for a chest infection, with Mother; the GP"
                                + " noted a quiet child who clung to Mother. The child protection code was added after the"
                                + " October conference.")
                .child(
                        "Baby B",
                        "Baby B's six to eight week check was face to face; the GP recorded a healthy baby,"
                                + " allowing for the early birth, and asked Mother about her mood and Father's visits.")
                .impact("The GP treated Mother's low mood in pregnancy and sent the conference a report that named both"
                        + " children and Father. The practice knew nothing of the police incidents until the conference:"
                        + " the notifications had gone to the health visitor only.");
        a.write("family-06", POLICE)
                .child(
                        "Child A",
                        "At both incidents in the spring officers found Child A at home; at the second Child A"
                                + " was hiding behind the sofa, and the officer's account of the child's fear is in the ViST."
                                + " Child A was too young to speak to the officers.")
                .child(
                        "Baby B",
                        "The DASH at the second incident, in May, recorded the pregnancy at about ten weeks; it"
                                + " was graded medium and referred to Children's Services with the pregnancy named. Police"
                                + " involvement ended before Baby B was born.")
                .impact("Officers took positive action at both incidents and shared each the next day; with the"
                        + " midwife's referral this was the evidence the escalation rested on. Father was arrested at the"
                        + " second incident but not charged, and police did not follow up when no strategy discussion"
                        + " followed their referral.");
    }
}

package dev.maca.examples.torbay;

import dev.maca.audit.DocumentControl;
import dev.maca.audit.ReportContent;
import java.util.List;

/**
 * What the Torbay partnership wrote for its report to the Business Group in May 2021 beyond the findings: the
 * document control, the panel's answer to the Executive's question, the limitations the panel added, and what it
 * found of each previous review's learning ({@link TorbayReviews}).
 *
 * <p>The conclusion's counts are the panel's grades of the fifteen families ({@link TorbayPanel}) and the immediate
 * concerns ({@link TorbayConcerns}); {@code TorbayReportTest} checks them against the analysis.
 */
final class TorbayReport {
    /** The version of the final draft that went to the Business Group. */
    static final String VERSION = "0.9 (final draft)";

    private TorbayReport() {}

    /** The report's own content. */
    static ReportContent content() {
        return new ReportContent(control(), conclusion(), limitations(), TorbayReviews.learning());
    }

    private static DocumentControl control() {
        return new DocumentControl(
                VERSION,
                TorbayRecommendations.BUSINESS_MANAGER,
                List.of(
                        "Members of the TSCP Business Group",
                        "The TSCP Executive (the three safeguarding partners' senior representatives), for approval",
                        "The safeguarding leads of the eight agencies that took part, for their own agency's"
                                + " actions"),
                "Not for onward circulation without the agreement of the Partnership Business Manager.");
    }

    private static List<String> conclusion() {
        return List.of(
                "The Executive asked to what extent the themes of the Rapid Review are common to practice across the"
                        + " Partnership now. The panel's answer is that they are: each theme was found below Good in"
                        + " at least a third of the 15 families, and three of them in half or more. In 9 of the 15"
                        + " families the men in the household were not seen, checked or planned for well enough. In"
                        + " 8 the response to Covid-19 did not keep the children in sight. In 7 agencies did not put"
                        + " together what each knew of domestic abuse, drinking, drug use and mental ill health, or"
                        + " test what parents told them. Where professionals disagreed or were uneasy, in 4 of the 8"
                        + " families where that arose it went no further than the record.",
                "Planning for the unborn baby and understanding a mother's mental health fell short in fewer"
                        + " families, 5 of the 15 each, but seriously where they did. The panel graded planning for the"
                        + " unborn baby Good in 10 families; the records show the baby's risk assessed in its own"
                        + " right in 9 of the 14 families where agencies were asked, and no agency's birth plan with a"
                        + " contingency in 2. In 2 families the panel graded practice Inadequate on four or more of"
                        + " the six objectives. Both were acted on during the audit: of the 5 immediate concerns"
                        + " raised, 4 are closed and 1 is being followed up with its owner.",
                "The themes are therefore not confined to the family the Rapid Review considered: they are a"
                        + " pattern in practice where adversities are complex and a man in the home is known about"
                        + " but not assessed. The learning of earlier reviews on men and on analysing risks together"
                        + " has not yet changed practice enough. The recommendations ask the partnership for"
                        + " assurance rather than awareness: each has an owner, a date and a measure from this audit,"
                        + " to be tested at re-audit in April 2022.");
    }

    private static List<String> limitations() {
        return List.of(
                "Adult mental health's return for one family did not arrive; the panel's grades for that family rest"
                        + " partly on the Named Professional's spoken account of the record.",
                "The practitioners of one family were not heard, because enquiries under section 47 are open; the"
                        + " panel will hear them once those have concluded.",
                "The agencies' own answer that learning from previous reviews showed in the record (13 of the 15"
                        + " families) was not moderated; what this report says of previous reviews rests on the"
                        + " panel's grades and the records instead.");
    }
}

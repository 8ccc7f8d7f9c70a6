package dev.maca.report.documents;

import dev.maca.analysis.EvidenceRates;
import dev.maca.analysis.GradeDistribution;
import dev.maca.analysis.JudgementAnalysis;
import dev.maca.analysis.ObjectiveAnalysis;
import dev.maca.report.document.BarChart;
import dev.maca.report.document.BarOrientation;
import dev.maca.report.document.ChartSeries;
import dev.maca.returns.EvidenceRating;
import dev.maca.scope.GradingScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sentences and chart that state one objective's figures, each read from its {@link ObjectiveAnalysis}, shared by
 * the report and the briefs so that both say the same thing in the same words.
 */
final class ObjectiveFigures {
    private final ObjectiveAnalysis analysis;
    private final GradingScale scale;

    ObjectiveFigures(ObjectiveAnalysis analysis, GradingScale scale) {
        this.analysis = analysis;
        this.scale = scale;
    }

    /** The label of the scale's expected standard, e.g. "Good". */
    String standard() {
        return scale.label(scale.expectedStandard());
    }

    /** "In 7 of 15 cases (47%) every agency that judged the case found practice Good or better." */
    String casesAtStandard() {
        GradeDistribution byCase = analysis.judgements().byCase();
        return "In " + Figures.share(byCase.atOrAboveExpected(), "case", "cases")
                + " every agency that judged the case found" + " practice " + standard() + " or better.";
    }

    /** "4 of 24 agency judgements (17%) were below Good." */
    String judgementsBelowStandard() {
        GradeDistribution all = analysis.judgements().all();
        return Figures.capitalised(Figures.share(all.belowExpected(), "agency judgement", "agency judgements"))
                + " were below " + standard() + ".";
    }

    /** "Standards were fully evidenced in 30 of 52 applicable answers (58%) to the 9 audit questions on this." */
    Optional<String> evidenced() {
        EvidenceRates overall = analysis.evidence().overall();
        if (overall.applicable() == 0) {
            return Optional.empty();
        }
        int questions = analysis.evidence().questions().size();
        return Optional.of("The records fully evidenced the standard in "
                + Figures.share(
                        overall.shareOfApplicable(EvidenceRating.YES), "applicable answer", "applicable answers")
                + " to the "
                + Figures.count(questions, "audit question", "audit questions") + " on this objective.");
    }

    /** "In 2 of 12 cases (17%) judged by two or more agencies, their judgements were two or more grades apart." */
    Optional<String> divergence() {
        JudgementAnalysis judgements = analysis.judgements();
        if (judgements.casesCompared() == 0) {
            return Optional.empty();
        }
        if (judgements.divergence().count() == 0) {
            return Optional.of(
                    "In no case judged by two or more agencies were their judgements two or more grades" + " apart.");
        }
        return Optional.of("Of the cases judged by two or more agencies, "
                + Figures.share(judgements.divergence(), "case", "cases")
                + " had judgements two or more grades apart.");
    }

    /** Two or three headline figures, for an executive summary or a brief. */
    List<String> headlines() {
        List<String> headlines = new ArrayList<>();
        headlines.add(casesAtStandard());
        headlines.add(judgementsBelowStandard());
        evidenced().ifPresent(headlines::add);
        return List.copyOf(headlines);
    }

    /** The distribution of every agency judgement on the scale, as a bar chart. */
    BarChart chart() {
        GradeDistribution all = analysis.judgements().all();
        double[] values =
                all.counts().stream().mapToDouble(Integer::doubleValue).toArray();
        return new BarChart(
                "Grade",
                "Agency judgements",
                all.labels(),
                List.of(ChartSeries.of("Agency judgements", values)),
                BarOrientation.HORIZONTAL);
    }

    /** The chart's data in words, for readers who cannot see it. */
    String chartAltText() {
        GradeDistribution all = analysis.judgements().all();
        return "Bar chart of the " + Figures.count(all.total(), "agency judgement", "agency judgements") + " of "
                + Figures.lowerFirst(analysis.objective().title()) + ": " + Figures.counts(all) + ". "
                + judgementsBelowStandard();
    }
}

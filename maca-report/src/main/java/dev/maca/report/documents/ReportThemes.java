package dev.maca.report.documents;

import dev.maca.analysis.AgencyBreakdown;
import dev.maca.analysis.AnswerAnalysis;
import dev.maca.analysis.AuditAnalysis;
import dev.maca.analysis.Breakdown;
import dev.maca.analysis.ContactPattern;
import dev.maca.analysis.EvidenceRates;
import dev.maca.analysis.ThemeAnalysis;
import dev.maca.report.document.Section;
import dev.maca.returns.EvidenceRating;
import java.util.ArrayList;
import java.util.List;

/** The report's sections on themes that cut across objectives: Covid-19 and learning from previous reviews. */
final class ReportThemes {
    private final AuditAnalysis analysis;
    private final AgencyNames agencies;

    ReportThemes(AuditAnalysis analysis, AgencyNames agencies) {
        this.analysis = analysis;
        this.agencies = agencies;
    }

    Section covid() {
        ThemeAnalysis covid = analysis.covid();
        ContactPattern contacts = covid.contacts().overall();
        EvidenceRates evidence = covid.evidence().overall();
        return Section.of("Contact with families during Covid-19", s -> {
            if (contacts.isEmpty() && evidence.isEmpty()) {
                s.paragraph("No agency answered a question about the Covid-19 period, so this report has no figures"
                        + " on how the pandemic changed contact with families.");
                return;
            }
            if (!contacts.isEmpty()) {
                s.paragraph("Agencies recorded how they were in contact with each family during the Covid-19"
                        + " restrictions. Of " + Figures.count(contacts.total(), "answer", "answers") + ", "
                        + Figures.shares(contacts, "answer", "answers") + ".");
                s.table(t -> breakdownTable(t, "Contact during the Covid-19 period, by agency", covid.contacts()));
            }
            if (!evidence.isEmpty()) {
                s.paragraph("On the other questions about the pandemic period, the records fully evidenced the"
                        + " standard in "
                        + Figures.share(
                                evidence.shareOfApplicable(EvidenceRating.YES),
                                "applicable answer",
                                "applicable answers")
                        + ".");
            }
        });
    }

    Section learningFromReviews() {
        AnswerAnalysis<EvidenceRates> answers = analysis.learningFromReviews().evidence();
        EvidenceRates overall = answers.overall();
        return Section.of("Learning from previous reviews", s -> {
            if (overall.isEmpty()) {
                s.paragraph("No agency answered a question about learning from previous audits and reviews, so this"
                        + " report cannot say how far that learning is embedded.");
                return;
            }
            s.paragraph("Agencies were asked whether learning from previous audits and reviews was evident in"
                    + " practice. The records fully evidenced it in "
                    + Figures.share(
                            overall.shareOfApplicable(EvidenceRating.YES), "applicable answer", "applicable answers")
                    + " and partly in "
                    + Figures.share(
                            overall.shareOfApplicable(EvidenceRating.PARTLY), "applicable answer", "applicable answers")
                    + ".");
            s.table(t -> breakdownTable(t, "Learning from previous reviews evidenced, by agency", answers));
        });
    }

    /**
     * A breakdown by agency; the number of questions each agency answered is shown only when some agency had more than
     * one, as a column of ones tells the reader nothing.
     */
    private <B extends Breakdown<?>> void breakdownTable(
            dev.maca.report.document.Table.Builder t, String caption, AnswerAnalysis<B> answers) {
        boolean questions = answers.byAgency().stream().anyMatch(a -> a.questions() > 1);
        List<String> header = new ArrayList<>();
        header.add("Agency");
        if (questions) {
            header.add("Questions");
        }
        header.addAll(answers.overall().labels());
        float[] widths = new float[header.size()];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = 2.6f;
        t.caption(caption).header(header.toArray(String[]::new)).widths(widths).rowHeaders();
        for (AgencyBreakdown<B> agency : answers.byAgency()) {
            List<String> row = new ArrayList<>();
            row.add(agencies.name(agency.agency().id()));
            if (questions) {
                row.add(String.valueOf(agency.questions()));
            }
            agency.breakdown().counts().forEach(c -> row.add(String.valueOf(c)));
            t.row(row);
        }
    }
}

package dev.maca.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.files.AtomicFile;
import dev.maca.json.AuditJson;
import dev.maca.privacy.PrivacyGuard;
import dev.maca.report.documents.LearningBrief;
import dev.maca.report.documents.LearningBriefs;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.Objective;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code maca demo} once, in-process, and checks everything it wrote: names, counts, content, conformance. */
@DisplayName("maca demo, end to end")
class DemoEndToEndTest {
    private static final Audit TORBAY = AuditFiles.torbay();

    @TempDir
    static Path out;

    private static Cli.Run run;

    @BeforeAll
    static void runTheDemo() {
        run = Cli.maca("demo", "--out", out.toString());
    }

    @Test
    @DisplayName("exits 0 and prints every file written with its size, progress of the forms and the time taken")
    void printsWhatItWrote() {
        assertThat(run.exitCode()).as(run.all()).isZero();
        int forms = expectedForms().size();
        assertThat(run.out())
                .contains("  torbay-audit.json  ")
                .contains("business-group-report.pdf  ")
                .contains(
                        "[1/24] briefs/01-" + TORBAY.scope().objectives().get(0).id() + ".pdf  ")
                .contains("seminar-pack.pdf  ")
                .contains("[" + forms + "/" + forms + "] " + expectedForms().get(forms - 1))
                .contains("panel/family-")
                .contains("feedback/police.pdf  ")
                .containsPattern("Wrote "
                        + (6
                                + 24
                                + forms
                                + expectedPanel().size()
                                + expectedFeedback().size()) + " files \\([0-9.]+ MB\\) to .* in [0-9.]+ s");
    }

    @Test
    @DisplayName("writes exactly the audit file, the report and its annex, 6 briefs and 6 huddles × 2, the pack, a form"
            + " per case and"
            + " agency, a panel pack (PDF and HTML) and panel record form per family, and feedback per agency")
    void writesEveryFile() {
        List<String> expected = new ArrayList<>(List.of(
                "torbay-audit.json",
                "business-group-report.pdf",
                "business-group-report.html",
                "business-group-report-annex.pdf",
                "business-group-report-annex.html",
                "seminar-pack.pdf"));
        List<Objective> objectives = TORBAY.scope().objectives();
        assertThat(objectives).hasSize(6);
        for (int i = 0; i < objectives.size(); i++) {
            expected.add(
                    String.format("briefs/%02d-%s.pdf", i + 1, objectives.get(i).id()));
            expected.add(String.format(
                    "briefs/%02d-%s.html", i + 1, objectives.get(i).id()));
            expected.add(String.format(
                    "briefs/%02d-%s-huddle.pdf", i + 1, objectives.get(i).id()));
            expected.add(String.format(
                    "briefs/%02d-%s-huddle.html", i + 1, objectives.get(i).id()));
        }
        expected.addAll(expectedForms());
        expected.addAll(expectedPanel());
        expected.addAll(expectedFeedback());

        assertThat(RenderCommandsTest.names(out)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    @DisplayName("the audit file reads back as the Torbay audit")
    void auditFile() {
        assertThat(AuditJson.read(out.resolve("torbay-audit.json"))).isEqualTo(TORBAY);
    }

    @Test
    @DisplayName("the report states every objective and names every agency of the scope")
    void reportContent() {
        String text = Pdfs.text(out.resolve("business-group-report.pdf"));

        for (Objective objective : TORBAY.scope().objectives()) {
            assertThat(text).contains(Pdfs.oneLine(objective.statement()));
        }
        for (AgencyRequirement agency : TORBAY.scope().agencies()) {
            assertThat(text).contains(agency.name());
        }
    }

    @Test
    @DisplayName("each brief has the seven parts of a 7-minute briefing, and the pack has every brief")
    void briefContent() {
        List<LearningBrief> briefs = LearningBriefs.of(
                        PrivacyGuard.builder().build().apply(TORBAY), AuditFiles.tools())
                .all();
        String pack = Pdfs.text(out.resolve("seminar-pack.pdf"));
        assertThat(pack).contains("Best Practice Seminar", "Attendance by agency", "Three months on");
        for (int i = 0; i < briefs.size(); i++) {
            LearningBrief brief = briefs.get(i);
            Path pdf = out.resolve(
                    String.format("briefs/%02d-%s.pdf", i + 1, brief.objective().id()));
            String text = Pdfs.text(pdf);
            assertThat(brief.partTitles()).hasSizeGreaterThanOrEqualTo(7);
            assertThat(text).contains(brief.objective().title()).contains(brief.partTitles());
            assertThat(pack).contains(brief.objective().title());
        }
    }

    @Test
    @DisplayName("a form names its case and agency")
    void formContent() {
        CaseRecord first = TORBAY.cohort().cohort().get(0);
        String agency = TORBAY.scope().agencyIds().stream()
                .filter(first::involves)
                .findFirst()
                .orElseThrow();

        String text = Pdfs.text(out.resolve("forms").resolve(first.id()).resolve(agency + ".pdf"));

        assertThat(text)
                .contains(first.pseudonym())
                .contains(TORBAY.scope().agency(agency).orElseThrow().name());
    }

    @Test
    @DisplayName("a sample of the PDFs conforms to PDF/UA-1 and PDF/A-2a (veraPDF)")
    void conformance() throws Exception {
        List<Path> sample = List.of(
                out.resolve(String.format(
                        "briefs/01-%s.pdf", TORBAY.scope().objectives().get(0).id())),
                out.resolve(expectedForms().get(expectedForms().size() - 1)),
                out.resolve("seminar-pack.pdf"));
        for (Path pdf : sample) {
            assertThat(VeraPdf.failures(pdf, "ua1")).as("PDF/UA-1 of " + pdf).isEmpty();
            assertThat(VeraPdf.failures(pdf, "2a")).as("PDF/A-2a of " + pdf).isEmpty();
        }
    }

    @Test
    @DisplayName(
            "the report, a brief, an agency form, a panel pack, a panel record form and the seminar pack pass every"
                    + " PDF/UA-2 rule besides the part they claim (veraPDF)")
    void ua2() throws Exception {
        List<Path> sample = List.of(
                out.resolve("business-group-report.pdf"),
                out.resolve(String.format(
                        "briefs/01-%s.pdf", TORBAY.scope().objectives().get(0).id())),
                out.resolve(expectedForms().get(0)),
                out.resolve(expectedPanel().get(0)),
                out.resolve(expectedPanel().get(expectedPanel().size() - 1)),
                out.resolve("seminar-pack.pdf"));
        for (Path pdf : sample) {
            assertThat(VeraPdf.ua2FailuresBesidesIdentification(pdf))
                    .as("PDF/UA-2 of " + pdf)
                    .isEmpty();
        }
    }

    @Test
    @DisplayName("every family's panel pack and panel record form conforms to PDF/UA-1 and PDF/A-2a (veraPDF)")
    void panelConformance() throws Exception {
        List<String> pdfs =
                expectedPanel().stream().filter(name -> name.endsWith(".pdf")).toList();
        assertThat(pdfs).hasSize(2 * TORBAY.cohort().cohort().size());
        for (String pdf : pdfs) {
            assertThat(VeraPdf.failures(out.resolve(pdf), "ua1"))
                    .as("PDF/UA-1 of " + pdf)
                    .isEmpty();
            assertThat(VeraPdf.failures(out.resolve(pdf), "2a"))
                    .as("PDF/A-2a of " + pdf)
                    .isEmpty();
        }
    }

    @Test
    @DisplayName("every HTML page it writes (the report and its annex, each brief, each panel pack, each agency's"
            + " feedback) has no Nu HTML Checker error or warning")
    void htmlIsValid() throws Exception {
        List<Path> pages = htmlPages();
        assertThat(pages)
                .hasSize(2
                        + 2 * TORBAY.scope().objectives().size()
                        + TORBAY.cohort().cohort().size()
                        + TORBAY.scope().agencies().size());
        for (Path page : pages) {
            assertThat(NuChecker.problems(page))
                    .as("Nu HTML Checker on " + out.relativize(page))
                    .isEmpty();
        }
    }

    @Test
    @DisplayName("every HTML page it writes meets axe-core's WCAG 2.2 AA rules in headless Chromium")
    void htmlMeetsWcag22() throws Exception {
        AxeCheck.assumeAvailable();
        List<Path> pages = htmlPages();

        AxeCheck.Result result = AxeCheck.run(pages);

        assertThat(result.pagesChecked()).isEqualTo(pages.size());
        assertThat(result.violations()).as("axe-core " + result.axeVersion()).isEmpty();
    }

    @Test
    @DisplayName("a panel pack names its family, its agencies and the panel's record")
    void panelPackContent() {
        CaseRecord family = TORBAY.cohort().cohort().get(0);
        String text = Pdfs.text(out.resolve("panel").resolve(family.id() + ".pdf"));

        assertThat(text)
                .contains("Panel pack: " + family.pseudonym())
                .contains("OFFICIAL-SENSITIVE")
                .contains("Each agency's own grades")
                .contains("Chronology of " + family.pseudonym())
                .contains("The panel's record");
    }

    @Test
    @DisplayName("each agency's feedback is for that agency alone, OFFICIAL-SENSITIVE, and conforms to PDF/UA-1 and"
            + " PDF/A-2b (veraPDF)")
    void feedbackContent() throws Exception {
        assertThat(expectedFeedback()).hasSize(2 * TORBAY.scope().agencies().size());
        Path police = out.resolve("feedback/police.pdf");
        String text = Pdfs.text(police);

        assertThat(text)
                .contains("Feedback to Police from the multi-agency case audit "
                        + TORBAY.scope().reference())
                .contains("OFFICIAL-SENSITIVE", "Not for onward circulation")
                .contains("The panel agreed with your grade for")
                .contains("Good practice your auditors found", "Your actions");
        assertThat(VeraPdf.failures(police, "ua1")).isEmpty();
        assertThat(VeraPdf.failures(police, "2b")).isEmpty();
    }

    @Test
    @DisplayName("leaves no temporary file behind")
    void noTemporaryFiles() {
        assertThat(RenderCommandsTest.names(out)).noneMatch(name -> name.contains(AtomicFile.TEMPORARY_PREFIX));
    }

    /** Every HTML file the demo wrote, in name order. */
    private static List<Path> htmlPages() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** panel/<case>.pdf and .html, then panel/forms/<case>.pdf, for each cohort case in order. */
    private static List<String> expectedPanel() {
        List<String> files = new ArrayList<>();
        for (CaseRecord c : TORBAY.cohort().cohort()) {
            files.add("panel/" + c.id() + ".pdf");
            files.add("panel/" + c.id() + ".html");
        }
        for (CaseRecord c : TORBAY.cohort().cohort()) {
            files.add("panel/forms/" + c.id() + ".pdf");
        }
        return files;
    }

    /** feedback/<agency>.pdf and .html for each scope agency with a return for a cohort family, in scope order. */
    private static List<String> expectedFeedback() {
        List<String> files = new ArrayList<>();
        for (String agency : TORBAY.scope().agencyIds()) {
            boolean returned = TORBAY.returns().stream()
                    .anyMatch(r -> r.agencyId().equals(agency)
                            && TORBAY.cohort().cohort().stream().anyMatch(c -> c.id().equals(r.caseId())));
            if (returned) {
                files.add("feedback/" + agency + ".pdf");
                files.add("feedback/" + agency + ".html");
            }
        }
        return files;
    }

    /** forms/<case>/<agency>.pdf for each cohort case and each scope agency involved in it, in order. */
    private static List<String> expectedForms() {
        List<String> forms = new ArrayList<>();
        for (CaseRecord c : TORBAY.cohort().cohort()) {
            for (String agency : TORBAY.scope().agencyIds()) {
                if (c.involves(agency)) {
                    forms.add("forms/" + c.id() + "/" + agency + ".pdf");
                }
            }
        }
        return forms;
    }
}

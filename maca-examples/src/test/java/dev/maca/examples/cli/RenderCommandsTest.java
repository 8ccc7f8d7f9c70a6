package dev.maca.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.report.documents.BusinessGroupReport;
import dev.maca.returns.AuditReturn;
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

@DisplayName("maca report, briefs, pack and forms")
class RenderCommandsTest {
    private static final Audit SMALL = AuditFiles.small(2);

    @TempDir
    static Path shared;

    private static Path auditFile;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeAudit() {
        auditFile = AuditFiles.write(SMALL, shared, "small.json");
    }

    @Test
    @DisplayName("report writes the PDF and, with --html, the HTML page, and prints each with its size")
    void report() {
        Path pdf = dir.resolve("report.pdf");
        Path html = dir.resolve("web/report.html");

        Cli.Run run = Cli.maca("report", auditFile.toString(), "-o", pdf.toString(), "--html", html.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Pdfs.text(pdf)).contains(BusinessGroupReport.TITLE.substring(0, 20));
        assertThat(html)
                .content()
                .contains("<html")
                .contains(SMALL.scope().objectives().get(0).title());
        assertThat(run.out())
                .containsPattern("  \\[1/2\\] " + java.util.regex.Pattern.quote(pdf.toString()) + "  [0-9.]+ KB")
                .contains(html.toString())
                .contains("Wrote 2 files");
    }

    @Test
    @DisplayName("briefs writes NN-<objective-id>.pdf and .html, and its one-page huddle, for every objective, in the"
            + " scope's order")
    void briefs() {
        Path folder = dir.resolve("briefs");

        Cli.Run run = Cli.maca("briefs", auditFile.toString(), "-o", folder.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        List<String> expected = new ArrayList<>();
        List<Objective> objectives = SMALL.scope().objectives();
        for (int i = 0; i < objectives.size(); i++) {
            String base = String.format("%02d-%s", i + 1, objectives.get(i).id());
            expected.add(base + ".html");
            expected.add(base + ".pdf");
            expected.add(base + "-huddle.html");
            expected.add(base + "-huddle.pdf");
        }
        assertThat(names(folder)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Pdfs.text(folder.resolve(expected.get(1))))
                .contains(objectives.get(0).title());
    }

    @Test
    @DisplayName("pack writes the seminar pack as one PDF, its case study from an illustration the panel agreed")
    void pack() {
        String illustration = AuditFiles.torbay().panelReviews().stream()
                .flatMap(r -> r.illustration().stream())
                .findFirst()
                .orElseThrow();
        List<dev.maca.panel.PanelReview> reviews = new ArrayList<>(SMALL.panelReviews());
        reviews.set(0, reviews.get(0).toBuilder().illustration(illustration).build());
        Path illustrated = AuditFiles.write(SMALL.withPanelReviews(reviews), dir, "illustrated.json");
        Path pdf = dir.resolve("seminar-pack.pdf");

        Cli.Run run = Cli.maca("pack", illustrated.toString(), "-o", pdf.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Pdfs.text(pdf))
                .contains(
                        "Best Practice Seminar",
                        "Case study for group work",
                        "Attendance by agency",
                        "Three months on");
    }

    @Test
    @DisplayName("forms writes <case-id>/<agency-id>.pdf for each case and each scope agency involved in it")
    void forms() {
        Path folder = dir.resolve("forms");

        Cli.Run run = Cli.maca("forms", auditFile.toString(), "-o", folder.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        List<String> expected = new ArrayList<>();
        for (CaseRecord c : SMALL.cohort().cohort()) {
            for (String agency : SMALL.scope().agencyIds()) {
                if (c.involves(agency)) {
                    expected.add(c.id() + "/" + agency + ".pdf");
                }
            }
        }
        assertThat(names(folder)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(run.out()).contains("[1/" + expected.size() + "] " + folder.resolve(expected.get(0)));
    }

    @Test
    @DisplayName("panel writes <case-id>.pdf and .html and forms/<case-id>.pdf for each family of the cohort")
    void panel() {
        Path folder = dir.resolve("panel");

        Cli.Run run = Cli.maca("panel", auditFile.toString(), "-o", folder.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        List<String> expected = new ArrayList<>();
        for (CaseRecord c : SMALL.cohort().cohort()) {
            expected.add(c.id() + ".pdf");
            expected.add(c.id() + ".html");
            expected.add("forms/" + c.id() + ".pdf");
        }
        assertThat(names(folder)).containsExactlyInAnyOrderElementsOf(expected);
        CaseRecord first = SMALL.cohort().cohort().get(0);
        assertThat(Pdfs.text(folder.resolve(first.id() + ".pdf"))).contains("Panel pack: " + first.pseudonym());
        assertThat(Pdfs.text(folder.resolve("forms/" + first.id() + ".pdf")))
                .contains("Panel record: " + first.pseudonym());
    }

    @Test
    @DisplayName("feedback writes <agency-id>.pdf and .html for each agency that returned anything")
    void feedback() {
        Path folder = dir.resolve("feedback");

        Cli.Run run = Cli.maca("feedback", auditFile.toString(), "-o", folder.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        List<String> expected = new ArrayList<>();
        for (String agency : SMALL.scope().agencyIds()) {
            if (SMALL.returns().stream().anyMatch(r -> r.agencyId().equals(agency))) {
                expected.add(agency + ".pdf");
                expected.add(agency + ".html");
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(names(folder)).containsExactlyInAnyOrderElementsOf(expected);
        String first = expected.get(0).replace(".pdf", "");
        assertThat(Pdfs.text(folder.resolve(first + ".pdf")))
                .contains("Feedback to "
                        + SMALL.scope().agency(first).orElseThrow().name());
    }

    @Test
    @DisplayName("a name from --names in the audit stops rendering: exit 1, each place by path, never the name")
    void namesStopRendering() throws IOException {
        Path file = AuditFiles.write(withNameInFirstReturn("Jolene Trewartha"), dir, "named.json");
        Path names = Files.writeString(dir.resolve("names.txt"), "# real names\nJolene Trewartha\n");
        Path pdf = dir.resolve("report.pdf");

        Cli.Run run = Cli.maca("report", file.toString(), "-o", pdf.toString(), "--names", names.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err())
                .contains(file + ": 1 problem")
                .contains("/returns/0/goodPractice: Personal data (name)")
                .contains("--redact");
        assertThat(run.all()).doesNotContain("Jolene").doesNotContain("Trewartha");
        assertThat(pdf).doesNotExist();
    }

    @Test
    @DisplayName("--redact renders with the name replaced by a marker and says how many were made")
    void redact() throws IOException {
        Path file = AuditFiles.write(withNameInFirstReturn("Jolene Trewartha"), dir, "named.json");
        Path names = Files.writeString(dir.resolve("names.txt"), "Jolene Trewartha\n");
        Path html = dir.resolve("report.html");

        Cli.Run run = Cli.maca(
                "report",
                file.toString(),
                "-o",
                dir.resolve("report.pdf").toString(),
                "--html",
                html.toString(),
                "--names",
                names.toString(),
                "--redact");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("1 redaction made");
        assertThat(html).content().doesNotContain("Trewartha");
    }

    @Test
    @DisplayName("a --names file that does not exist exits 1 naming it")
    void missingNamesFile() {
        Path names = dir.resolve("no-names.txt");

        Cli.Run run = Cli.maca(
                "pack", auditFile.toString(), "-o", dir.resolve("p.pdf").toString(), "--names", names.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(names.toString()).contains("does not exist");
    }

    @Test
    @DisplayName("an output that cannot be written exits 1 with the file named, no stack trace and nothing left")
    void unwritableOutput() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path pdf = notAFolder.resolve("report.pdf");

        Cli.Run run = Cli.maca("report", auditFile.toString(), "-o", pdf.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("report.pdf");
        assertThat(run.all()).doesNotContain("\tat ");
    }

    @Test
    @DisplayName("an audit that fails validation renders nothing and leaves an existing good file untouched")
    void invalidAuditKeepsTheGoodFile() throws IOException {
        Path file = AuditFiles.write(SMALL, dir, "bad.json");
        Files.writeString(
                file, Files.readString(file).replaceFirst("\"grade\": \"[a-z-]+\"", "\"grade\": \"excellent\""));
        Path pdf = Files.write(dir.resolve("report.pdf"), new byte[] {'%', 'P', 'D', 'F'});

        Cli.Run run = Cli.maca("report", file.toString(), "-o", pdf.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(pdf).hasBinaryContent(new byte[] {'%', 'P', 'D', 'F'});
        assertThat(names(dir)).containsExactlyInAnyOrder("bad.json", "report.pdf");
    }

    private static Audit withNameInFirstReturn(String name) {
        List<AuditReturn> returns = new ArrayList<>(SMALL.returns());
        AuditReturn r = returns.get(0);
        returns.set(
                0,
                r.toBuilder()
                        .goodPractice(r.goodPractice() + " " + name + " attended every meeting.")
                        .build());
        return SMALL.withReturns(returns);
    }

    /** The files under a folder, by their path relative to it with forward slashes. */
    static List<String> names(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

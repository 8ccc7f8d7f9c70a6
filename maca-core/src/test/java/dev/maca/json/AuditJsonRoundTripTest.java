package dev.maca.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.audit.ActionStatus;
import dev.maca.audit.Audit;
import dev.maca.cohort.AdultRole;
import dev.maca.cohort.AgeBand;
import dev.maca.cohort.FirstYearEvent;
import dev.maca.cohort.Gestation;
import dev.maca.cohort.HomeAfterBirth;
import dev.maca.cohort.PlanAtBirth;
import dev.maca.panel.ConcernSource;
import dev.maca.panel.ConcernStatus;
import dev.maca.panel.Consent;
import dev.maca.returns.ContactMode;
import dev.maca.returns.EvidenceRating;
import dev.maca.returns.ReturnStatus;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.ProtectiveMarking;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Writing and reading an audit file")
class AuditJsonRoundTripTest {
    private static final Audit RICH = SampleAudit.rich();
    private static final String RICH_JSON = AuditJson.toString(RICH);

    @Test
    @DisplayName("reading what was written gives an equal audit, with every kind of answer and every optional value")
    void roundTripRich() {
        assertThat(AuditJson.fromString(RICH_JSON, "rich.json")).isEqualTo(RICH);
    }

    @Test
    @DisplayName("births, panel reviews and concerns with every value of their enums read back equal")
    void roundTripEveryValue() {
        Audit everyValue = SampleAudit.everyValue();

        assertThat(AuditJson.fromString(AuditJson.toString(everyValue), "every-value.json"))
                .isEqualTo(everyValue);
    }

    @Test
    @DisplayName("an audit with empty lists, no linked reference and a RAG scale reads back equal")
    void roundTripMinimal() {
        Audit minimal = SampleAudit.minimal();

        assertThat(AuditJson.fromString(AuditJson.toString(minimal), "minimal.json"))
                .isEqualTo(minimal);
    }

    @Test
    @DisplayName("writing to a stream and reading from a stream round-trips, leaving both streams open")
    void streams() {
        var out = new ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        AuditJson.write(RICH, out);
        var in = new ByteArrayInputStream(out.toByteArray()) {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };

        assertThat(AuditJson.read(in, "stream")).isEqualTo(RICH);
        assertThat(out.closed).as("output stream closed").isFalse();
        assertThat(in.closed).as("input stream closed").isFalse();
    }

    @Test
    @DisplayName("a stream gets exactly the bytes of toString, in UTF-8")
    void streamBytesAreToString() {
        var out = new ByteArrayOutputStream();

        AuditJson.write(RICH, out);

        assertThat(out.toByteArray()).isEqualTo(RICH_JSON.getBytes(StandardCharsets.UTF_8));
        assertThat(RICH_JSON).contains("Public Health Nursing – Health Visiting");
    }

    @Test
    @DisplayName("writing to a path and reading the path round-trips, leaving no temporary file behind")
    void paths(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("audit.json");

        AuditJson.write(RICH, file);

        assertThat(AuditJson.read(file)).isEqualTo(RICH);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    @DisplayName("writing to a path replaces an existing file")
    void replaces(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("audit.json");
        Files.writeString(file, "old content");

        AuditJson.write(SampleAudit.minimal(), file);

        assertThat(AuditJson.read(file)).isEqualTo(SampleAudit.minimal());
    }

    @Test
    @DisplayName("the same audit always gives the same text, and a read audit is written back byte for byte")
    void deterministic() {
        Audit reread = AuditJson.fromString(RICH_JSON, "rich.json");

        assertThat(AuditJson.toString(SampleAudit.rich())).isEqualTo(RICH_JSON);
        assertThat(AuditJson.toString(reread)).isEqualTo(RICH_JSON);
    }

    @Test
    @DisplayName("output is pretty-printed with a two-space indent, \\n line ends and a final newline")
    void layout() {
        assertThat(RICH_JSON)
                .startsWith("{\n  \"scope\": {\n    \"reference\": \"MACA W12\",\n")
                .endsWith("}\n")
                .doesNotContain("\r")
                .doesNotContain("\t")
                .doesNotContain("\" :")
                .contains("\"unanswered\": [],")
                .contains("\"objectiveJudgements\": {},");
    }

    @Test
    @DisplayName("properties come in record-component order and answers in the audit's order")
    void order() {
        assertThat(RICH_JSON)
                .containsSubsequence(
                        "\"scope\"",
                        "\"candidates\"",
                        "\"returns\"",
                        "\"findings\"",
                        "\"recommendations\"",
                        "\"learning\"")
                .containsSubsequence(
                        "\"caseId\"",
                        "\"agencyId\"",
                        "\"toolVersion\"",
                        "\"completedOn\"",
                        "\"auditorRole\"",
                        "\"status\"",
                        "\"unanswered\"",
                        "\"answers\"",
                        "\"objectiveJudgements\"",
                        "\"overall\"",
                        "\"livedExperience\"",
                        "\"goodPractice\"",
                        "\"areasForDevelopment\"")
                .containsSubsequence(
                        "\"police-dash\"",
                        "\"police-pregnancy\"",
                        "\"police-clares-law\"",
                        "\"police-marac\"",
                        "\"police-covid-contact\"",
                        "\"police-overall\"",
                        "\"police-voice\"");
    }

    @Test
    @DisplayName("an answer names its kind in \"type\", first: evidenced, graded, text or contact")
    void answerTypes() {
        assertThat(RICH_JSON)
                .contains("\"police-dash\": {\n          \"type\": \"evidenced\",\n          \"rating\": \"PARTLY\",")
                .contains("\"police-overall\": {\n          \"type\": \"graded\",\n          \"judgement\": {")
                .contains("\"police-voice\": {\n          \"type\": \"text\",\n          \"text\": ")
                .contains("\"police-covid-contact\": {\n          \"type\": \"contact\",\n          \"mode\": ");
    }

    @Test
    @DisplayName("days and months are ISO strings and enums are written by name")
    void scalars() {
        assertThat(RICH_JSON)
                .contains("\"completedOn\": \"2021-04-14\"")
                .contains("\"expected\": \"2020-09\"")
                .contains("\"from\": \"2019-11\"")
                .contains("\"reportMarking\": \"OFFICIAL\"")
                .contains("\"ageBand\": \"AGE_1_TO_4\"")
                .contains("\"targetSize\": 3");
        assertThat(AuditJson.toString(SampleAudit.minimal())).contains("\"reportMarking\": \"OFFICIAL_SENSITIVE\"");
    }

    @Test
    @DisplayName("an empty optional is left out, never written as null, and helper methods are not properties")
    void optionalsLeftOut() {
        String gpReturn = RICH_JSON.substring(RICH_JSON.indexOf("\"caseId\": \"family-02\""));
        String seminar = RICH_JSON.substring(
                RICH_JSON.indexOf("\"id\": \"seminar\""), RICH_JSON.indexOf("\"id\": \"re-audit\""));

        assertThat(RICH_JSON)
                .doesNotContain("null")
                .doesNotContain("\"completed\"")
                .doesNotContain("responseType");
        assertThat(gpReturn.substring(0, gpReturn.indexOf("livedExperience"))).doesNotContain("\"overall\"");
        assertThat(seminar).doesNotContain("\"date\"").doesNotContain("\"completedOn\"");
    }

    static Stream<Class<? extends Enum<?>>> enums() {
        return Stream.of(
                AgeBand.class,
                AdultRole.class,
                MilestoneKind.class,
                ProtectiveMarking.class,
                EvidenceRating.class,
                ContactMode.class,
                ReturnStatus.class,
                ActionStatus.class,
                Gestation.class,
                HomeAfterBirth.class,
                PlanAtBirth.class,
                FirstYearEvent.Kind.class,
                Consent.class,
                ConcernSource.class,
                ConcernStatus.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    @DisplayName("the samples use every value of every enum, so the round trip covers them all")
    void everyEnumValue(Class<? extends Enum<?>> type) {
        String both =
                RICH_JSON + AuditJson.toString(SampleAudit.minimal()) + AuditJson.toString(SampleAudit.everyValue());

        for (Enum<?> value : type.getEnumConstants()) {
            assertThat(both).as(type.getSimpleName()).contains("\"" + value.name() + "\"");
        }
    }

    @Test
    @DisplayName("lists and maps left out of a hand-written file read as empty")
    void absentListsAreEmpty() {
        String json = AuditJson.toString(SampleAudit.minimal())
                .replace("\"candidates\": [],", "")
                .replace("\"background\": [],", "")
                .replace("\"features\": [],", "");

        assertThat(AuditJson.fromString(json, "hand.json")).isEqualTo(SampleAudit.minimal());
    }

    @Test
    @DisplayName("writes to a failing stream raise UncheckedIOException, not a Jackson exception")
    void failingStream() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> AuditJson.write(RICH, broken))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("disk full");
    }

    @Test
    @DisplayName("reading and writing from many threads at once gives the same results")
    void threadSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> jobs = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                jobs.add(() -> AuditJson.fromString(RICH_JSON, "rich.json").equals(RICH)
                        && AuditJson.toString(RICH).equals(RICH_JSON));
            }
            for (Future<Boolean> result : pool.invokeAll(jobs)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}

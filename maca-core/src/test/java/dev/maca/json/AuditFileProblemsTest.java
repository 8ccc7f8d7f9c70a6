package dev.maca.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.maca.validation.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("A file that is not a good audit file")
class AuditFileProblemsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RICH_JSON = AuditJson.toString(SampleAudit.rich());

    @Nested
    @DisplayName("as JSON text")
    class Text {
        @Test
        @DisplayName("an empty file is reported as empty")
        void empty() {
            Problem problem = onlyProblem("");

            assertThat(problem.path()).isEmpty();
            assertThat(problem.message()).isEqualTo("The file is empty.");
            assertThat(problem.fix()).contains("one JSON object");
        }

        @Test
        @DisplayName("a file of only spaces and line ends is reported as empty")
        void blank() {
            assertThat(onlyProblem("  \n\t\n").message()).isEqualTo("The file is empty.");
        }

        @Test
        @DisplayName("plain text is not valid JSON, with its line and column")
        void notJson() {
            Problem problem = onlyProblem("Minutes of the audit panel, 6 May\n");

            assertThat(problem.path()).isEmpty();
            assertThat(problem.message()).startsWith("The file is not valid JSON (line 1, column ");
            assertThat(problem.fix()).contains("missing comma, quote or bracket");
        }

        @Test
        @DisplayName("binary content such as a PDF is not JSON")
        void binary() {
            byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, 0, 1};

            AuditFileException e = failure(() -> AuditJson.read(new ByteArrayInputStream(pdf), "minutes.pdf"));

            assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                    .startsWith("The file is not"));
        }

        @Test
        @DisplayName("bytes that are not UTF-8 inside a text are reported where they are")
        void badUtf8() {
            byte[] json = "{\"scope\": {\"reference\": \"MACA \u0001\"}}".getBytes(StandardCharsets.UTF_8);
            json[json.length - 5] = (byte) 0xC3; // a lead byte followed by a quote: invalid UTF-8

            Problem problem = onlyProblem(json);

            assertThat(problem.path()).isEqualTo("/scope/reference");
            assertThat(problem.message()).contains("UTF-8");
        }

        @Test
        @DisplayName("a truncated file says it ends too early, at the place it was cut")
        void truncated() {
            String cut = RICH_JSON.substring(0, RICH_JSON.indexOf("\"police-marac\""));

            Problem problem = onlyProblem(cut);

            assertThat(problem.path()).startsWith("/returns/0/answers");
            assertThat(problem.message()).startsWith("The file ends before its JSON is complete");
            assertThat(problem.fix()).contains("cut short");
        }

        @Test
        @DisplayName("a JSON array at the top is not an audit")
        void array() {
            Problem problem = onlyProblem("[" + RICH_JSON + "]");

            assertThat(problem.path()).isEmpty();
            assertThat(problem.message())
                    .isEqualTo("The file holds a JSON array, but an audit file is one JSON object.");
            assertThat(problem.fix()).contains("right file");
        }

        @Test
        @DisplayName("a JSON string at the top is not an audit")
        void string() {
            assertThat(onlyProblem("\"MACA C86\"").message())
                    .contains("JSON string")
                    .contains("one JSON object");
        }

        @Test
        @DisplayName("content after the audit object is refused")
        void trailing() {
            Problem problem = onlyProblem(RICH_JSON + "{}\n");

            assertThat(problem.message()).startsWith("Something follows the audit object (line ");
            assertThat(problem.fix()).contains("remove what follows");
        }

        @Test
        @DisplayName("a comment is not JSON, and the message does not send the reader to Jackson's switches")
        void comment() {
            Problem problem = onlyProblem("// audit file\n" + RICH_JSON);

            assertThat(problem.message())
                    .startsWith("The file is not valid JSON (line 1, column 1): Unexpected character ('/'")
                    .doesNotContain("Feature")
                    .doesNotContain("`");
        }

        @Test
        @DisplayName("NaN is not JSON, and the message does not send the reader to Jackson's switches")
        void notANumber() {
            Problem problem = onlyProblem(RICH_JSON.replace("\"targetSize\": 3", "\"targetSize\": NaN"));

            assertThat(problem.path()).isEqualTo("/scope/cohortCriteria/targetSize");
            assertThat(problem.message()).endsWith("Non-standard token 'NaN'.").doesNotContain("Feature");
        }

        @Test
        @DisplayName("a property given twice in one object is refused, not silently overwritten")
        void duplicate() {
            String json = RICH_JSON.replace(
                    "\"police-pregnancy\": {",
                    "\"police-dash\": {\"type\": \"text\", \"text\": \"again\"},\n\"police-pregnancy\": {");

            Problem problem = onlyProblem(json);

            assertThat(problem.path()).isEqualTo("/returns/0/answers/police-dash");
            assertThat(problem.message()).startsWith("The property \"police-dash\" appears twice");
        }
    }

    @Nested
    @DisplayName("against the schema")
    class Schema {
        @Test
        @DisplayName("a misspelt property is named, with the properties allowed, and the one it should be is missing")
        void unknownProperty() {
            String json = RICH_JSON.replaceFirst("\"livedExperience\"", "\"livedExperiance\"");

            AuditFileException e = failure(() -> AuditJson.fromString(json, "misspelt.json"));

            assertThat(e.problems()).hasSize(2);
            Problem unknown = e.problems().stream()
                    .filter(p -> p.path().equals("/returns/0/livedExperiance"))
                    .findFirst()
                    .orElseThrow();
            assertThat(unknown.message()).isEqualTo("\"livedExperiance\" is not a property of the agency return.");
            assertThat(unknown.fix()).contains("correct its spelling").contains("livedExperience");
            assertThat(e.problems()).extracting(Problem::path).contains("/returns/0/livedExperience");
        }

        @Test
        @DisplayName("an unknown property at the top is refused too")
        void unknownTopLevelProperty() {
            Problem problem = onlyProblem(with("/version", JSON.valueToTree(2)));

            assertThat(problem.path()).isEqualTo("/version");
            assertThat(problem.message()).contains("MACA audit file");
            assertThat(problem.fix())
                    .contains(
                            "scope, candidates, returns, panelReviews, immediateConcerns, findings, recommendations, learning");
        }

        @Test
        @DisplayName("a missing required property is reported where it belongs, with what it holds")
        void missing() {
            Problem problem = onlyProblem(without("/returns/1/completedOn"));

            assertThat(problem.path()).isEqualTo("/returns/1/completedOn");
            assertThat(problem.message()).isEqualTo("The agency return has no \"completedOn\", which it needs.");
            assertThat(problem.fix()).isEqualTo("Add \"completedOn\": the day the return was completed.");
        }

        @Test
        @DisplayName("a value of the wrong type names the type found and the type expected")
        void wrongType() {
            Problem problem = onlyProblem(with("/scope/cohortCriteria/targetSize", JSON.valueToTree("fifteen")));

            assertThat(problem.path()).isEqualTo("/scope/cohortCriteria/targetSize");
            assertThat(problem.message()).isEqualTo("Found a string where an integer is expected.");
            assertThat(problem.fix()).contains("a whole number, at least 1");
        }

        @Test
        @DisplayName("answers given as a list instead of an object by question id are refused")
        void answersAsList() {
            Problem problem = onlyProblem(with("/returns/2/answers", JSON.createArrayNode()));

            assertThat(problem.path()).isEqualTo("/returns/2/answers");
            assertThat(problem.message()).isEqualTo("Found an array where an object is expected.");
            assertThat(problem.fix()).contains("by question id");
        }

        @Test
        @DisplayName("null is refused, even for an optional value")
        void explicitNull() {
            Problem problem = onlyProblem(with("/scope/linkedReference", JSON.nullNode()));

            assertThat(problem.path()).isEqualTo("/scope/linkedReference");
            assertThat(problem.message()).isEqualTo("Found a null where a string is expected.");
        }

        @Test
        @DisplayName("an unknown enum value lists the allowed ones")
        void unknownEnum() {
            Problem problem = onlyProblem(with("/scope/reportMarking", JSON.valueToTree("SECRET")));

            assertThat(problem.path()).isEqualTo("/scope/reportMarking");
            assertThat(problem.message()).isEqualTo("\"SECRET\" is not one of the allowed values.");
            assertThat(problem.fix()).isEqualTo("Use one of OFFICIAL, OFFICIAL_SENSITIVE, written exactly so.");
        }

        @Test
        @DisplayName("enum values are case-sensitive")
        void enumCase() {
            Problem problem = onlyProblem(with("/returns/0/status", JSON.valueToTree("complete")));

            assertThat(problem.path()).isEqualTo("/returns/0/status");
            assertThat(problem.fix()).contains("COMPLETE, INCOMPLETE");
        }

        @Test
        @DisplayName("an unknown kind of answer lists the four kinds")
        void unknownAnswerType() {
            Problem problem = onlyProblem(with("/returns/0/answers/police-dash/type", JSON.valueToTree("yes-no")));

            assertThat(problem.path()).isEqualTo("/returns/0/answers/police-dash/type");
            assertThat(problem.fix()).isEqualTo("Use one of evidenced, graded, text, contact, written exactly so.");
        }

        @Test
        @DisplayName("an answer without a kind says \"type\" is missing, and only that")
        void answerWithoutType() {
            Problem problem = onlyProblem(without("/returns/0/answers/police-dash/type"));

            assertThat(problem.path()).isEqualTo("/returns/0/answers/police-dash/type");
            assertThat(problem.fix()).isEqualTo("Add \"type\": the kind of answer.");
        }

        @Test
        @DisplayName("an answer with a property of another kind names that property")
        void answerOfMixedKinds() {
            Problem problem =
                    onlyProblem(with("/returns/0/answers/police-dash/mode", JSON.valueToTree("FACE_TO_FACE")));

            assertThat(problem.path()).isEqualTo("/returns/0/answers/police-dash/mode");
            assertThat(problem.message()).isEqualTo("\"mode\" is not a property of the evidenced answer.");
            assertThat(problem.fix()).contains("type, rating, evidence");
        }

        @Test
        @DisplayName("a graded answer's judgement without a rationale is reported inside the judgement")
        void gradedWithoutRationale() {
            Problem problem = onlyProblem(without("/returns/0/answers/police-overall/judgement/rationale"));

            assertThat(problem.path()).isEqualTo("/returns/0/answers/police-overall/judgement/rationale");
        }

        @Test
        @DisplayName("a blank text where text is required is refused")
        void blankText() {
            Problem problem = onlyProblem(with("/candidates/1/pseudonym", JSON.valueToTree("   ")));

            assertThat(problem.path()).isEqualTo("/candidates/1/pseudonym");
            assertThat(problem.message()).isEqualTo("The text is empty or only spaces.");
        }

        @Test
        @DisplayName("a day not written as YYYY-MM-DD shows the form to use")
        void dateForm() {
            Problem problem = onlyProblem(with("/returns/0/completedOn", JSON.valueToTree("14/04/2021")));

            assertThat(problem.path()).isEqualTo("/returns/0/completedOn");
            assertThat(problem.message()).isEqualTo("\"14/04/2021\" is not a date written as YYYY-MM-DD.");
            assertThat(problem.fix()).contains("\"2021-04-01\"");
        }

        @Test
        @DisplayName("a month not written as YYYY-MM shows the form to use")
        void monthForm() {
            Problem problem = onlyProblem(with("/candidates/0/unborn/0/expected", JSON.valueToTree("Sept 2020")));

            assertThat(problem.path()).isEqualTo("/candidates/0/unborn/0/expected");
            assertThat(problem.fix()).contains("YYYY-MM");
        }

        @Test
        @DisplayName("a cohort of no cases is too small")
        void minimum() {
            Problem problem = onlyProblem(with("/scope/cohortCriteria/targetSize", JSON.valueToTree(0)));

            assertThat(problem.path()).isEqualTo("/scope/cohortCriteria/targetSize");
            assertThat(problem.message()).isEqualTo("0 is too small.");
        }

        @Test
        @DisplayName("a cohort size beyond a Java int is too large, not a Jackson overflow")
        void maximum() {
            Problem problem = onlyProblem(RICH_JSON.replace("\"targetSize\": 3", "\"targetSize\": 99999999999"));

            assertThat(problem.path()).isEqualTo("/scope/cohortCriteria/targetSize");
            assertThat(problem.message()).isEqualTo("99999999999 is too large.");
        }

        @Test
        @DisplayName("more than 1,000 schema problems are cut to the first 1,000 and a count of the rest")
        void tooManyProblems() {
            String json = "{\"scope\": {}, \"candidates\": [" + "0,".repeat(1_499) + "0]}";

            AuditFileException e = failure(() -> AuditJson.fromString(json, "numbers.json"));

            assertThat(e.problems()).hasSize(AuditJson.MAX_PROBLEMS + 1);
            assertThat(e.problems().get(AuditJson.MAX_PROBLEMS).message())
                    .isEqualTo("510 more problems were found and are not listed.");
            assertThat(e.getMessage().lines()).hasSize(1 + AuditFileException.PROBLEMS_IN_MESSAGE + 1);
            assertThat(e.getMessage()).endsWith("… and 951 more");
        }

        @Test
        @DisplayName("every schema problem is reported at once, each with its own path")
        void allAtOnce() {
            ObjectNode tree = richTree();
            ((ObjectNode) tree.at("/scope")).put("reportMarking", "SECRET");
            ((ObjectNode) tree.at("/returns/1")).remove("completedOn");
            ((ObjectNode) tree.at("/returns/3/answers/gp-father")).put("type", "maybe");
            ((ObjectNode) tree.at("/candidates/2")).put("familyName", "Smith");

            AuditFileException e = failure(() -> AuditJson.fromString(tree.toString(), "four.json"));

            assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactlyInAnyOrder(
                            "/scope/reportMarking",
                            "/returns/1/completedOn",
                            "/returns/3/answers/gp-father/type",
                            "/candidates/2/familyName");
        }

        @Test
        @DisplayName("a path escapes '/' and '~' in question ids as JSON Pointer does")
        void pointerEscapes() {
            ObjectNode tree = richTree();
            ((ObjectNode) tree.at("/returns/0/answers")).set("a/b~c", JSON.createObjectNode());

            Problem problem = onlyProblem(tree.toString());

            assertThat(problem.path()).isEqualTo("/returns/0/answers/a~1b~0c/type");
        }
    }

    @Nested
    @DisplayName("as an audit")
    class Domain {
        @Test
        @DisplayName("30 February is not a day, though it has the right form")
        void impossibleDay() {
            Problem problem = onlyProblem(with("/returns/2/completedOn", JSON.valueToTree("2021-02-30")));

            assertThat(problem.path()).isEqualTo("/returns/2/completedOn");
            assertThat(problem.message()).isEqualTo("\"2021-02-30\" is not a day of the calendar.");
            assertThat(problem.fix()).contains("YYYY-MM-DD");
        }

        @Test
        @DisplayName("an involvement that ends before it starts is refused at the involvement")
        void involvementBackwards() {
            Problem problem = onlyProblem(with("/candidates/0/involvements/1/to", JSON.valueToTree("2019-01")));

            assertThat(problem.path()).isEqualTo("/candidates/0/involvements/1");
            assertThat(problem.message())
                    .isEqualTo("Involvement of 'midwifery' ends (2019-01) before it starts (2020-02).");
            assertThat(problem.fix()).contains("leave \"to\" out while the involvement is ongoing");
        }

        @Test
        @DisplayName("a milestone's day outside its month is refused at the milestone")
        void milestoneDay() {
            Problem problem = onlyProblem(with("/scope/timeline/milestones/1/date", JSON.valueToTree("2021-06-01")));

            assertThat(problem.path()).isEqualTo("/scope/timeline/milestones/1");
            assertThat(problem.message()).contains("does not fall in its month 2021-05");
            assertThat(problem.fix()).contains("\"month\"");
        }

        @Test
        @DisplayName("text of only Unicode spaces, which the schema lets through, is refused by the record")
        void unicodeBlank() {
            Problem problem = onlyProblem(with("/candidates/1/pseudonym", JSON.valueToTree("\u2003")));

            assertThat(problem.path()).isEqualTo("/candidates/1");
            assertThat(problem.message()).isEqualTo("Case pseudonym must not be blank.");
        }
    }

    @Nested
    @DisplayName("beyond a limit")
    class Limits {
        @Test
        @DisplayName("a 10 MB text is refused at its place, naming the limit of a million characters")
        void longText() {
            String json = RICH_JSON.replaceFirst(
                    "\"Child A heard shouting most nights and was frightened.\"", "\"" + "x".repeat(10_000_000) + "\"");

            Problem problem = onlyProblem(json);

            assertThat(problem.path()).isEqualTo("/returns/0/livedExperienceByChild/0/experience");
            assertThat(problem.message()).isEqualTo("A text is longer than the limit of 1000000 characters.");
            assertThat(problem.fix()).startsWith("Shorten it");
        }

        @Test
        @DisplayName("nesting deeper than 32 levels is refused")
        void deep() {
            String json = "{\"scope\": " + "[".repeat(100) + "]".repeat(100) + "}";

            Problem problem = onlyProblem(json);

            assertThat(problem.message()).startsWith("The JSON is nested more than 32 levels deep");
        }

        @Test
        @DisplayName("a property name longer than 1,000 characters is refused")
        void longName() {
            Problem problem = onlyProblem(with("/returns/0/answers/" + "q".repeat(2_000), JSON.createObjectNode()));

            assertThat(problem.message()).contains("property name").contains("1000");
        }

        @Test
        @DisplayName("a number longer than 100 characters is refused")
        void longNumber() {
            String json = RICH_JSON.replace("\"targetSize\": 3", "\"targetSize\": " + "9".repeat(200));

            Problem problem = onlyProblem(json);

            assertThat(problem.message()).contains("number").contains("100 characters");
        }

        @Test
        @DisplayName("a file of more than a million tokens is refused")
        void manyTokens() {
            String json = "{\"candidates\": [" + "0,".repeat(1_100_000) + "0]}";

            Problem problem = onlyProblem(json);

            assertThat(problem.message()).contains("1000000 JSON tokens");
        }

        @Test
        @DisplayName("a stream longer than 64 MiB is refused once the limit is passed")
        void longStream() {
            InputStream spaces = new InputStream() {
                private long left = AuditJson.MAX_FILE_BYTES + 10;

                @Override
                public int read() {
                    return left-- > 0 ? ' ' : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = (int) Math.min(len, left);
                    Arrays.fill(b, off, off + n, (byte) ' ');
                    left -= n;
                    return n;
                }
            };

            AuditFileException e = failure(() -> AuditJson.read(spaces, "spaces.json"));

            assertThat(e.problems().get(0).message()).contains("longer than the limit of 67108864 bytes");
        }

        @Test
        @DisplayName("a file larger than 64 MiB is refused before it is read")
        void largeFile(@TempDir Path folder) throws IOException {
            Path file = folder.resolve("huge.json");
            try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                sparse.setLength(AuditJson.MAX_FILE_BYTES + 1);
            }

            AuditFileException e = failure(() -> AuditJson.read(file));

            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.message())
                        .isEqualTo("The file is 67108865 bytes long, more than the limit of 67108864"
                                + " bytes (64 MiB) for an audit file.");
                assertThat(p.fix()).contains("right file");
            });
        }
    }

    @Nested
    @DisplayName("as a file")
    class OnDisk {
        @Test
        @DisplayName("a missing file is an AuditFileException naming the file")
        void missing(@TempDir Path folder) {
            Path file = folder.resolve("nowhere.json");

            AuditFileException e = failure(() -> AuditJson.read(file));

            assertThat(e.sourceName()).isEqualTo(file.toString());
            assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                    .isEqualTo("The file does not exist."));
        }

        @Test
        @DisplayName("a folder is not an audit file")
        void folder(@TempDir Path folder) {
            AuditFileException e = failure(() -> AuditJson.read(folder));

            assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                    .isEqualTo("This is a folder, not a file."));
        }

        @Test
        @DisplayName("the message names the file and lists every problem with its fix")
        void message(@TempDir Path folder) throws IOException {
            Path file = folder.resolve("police-returns.json");
            Files.writeString(
                    file,
                    with("/scope/reportMarking", JSON.valueToTree("SECRET"))
                            .replace("\"livedExperience\"", "\"livedExperiance\""));

            AuditFileException e = failure(() -> AuditJson.read(file));

            assertThat(e.sourceName()).isEqualTo(file.toString());
            assertThat(e.getMessage())
                    .startsWith("The audit file " + file + " cannot be read: 9 problems")
                    .contains(
                            "ERROR /scope/reportMarking: \"SECRET\" is not one of the allowed values. Fix: Use one of")
                    .contains("ERROR /returns/3/livedExperiance: ");
            assertThat(e.getCause()).isNull();
        }
    }

    @Test
    @DisplayName("an AuditFileException needs at least one problem")
    void needsAProblem() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditFileException("x.json", List.of()));
    }

    // ---- helpers

    private static Problem onlyProblem(String json) {
        return onlyProblem(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Problem onlyProblem(byte[] json) {
        AuditFileException e = failure(() -> AuditJson.read(new ByteArrayInputStream(json), "test.json"));
        List<Problem> problems = e.problems();
        assertThat(problems).as(e.getMessage()).hasSize(1);
        Problem problem = problems.get(0);
        assertThat(problem.isError()).isTrue();
        assertThat(problem.message()).isNotBlank();
        assertThat(problem.fix()).isNotBlank();
        assertThat(e.getMessage()).startsWith("The audit file test.json cannot be read: 1 problem");
        return problem;
    }

    private static AuditFileException failure(ThrowingCallable read) {
        AuditFileException e = catchThrowableOfType(AuditFileException.class, read);
        assertThat(e).as("an AuditFileException").isNotNull();
        return e;
    }

    private static ObjectNode richTree() {
        return (ObjectNode) JSON.readTree(RICH_JSON);
    }

    /** The rich sample with {@code value} set at {@code pointer}, whose parent must be an object. */
    private static String with(String pointer, JsonNode value) {
        ObjectNode tree = richTree();
        int cut = pointer.lastIndexOf('/');
        ((ObjectNode) tree.at(pointer.substring(0, cut))).set(pointer.substring(cut + 1), value);
        return tree.toString();
    }

    /** The rich sample without the property at {@code pointer}. */
    private static String without(String pointer) {
        ObjectNode tree = richTree();
        int cut = pointer.lastIndexOf('/');
        ((ObjectNode) tree.at(pointer.substring(0, cut))).remove(pointer.substring(cut + 1));
        return tree.toString();
    }
}

package dev.maca.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.ActionStatus;
import dev.maca.cohort.AdultRole;
import dev.maca.cohort.AgeBand;
import dev.maca.returns.ContactMode;
import dev.maca.returns.EvidenceRating;
import dev.maca.returns.ReturnStatus;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.ProtectiveMarking;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The audit file schema")
class AuditSchemaTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode SCHEMA = JSON.readTree(AuditJson.schema());

    @Test
    @DisplayName("accepts the JSON of the rich and the minimal sample audits")
    void acceptsSamples() {
        assertThat(AuditSchema.check(JSON.readTree(AuditJson.toString(SampleAudit.rich()))))
                .isEmpty();
        assertThat(AuditSchema.check(JSON.readTree(AuditJson.toString(SampleAudit.minimal()))))
                .isEmpty();
    }

    @Test
    @DisplayName("is draft 2020-12, has an $id, and is shipped in maca-core as dev/maca/json/audit.schema.json")
    void published() throws IOException {
        try (InputStream in = AuditJson.class.getResourceAsStream("/dev/maca/json/audit.schema.json")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(AuditJson.schema());
        }
        assertThat(SCHEMA.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(SCHEMA.path("$id").asString()).isEqualTo(AuditSchema.ID);
    }

    @Test
    @DisplayName("documents the whole file and every object with a title and a description")
    void documented() {
        List<String> undocumented = new ArrayList<>();
        if (!SCHEMA.hasNonNull("title") || !SCHEMA.hasNonNull("description")) {
            undocumented.add("(root)");
        }
        SCHEMA.path("$defs").properties().forEach(def -> {
            JsonNode node = def.getValue();
            boolean isObject = "object".equals(node.path("type").asString(""));
            if (isObject && (!node.hasNonNull("title") || !node.hasNonNull("description"))) {
                undocumented.add(def.getKey());
            }
        });

        assertThat(undocumented).isEmpty();
        assertThat(SCHEMA.path("description").asString())
                .contains("2021-04-01")
                .contains("upper-case")
                .contains("\"type\"")
                .contains("left out");
    }

    @Test
    @DisplayName("allows no property it does not list, on any object")
    void closed() {
        List<String> open = new ArrayList<>();
        SCHEMA.path("$defs").properties().forEach(def -> {
            JsonNode node = def.getValue();
            boolean isRecord = node.has("properties") && !"answer".equals(def.getKey());
            if (isRecord && !node.path("additionalProperties").isBoolean()) {
                open.add(def.getKey());
            }
        });

        assertThat(open).isEmpty();
        assertThat(SCHEMA.path("additionalProperties").asBoolean(true)).isFalse();
    }

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of("/$defs/child/properties/ageBand/enum", AgeBand.class),
                Arguments.of("/$defs/adult/properties/role/enum", AdultRole.class),
                Arguments.of("/$defs/milestone/properties/kind/enum", MilestoneKind.class),
                Arguments.of("/$defs/scope/properties/reportMarking/enum", ProtectiveMarking.class),
                Arguments.of("/$defs/evidencedAnswer/properties/rating/enum", EvidenceRating.class),
                Arguments.of("/$defs/contactAnswer/properties/mode/enum", ContactMode.class),
                Arguments.of("/$defs/return/properties/status/enum", ReturnStatus.class),
                Arguments.of("/$defs/action/properties/status/enum", ActionStatus.class),
                Arguments.of("/$defs/caseFlag/enum", dev.maca.cohort.CaseFlag.class),
                Arguments.of(
                        "/$defs/selectionMethod/properties/kind/enum", dev.maca.cohort.SelectionMethod.Kind.class));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("enums")
    @DisplayName("lists exactly the values of each Java enum, by name and in order")
    void enumsMatchJava(String pointer, Class<? extends Enum<?>> type) {
        List<String> listed = new ArrayList<>();
        SCHEMA.at(pointer).forEach(value -> listed.add(value.asString()));

        List<String> names = new ArrayList<>(
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        if (type == ActionStatus.class) {
            names.addAll(List.of("RED", "AMBER", "GREEN")); // MACA 0.1's RAG colours, still read
        }
        assertThat(listed).containsExactlyElementsOf(names);
    }

    @Test
    @DisplayName("reports every problem of a file at once, each with a path, a message and a fix")
    void everyProblemAtOnce() {
        String json = AuditJson.toString(SampleAudit.rich())
                .replace("\"reportMarking\": \"OFFICIAL\"", "\"reportMarking\": \"SECRET\"")
                .replace("\"completedOn\": \"2021-04-14\"", "\"completedOn\": \"14/04/2021\"")
                .replace("\"rating\": \"PARTLY\"", "\"rating\": \"SOMETIMES\"");

        var problems = AuditSchema.check(JSON.readTree(json));

        assertThat(problems)
                .extracting(p -> p.path())
                .containsExactlyInAnyOrder(
                        "/scope/reportMarking", "/returns/0/completedOn", "/returns/0/answers/police-dash/rating");
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).isNotBlank();
            assertThat(p.fix()).isNotBlank();
        });
    }
}

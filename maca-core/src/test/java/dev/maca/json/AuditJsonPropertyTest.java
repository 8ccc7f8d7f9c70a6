package dev.maca.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.validation.Problem;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whatever the bytes, {@link AuditJson#read} returns an audit or throws an {@link AuditFileException} whose problems
 * each have a path, a message and a fix: no Jackson, schema-validator or domain exception escapes.
 */
@Label("Reading any bytes at all")
class AuditJsonPropertyTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] VALID = AuditJson.toString(SampleAudit.rich()).getBytes(StandardCharsets.UTF_8);
    private static final JsonNode VALID_TREE = JSON.readTree(VALID);
    private static final List<String> POINTERS = pointers(VALID_TREE, "", new ArrayList<>());

    @Property(tries = 200)
    @Label("random bytes give an audit or an AuditFileException, nothing else")
    void randomBytes(@ForAll @Size(max = 3000) byte[] bytes) {
        readsOrExplains(bytes);
    }

    @Property(tries = 200)
    @Label("random JSON-like text gives an audit or an AuditFileException, nothing else")
    void jsonLikeText(@ForAll("jsonLike") String text) {
        readsOrExplains(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    @Label("a valid file cut short, with bytes changed, removed or repeated, gives an audit or an AuditFileException")
    void mutatedBytes(@ForAll("mutations") byte[] bytes) {
        readsOrExplains(bytes);
    }

    @Property(tries = 200)
    @Label("a valid file with any value replaced by another gives an audit or an AuditFileException")
    void replacedValues(@ForAll("replacements") byte[] bytes) {
        readsOrExplains(bytes);
    }

    private static void readsOrExplains(byte[] bytes) {
        try {
            Audit audit = AuditJson.read(new ByteArrayInputStream(bytes), "random.json");
            assertThat(audit).isNotNull();
        } catch (AuditFileException e) {
            assertThat(e.problems()).isNotEmpty();
            for (Problem problem : e.problems()) {
                assertThat(problem.path()).isNotNull();
                assertThat(problem.message()).isNotBlank();
                assertThat(problem.fix()).isNotBlank();
            }
            assertThat(e.getMessage()).startsWith("The audit file random.json cannot be read");
        }
    }

    @Provide
    Arbitrary<String> jsonLike() {
        return Arbitraries.oneOf(
                        Arbitraries.of(
                                "{",
                                "}",
                                "[",
                                "]",
                                ",",
                                ":",
                                "\"",
                                "\"scope\"",
                                "\"returns\"",
                                "\"answers\"",
                                "\"type\"",
                                "\"evidenced\"",
                                "\"graded\"",
                                "0",
                                "-1",
                                "1e999",
                                "true",
                                "null",
                                " ",
                                "\\u0000",
                                "\"2021-02-30\"",
                                "\"2021-04\"",
                                "\\"),
                        Arbitraries.strings().ofMaxLength(5))
                .list()
                .ofMaxSize(60)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length - 1);
        Arbitrary<byte[]> truncated = position.map(end -> Arrays.copyOf(VALID, end));
        Arbitrary<byte[]> changed = Combinators.combine(
                        position.list().ofMinSize(1).ofMaxSize(8),
                        Arbitraries.bytes().list().ofSize(8))
                .as((where, what) -> {
                    byte[] copy = VALID.clone();
                    for (int i = 0; i < where.size(); i++) {
                        copy[where.get(i)] = what.get(i);
                    }
                    return copy;
                });
        Arbitrary<byte[]> removed = Combinators.combine(
                        position, Arbitraries.integers().between(1, 200))
                .as((start, length) -> splice(start, Math.min(VALID.length, start + length), new byte[0]));
        Arbitrary<byte[]> repeated = Combinators.combine(
                        position, Arbitraries.integers().between(1, 200))
                .as((start, length) -> {
                    int end = Math.min(VALID.length, start + length);
                    return splice(end, end, Arrays.copyOfRange(VALID, start, end));
                });
        return Arbitraries.oneOf(truncated, changed, removed, repeated);
    }

    @Provide
    Arbitrary<byte[]> replacements() {
        Arbitrary<JsonNode> values = Arbitraries.of(
                JSON.nullNode(),
                JSON.booleanNode(true),
                JSON.getNodeFactory().numberNode(0),
                JSON.getNodeFactory().numberNode(-7),
                JSON.getNodeFactory().numberNode(3.5),
                JSON.getNodeFactory().numberNode(new BigInteger("123456789012345678901234567890")),
                JSON.getNodeFactory().stringNode(""),
                JSON.getNodeFactory().stringNode("   "),
                JSON.getNodeFactory().stringNode("\u2003"),
                JSON.getNodeFactory().stringNode("2021-02-30"),
                JSON.getNodeFactory().stringNode("2021-13"),
                JSON.getNodeFactory().stringNode("2019-01"),
                JSON.getNodeFactory().stringNode("2021-06-01"),
                JSON.getNodeFactory().stringNode("evidenced"),
                JSON.getNodeFactory().stringNode("OFFICIAL"),
                JSON.createArrayNode(),
                JSON.createObjectNode(),
                JSON.createObjectNode().put("type", "graded"));
        return Combinators.combine(Arbitraries.of(POINTERS), values).as((pointer, value) -> {
            JsonNode tree = VALID_TREE.deepCopy();
            int cut = pointer.lastIndexOf('/');
            JsonNode parent = tree.at(pointer.substring(0, cut));
            String last = unescape(pointer.substring(cut + 1));
            if (parent instanceof ObjectNode object) {
                object.set(last, value);
            } else if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(last), value);
            }
            return tree.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    private static byte[] splice(int from, int to, byte[] insert) {
        byte[] result = new byte[VALID.length - (to - from) + insert.length];
        System.arraycopy(VALID, 0, result, 0, from);
        System.arraycopy(insert, 0, result, from, insert.length);
        System.arraycopy(VALID, to, result, from + insert.length, VALID.length - to);
        return result;
    }

    /** Every JSON Pointer below the root of {@code node}. */
    private static List<String> pointers(JsonNode node, String at, List<String> into) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String child = at + "/" + AuditSchema.escape(e.getKey());
                into.add(child);
                pointers(e.getValue(), child, into);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                into.add(at + "/" + i);
                pointers(node.get(i), at + "/" + i, into);
            }
        }
        return into;
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}

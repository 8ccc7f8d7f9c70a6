package dev.maca.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import dev.maca.audit.ActionStatus;
import dev.maca.returns.Answer;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson mapper for audit files, configured once: the domain records stay free of Jackson annotations, and
 * the few choices the file format needs are made here.
 *
 * <ul>
 *   <li>Records are read through their canonical constructors and written in component order.
 *   <li>{@link Answer} carries a {@code "type"} discriminator ({@code evidenced}, {@code graded}, {@code text},
 *       {@code contact}) through a mix-in, and an {@link ActionStatus} reads through {@link ActionStatus#parse(String)}.
 *   <li>Empty {@code Optional}s are left out; absent lists and maps read as empty, and so does an absent text — the
 *       schema, checked before binding, has already refused every absent text the file must have, so only the optional
 *       ones added since MACA 0.1 ({@code impact}, {@code recordsExamined}) reach the records empty.
 *   <li>Enums by {@code name()}, dates and months as ISO strings.
 *   <li>Strict reading: unknown properties, duplicate properties and trailing content are errors, within the limits of
 *       {@link AuditJson}.
 * </ul>
 *
 * <p>Jackson mappers and writers are immutable, so the instances here are shared by every thread.
 */
final class AuditMapper {

    /** Names the kind of every {@link Answer} in a {@code "type"} property, without touching the domain. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Answer.Evidenced.class, name = "evidenced"),
        @JsonSubTypes.Type(value = Answer.Graded.class, name = "graded"),
        @JsonSubTypes.Type(value = Answer.FreeText.class, name = "text"),
        @JsonSubTypes.Type(value = Answer.Contact.class, name = "contact")
    })
    interface AnswerMixIn {}

    /**
     * Reads an {@link ActionStatus} through {@link ActionStatus#parse(String)}, so that a file of MACA 0.1 with its RAG
     * colours still reads.
     */
    abstract static class ActionStatusMixIn {
        @JsonCreator
        static ActionStatus parse(String name) {
            throw new UnsupportedOperationException("a mix-in is never called");
        }
    }

    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(AuditJson.MAX_FILE_BYTES)
            .maxStringLength(AuditJson.MAX_STRING_CHARS)
            .maxNameLength(AuditJson.MAX_NAME_CHARS)
            .maxNestingDepth(AuditJson.MAX_NESTING_DEPTH)
            .maxNumberLength(AuditJson.MAX_NUMBER_CHARS)
            .maxTokenCount(AuditJson.MAX_TOKENS)
            .build();

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(LIMITS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build())
            .addMixIn(Answer.class, AnswerMixIn.class)
            .addMixIn(ActionStatus.class, ActionStatusMixIn.class)
            // Record accessors are the properties; helpers such as Milestone.isCompleted() are not.
            .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE))
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_ABSENT))
            .withConfigOverride(List.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .withConfigOverride(Map.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .withConfigOverride(String.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // AuditJson checks for content after the audit itself, to say so in its own words.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
            .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** Two-space indent, {@code "name": value}, {@code []} and {@code {}} when empty, and {@code \n} on every platform. */
    static final ObjectWriter WRITER = MAPPER.writer()
            .with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private AuditMapper() {}
}

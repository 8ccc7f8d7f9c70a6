package dev.maca.json;

import dev.maca.audit.Audit;
import dev.maca.files.AtomicFile;
import dev.maca.validation.AuditLimits;
import dev.maca.validation.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes an audit file: one JSON document holding a whole {@link Audit}, checked against the published
 * audit file schema ({@link #schema()}, JSON Schema draft 2020-12).
 *
 * <h2>The file</h2>
 *
 * <p>One JSON object in UTF-8. Its properties, and those of every object inside, are the component names of the
 * {@code dev.maca} records, so a validation path such as {@code /returns/3/answers/police-dash} names the same thing in
 * the file and in the code:
 *
 * <pre>{@code
 * {
 *   "scope": { "reference": "MACA C86", "partnership": "…", "title": "…", "objectives": [ … ],
 *              "cohortCriteria": { … }, "agencies": [ … ], "timeline": { "milestones": [ … ] },
 *              "gradingScale": { … }, "reportMarking": "OFFICIAL", … },
 *   "candidates": [ { "id": "family-07", "pseudonym": "Family 7", "children": [ … ], … } ],
 *   "returns": [
 *     {
 *       "caseId": "family-07",
 *       "agencyId": "police",
 *       "toolVersion": "police/1",
 *       "completedOn": "2021-04-14",
 *       "auditorRole": "Detective Sergeant, Public Protection Unit",
 *       "status": "COMPLETE",
 *       "unanswered": [],
 *       "answers": {
 *         "police-dash": { "type": "evidenced", "rating": "PARTLY", "evidence": "DASH at two of three incidents." },
 *         "police-covid-contact": { "type": "contact", "mode": "MIXED", "evidence": "…" },
 *         "police-overall": { "type": "graded", "judgement": { "grade": "good", "rationale": "…" } },
 *         "police-voice": { "type": "text", "text": "…" }
 *       },
 *       "objectiveJudgements": { "fathers-and-males": { "grade": "requires-improvement", "rationale": "…" } },
 *       "overall": { "grade": "good", "rationale": "…" },
 *       "livedExperience": "…", "goodPractice": "…", "areasForDevelopment": "…"
 *     }
 *   ],
 *   "panelReviews": [
 *     {
 *       "caseId": "family-07", "met": "2021-04",
 *       "attendees": [ { "role": "Partnership Business Manager (chair)" },
 *                      { "agencyId": "police", "role": "Detective Inspector, Public Protection" } ],
 *       "grades": { "fathers-and-males": { "grade": "inadequate", "rationale": "…",
 *                                          "moderation": { "agreedView": "…", "resolution": "…" } },
 *                   "covid-19-impact": { "grade": "not-applicable", "rationale": "…" } },
 *       "keyLearning": "…", "familyVoice": { … }, "practitionerVoice": { … }
 *     }
 *   ],
 *   "immediateConcerns": [ { "id": "ic-01", "caseId": "family-07", "status": "OPEN", … } ],
 *   "findings": [ … ], "recommendations": [ … ], "learning": [ … ]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Days are ISO dates ({@code "2021-04-01"}), months ISO months ({@code "2021-04"}).
 *   <li>Enumerated values are written by their Java name in upper case: {@code "EVIDENCED"}, {@code "PARTLY"},
 *       {@code "OFFICIAL_SENSITIVE"}.
 *   <li>An answer names its kind in {@code "type"}: {@code "evidenced"} (rating and evidence), {@code "graded"} (a
 *       judgement), {@code "text"} (free text) or {@code "contact"} (contact mode and evidence).
 *   <li>An optional value ({@code linkedReference}, a milestone's {@code date}, an involvement's {@code to}, …) is left
 *       out when it has none; {@code null} is never written and never accepted.
 *   <li>Lists and maps are always written, {@code []} or {@code {}} when empty, and may be left out of a file written
 *       by hand, meaning empty. Every other property is required.
 *   <li>No other property is allowed anywhere: a misspelt property is an error, not silently ignored.
 * </ul>
 *
 * <h2>Reading</h2>
 *
 * <p>A file is read in three steps, each of which reports what it finds as an {@link AuditFileException} with a JSON
 * path, what is wrong and how to fix it: the JSON text is parsed within the limits below; the parsed file is checked
 * against the schema, which reports every problem at once; then the records are built, whose constructors refuse the
 * few things a schema cannot say (an involvement that ends before it starts, 30 February). Nothing else escapes: a
 * truncated file, binary garbage, a JSON array, wrong types, unknown values and unknown properties are all
 * {@link AuditFileException}s. Whether the audit makes sense (grades on its scale, unique ids, answers to real
 * questions) is not checked here but by {@code dev.maca.validation.AuditValidator}.
 *
 * <p>Limits, each named in the problem that breaks it: {@value #MAX_FILE_BYTES} bytes (64 MiB) per file;
 * {@value #MAX_STRING_CHARS} characters per text; {@value #MAX_NAME_CHARS} characters per property name or id used as
 * a key; {@value #MAX_NESTING_DEPTH} levels of nesting (an audit uses six); {@value #MAX_NUMBER_CHARS} characters per
 * number; {@value #MAX_TOKENS} JSON tokens per file (an audit of fifteen cases has tens of thousands). At most
 * {@value #MAX_PROBLEMS} schema problems are listed, then how many more there were. The audit read must also keep
 * {@link AuditLimits} (at most so many candidates, returns, objectives, agencies and answers per return), checked
 * once the records are built.
 *
 * <h2>Writing</h2>
 *
 * <p>Output is UTF-8, pretty-printed with a two-space indent and {@code \n} line ends on every platform, ends with a
 * newline, and lists properties in record-component order and map entries in the audit's order: the same audit gives
 * the same bytes, and reading what was written gives an equal audit.
 *
 * <p>Every method is thread-safe; the mapper and the compiled schema are built once and shared.
 */
public final class AuditJson {
    /** The largest file read: 64 MiB. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** The longest text read: a million characters (a free-text answer never needs more); see {@link AuditLimits}. */
    public static final int MAX_STRING_CHARS = AuditLimits.MAX_TEXT_CHARS;

    /** The longest property name or map key (a question or objective id) read. */
    public static final int MAX_NAME_CHARS = 1_000;

    /** The deepest nesting of objects and lists read; an audit file uses six levels. */
    public static final int MAX_NESTING_DEPTH = 32;

    /** The longest number read, in characters. */
    public static final int MAX_NUMBER_CHARS = 100;

    /** The most JSON tokens (names, values, brackets) read from one file. */
    public static final long MAX_TOKENS = 1_000_000;

    /** The most problems reported for one file; a file with more is reported with the first ones and a count. */
    public static final int MAX_PROBLEMS = 1_000;

    private AuditJson() {}

    /**
     * Reads the audit file at {@code file}.
     *
     * @param file the file, never null
     * @return the audit
     * @throws AuditFileException when the file does not exist, is a folder, is too large, or cannot be read as an
     *     audit; the exception names {@code file}
     * @throws UncheckedIOException when reading fails for another reason (e.g. a disk error)
     */
    public static Audit read(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw failure(
                        source,
                        Problem.error(
                                "",
                                "This is a folder, not a file.",
                                "Give the path of the audit file itself, e.g. audit.json."));
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw failure(source, ReadProblems.fileTooLarge(size));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, source);
            }
        } catch (NoSuchFileException e) {
            throw failure(
                    source, Problem.error("", "The file does not exist.", "Check the folder and the file's name."));
        } catch (AccessDeniedException e) {
            throw failure(
                    source,
                    Problem.error(
                            "",
                            "The file may not be read: access is denied.",
                            "Ask for permission to read the file, or copy it to a folder you may read."));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the audit file " + source, e);
        }
    }

    /**
     * Reads an audit file from a stream, which is left open.
     *
     * @param in the file's bytes (UTF-8 JSON), never null
     * @param sourceName the name problems give for the file, e.g. its path or "upload from Police", never null
     * @return the audit
     * @throws AuditFileException when the bytes cannot be read as an audit
     * @throws UncheckedIOException when reading the stream fails
     */
    public static Audit read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        JsonNode file = parse(in, sourceName);
        List<Problem> problems = AuditSchema.check(file);
        if (!problems.isEmpty()) {
            throw new AuditFileException(sourceName, problems);
        }
        Audit audit;
        try {
            audit = AuditMapper.MAPPER.treeToValue(file, Audit.class);
        } catch (JacksonException e) {
            throw failure(sourceName, ReadProblems.binding(e));
        }
        List<Problem> overLimits = AuditLimits.check(audit);
        if (!overLimits.isEmpty()) {
            throw new AuditFileException(sourceName, overLimits);
        }
        return audit;
    }

    /**
     * Reads an audit file held in a string.
     *
     * @param json the file's content, never null
     * @param sourceName the name problems give for the file, never null
     * @return the audit
     * @throws AuditFileException when the text cannot be read as an audit
     */
    public static Audit fromString(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sourceName);
    }

    /**
     * Writes an audit to a stream, which is flushed and left open.
     *
     * @param audit the audit, never null
     * @param out where to write UTF-8 JSON, never null
     * @throws UncheckedIOException when writing fails
     */
    public static void write(Audit audit, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            out.write(bytes(audit));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the audit file", e);
        }
    }

    /**
     * Writes an audit to {@code file} through a temporary file in the same folder, moved into place when complete: a
     * failure leaves no half-written file and never replaces a good one.
     *
     * @param audit the audit, never null
     * @param file the file to write or replace, never null
     * @throws UncheckedIOException when writing fails
     */
    public static void write(Audit audit, Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes = bytes(audit);
        AtomicFile.write(file, out -> out.write(bytes));
    }

    /**
     * The audit as the text of an audit file, exactly as {@link #write(Audit, OutputStream)} writes it.
     *
     * @param audit the audit, never null
     * @return the JSON, ending with a newline
     */
    public static String toString(Audit audit) {
        return new String(bytes(audit), StandardCharsets.UTF_8);
    }

    /**
     * The audit file schema (JSON Schema draft 2020-12) as published in maca-core at
     * {@code dev/maca/json/audit.schema.json}, for editors, other tools and documentation.
     *
     * @return the schema's JSON text
     */
    public static String schema() {
        return AuditSchema.text();
    }

    private static byte[] bytes(Audit audit) {
        Objects.requireNonNull(audit, "audit");
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            AuditMapper.WRITER.writeValue(out, audit);
        } catch (JacksonException e) {
            throw new IllegalStateException("could not write the audit as JSON: " + e.getOriginalMessage(), e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static JsonNode parse(InputStream in, String sourceName) {
        JsonParser parser = null;
        try {
            parser = AuditMapper.MAPPER.createParser(in);
            JsonNode file = AuditMapper.MAPPER.readTree(parser);
            if (file == null || file.isMissingNode()) {
                throw failure(sourceName, ReadProblems.empty());
            }
            if (parser.nextToken() != null) {
                throw failure(sourceName, ReadProblems.trailing(parser.currentTokenLocation()));
            }
            return file;
        } catch (JacksonIOException e) {
            if (e.getCause() instanceof CharConversionException) {
                throw failure(sourceName, ReadProblems.parsing(e, parser));
            }
            throw new UncheckedIOException("could not read the audit file " + sourceName, e.getCause());
        } catch (JacksonException e) {
            throw failure(sourceName, ReadProblems.parsing(e, parser));
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    private static AuditFileException failure(String sourceName, Problem problem) {
        return new AuditFileException(sourceName, List.of(problem));
    }
}

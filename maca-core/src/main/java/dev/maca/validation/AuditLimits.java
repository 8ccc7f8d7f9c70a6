package dev.maca.validation;

import dev.maca.audit.Audit;
import dev.maca.panel.PanelReview;
import dev.maca.returns.AuditReturn;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The largest audit MACA accepts, as documented constants and the one check that enforces them, so that a hostile or
 * mistaken input (an audit file, a completed form, a host's own code) is refused with a clear error instead of making
 * validation, analysis or rendering slow or huge.
 *
 * <p>Each limit is far above what a real multi-agency case audit needs (a handful of cases, a few objectives, under a
 * dozen agencies) and low enough that everything MACA does with an audit stays quick. {@link AuditValidator} runs
 * {@link #check(Audit)} first and stops when a count is exceeded; {@code dev.maca.json.AuditJson} runs it on every
 * audit it reads. A problem names the field as a JSON Pointer, the limit, the actual size and the fix:
 *
 * <pre>{@code
 * ERROR /candidates: There are 20001 candidate cases, more than the limit of 20000 (AuditLimits.MAX_CANDIDATES).
 *     Fix: List only the cases considered for this audit (a case audit looks at a handful); split a larger review
 *     into several audits.
 * }</pre>
 */
public final class AuditLimits {
    /**
     * The most candidate cases: 20,000. A partnership chooses a cohort of a handful from its candidates; 20,000 allows
     * a whole year's referrals of a large authority while keeping cohort selection and its exclusions report quick.
     */
    public static final int MAX_CANDIDATES = 20_000;

    /**
     * The most returns: 200,000 — ten agencies' returns for every one of the most candidates there may be. A real
     * audit has tens; the limit keeps a file of returns for cases that do not exist from swamping validation.
     */
    public static final int MAX_RETURNS = 200_000;

    /**
     * The most questions an agency's question bank (and so an audit tool) holds, and the most answers or unanswered
     * question ids in one return: 1,000. A tool larger than this is not a form anyone can complete; the agency
     * contract ({@code dev.maca.agency.AgencyContract#MAX_QUESTIONS}) uses this same value.
     */
    public static final int MAX_QUESTIONS_PER_TOOL = 1_000;

    /**
     * The most objectives in a scope, and so the most findings, learning contents and objective judgements in a return:
     * 50. An audit usually sets three to six; each objective becomes a section of the report and a learning brief.
     */
    public static final int MAX_OBJECTIVES = 50;

    /**
     * The most agencies a scope names: 100. A partnership's statutory and relevant agencies are about a dozen; each
     * agency is a column of the completeness table and a tool to send out.
     */
    public static final int MAX_AGENCIES = 100;

    /**
     * The most people named in one panel review: its attendees, and the family members and practitioners spoken with,
     * each: 200. A panel for one family seats a dozen.
     */
    public static final int MAX_PEOPLE_PER_REVIEW = 200;

    /**
     * The longest text, in characters: a million (about 500 pages). A free-text answer never needs more; the audit
     * file reader refuses longer strings while parsing ({@code dev.maca.json.AuditJson#MAX_STRING_CHARS} is this
     * value).
     */
    public static final int MAX_TEXT_CHARS = 1_000_000;

    private AuditLimits() {}

    /**
     * Every limit the audit exceeds; empty when it keeps them all. Counts are checked first, in constant time per
     * return; only when every count is within its limit are the texts measured, in one pass over the audit.
     *
     * @param audit the audit; never null
     * @return the problems, all errors, each naming the field, the limit, the actual size and the fix
     */
    public static List<Problem> check(Audit audit) {
        List<Problem> counts = checkCounts(audit);
        return counts.isEmpty() ? checkTexts(audit) : counts;
    }

    /**
     * Every count limit the audit exceeds: candidates, returns, panel reviews, immediate concerns, objectives, agencies,
     * findings, learning contents; per return its answers, unanswered questions and objective judgements; per panel
     * review its grades and the people it names. Quick whatever the audit's size.
     *
     * @param audit the audit; never null
     */
    public static List<Problem> checkCounts(Audit audit) {
        Objects.requireNonNull(audit, "audit is required but was null");
        List<Problem> problems = new ArrayList<>();
        JsonPointer root = JsonPointer.root();
        JsonPointer scope = root.append("scope");
        count(
                problems,
                scope.append("objectives"),
                audit.scope().objectives().size(),
                MAX_OBJECTIVES,
                "MAX_OBJECTIVES",
                "objectives",
                "Keep to the few objectives the audit can report on (usually three to six): merge related ones.");
        count(
                problems,
                scope.append("agencies"),
                audit.scope().agencies().size(),
                MAX_AGENCIES,
                "MAX_AGENCIES",
                "agencies",
                "Name only the agencies that must contribute returns to this audit.");
        count(
                problems,
                root.append("candidates"),
                audit.candidates().size(),
                MAX_CANDIDATES,
                "MAX_CANDIDATES",
                "candidate cases",
                "List only the cases considered for this audit (a case audit looks at a handful); split a larger"
                        + " review into several audits.");
        count(
                problems,
                root.append("returns"),
                audit.returns().size(),
                MAX_RETURNS,
                "MAX_RETURNS",
                "returns",
                "Keep one return per cohort case and agency; remove returns for other cases, or split the audit.");
        count(
                problems,
                root.append("findings"),
                audit.findings().size(),
                MAX_OBJECTIVES,
                "MAX_OBJECTIVES",
                "findings",
                "Keep one findings entry per objective.");
        count(
                problems,
                root.append("learning"),
                audit.learning().size(),
                MAX_OBJECTIVES,
                "MAX_OBJECTIVES",
                "learning contents",
                "Keep one learning content per objective.");
        count(
                problems,
                root.append("panelReviews"),
                audit.panelReviews().size(),
                MAX_CANDIDATES,
                "MAX_CANDIDATES",
                "panel reviews",
                "Keep one panel review per cohort family.");
        count(
                problems,
                root.append("immediateConcerns"),
                audit.immediateConcerns().size(),
                MAX_CANDIDATES,
                "MAX_CANDIDATES",
                "immediate concerns",
                "Record each concern once; track further actions on the same concern in its own entry.");
        if (audit.panelReviews().size() <= MAX_CANDIDATES) {
            JsonPointer reviews = root.append("panelReviews");
            for (int i = 0; i < audit.panelReviews().size(); i++) {
                checkReview(audit.panelReviews().get(i), reviews.append(i), problems);
            }
        }
        if (audit.returns().size() <= MAX_RETURNS) {
            JsonPointer returns = root.append("returns");
            for (int i = 0; i < audit.returns().size(); i++) {
                checkReturn(audit.returns().get(i), returns.append(i), problems);
            }
        }
        return List.copyOf(problems);
    }

    /**
     * Every text, and every map key, longer than {@link #MAX_TEXT_CHARS}, found by walking the audit's records, lists,
     * maps and optionals; the path is the JSON Pointer of the text in the audit file. Takes time in proportion to the
     * audit's size, so run {@link #checkCounts(Audit)} first.
     *
     * @param audit the audit; never null
     */
    public static List<Problem> checkTexts(Audit audit) {
        Objects.requireNonNull(audit, "audit is required but was null");
        List<Problem> problems = new ArrayList<>();
        walk(audit, JsonPointer.root(), problems);
        return List.copyOf(problems);
    }

    private static void checkReturn(AuditReturn auditReturn, JsonPointer at, List<Problem> problems) {
        count(
                problems,
                at.append("answers"),
                auditReturn.answers().size(),
                MAX_QUESTIONS_PER_TOOL,
                "MAX_QUESTIONS_PER_TOOL",
                "answers",
                "Answer only the questions of the agency's audit tool, which asks at most " + MAX_QUESTIONS_PER_TOOL
                        + ".");
        count(
                problems,
                at.append("unanswered"),
                auditReturn.unanswered().size(),
                MAX_QUESTIONS_PER_TOOL,
                "MAX_QUESTIONS_PER_TOOL",
                "unanswered question ids",
                "List only the tool's required questions left unanswered, of which there are at most "
                        + MAX_QUESTIONS_PER_TOOL + ".");
        count(
                problems,
                at.append("objectiveJudgements"),
                auditReturn.objectiveJudgements().size(),
                MAX_OBJECTIVES,
                "MAX_OBJECTIVES",
                "objective judgements",
                "Give at most one judgement per objective of the scope.");
    }

    private static void checkReview(PanelReview review, JsonPointer at, List<Problem> problems) {
        count(
                problems,
                at.append("grades"),
                review.grades().size(),
                MAX_OBJECTIVES,
                "MAX_OBJECTIVES",
                "panel grades",
                "Give one grade per objective of the scope.");
        count(
                problems,
                at.append("attendees"),
                review.attendees().size(),
                MAX_PEOPLE_PER_REVIEW,
                "MAX_PEOPLE_PER_REVIEW",
                "attendees",
                "List the people who took part in the panel for this family, by agency and role.");
        review.familyVoice()
                .ifPresent(voice -> count(
                        problems,
                        at.append("familyVoice").append("conversations"),
                        voice.conversations().size(),
                        MAX_PEOPLE_PER_REVIEW,
                        "MAX_PEOPLE_PER_REVIEW",
                        "family conversations",
                        "Record each conversation with the family once."));
        review.practitionerVoice()
                .ifPresent(voice -> count(
                        problems,
                        at.append("practitionerVoice").append("conversations"),
                        voice.conversations().size(),
                        MAX_PEOPLE_PER_REVIEW,
                        "MAX_PEOPLE_PER_REVIEW",
                        "practitioner conversations",
                        "Record each practitioner spoken with once."));
    }

    private static void count(
            List<Problem> problems, JsonPointer at, int size, int limit, String constant, String what, String fix) {
        if (size > limit) {
            problems.add(Problem.error(
                    at.toString(),
                    "There are " + size + " " + what + ", more than the limit of " + limit + " (AuditLimits." + constant
                            + ").",
                    fix));
        }
    }

    private static void walk(Object value, JsonPointer at, List<Problem> problems) {
        if (value instanceof String text) {
            if (text.length() > MAX_TEXT_CHARS) {
                problems.add(tooLong(at, "text", text.length()));
            }
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> walk(inner, at, problems));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), at.append(i), problems);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (key.length() > MAX_TEXT_CHARS) {
                    problems.add(tooLong(at, "key", key.length()));
                    continue;
                }
                walk(entry.getValue(), at.append(key), problems);
            }
        } else if (value instanceof Record record && value.getClass().getName().startsWith("dev.maca.")) {
            for (Component component : COMPONENTS.get(value.getClass())) {
                walk(component.read(record), at.append(component.name()), problems);
            }
        }
    }

    /** Each record class's components, looked up once: {@link Class#getRecordComponents()} is slow. */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            List<Component> components = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                components.add(new Component(component.getName(), component.getAccessor()));
            }
            return List.copyOf(components);
        }
    };

    /** One record component: its name in the audit file and its accessor. */
    private record Component(String name, Method accessor) {
        Object read(Record record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(
                        "could not read " + record.getClass().getName() + "." + name + " to measure it", e);
            }
        }
    }

    private static Problem tooLong(JsonPointer at, String what, int length) {
        return Problem.error(
                at.toString(),
                "A " + what + " of " + length + " characters, longer than the limit of " + MAX_TEXT_CHARS
                        + " (AuditLimits.MAX_TEXT_CHARS).",
                "Shorten it to at most " + MAX_TEXT_CHARS
                        + " characters; put long material in a document outside the audit and refer to it.");
    }
}

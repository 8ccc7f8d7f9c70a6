package dev.maca.report.writing;

import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.report.document.Document;
import dev.maca.report.document.ProtectiveMarking;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Grade;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Themes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writing rules a partnership's documents keep, checked on the document model against the audit it was made from:
 * counts, not percentages, under 20; no "answers" as a unit; no sentence formula repeated from one objective's
 * findings to the next; families named by pseudonym only in OFFICIAL-SENSITIVE documents; wording derived from the
 * scale; no Covid-19 where the audit has none; no review framing where the audit is linked with none; the learning
 * event by the timeline's name; and the scale by the scope's name. MACA's own documents are tested against these
 * rules, and a host generating its own documents from the model can check them the same way.
 *
 * <pre>{@code
 * List<String> broken = WritingRules.of(audit).check(BusinessGroupReport.of(analysed).toDocument());
 * }</pre>
 */
public final class WritingRules {
    private static final int MIN_FOR_PERCENT = dev.maca.analysis.FamilyCount.MIN_FOR_PERCENT;
    private static final Pattern PERCENT_OF = Pattern.compile("(\\d+) of (?:the )?(\\d+)\\b[^()%]{0,60}\\((\\d+)%\\)");
    private static final Pattern ANSWERS_AS_UNIT = Pattern.compile("\\b\\d+\\s+(?:[a-z]+\\s+){0,2}answers?\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern FRAMING =
            Pattern.compile("(?i)linked with|themes of (?:the|a) review|review's themes|how common the themes");

    private final Audit audit;

    private WritingRules(Audit audit) {
        this.audit = audit;
    }

    /** The rules for documents made from this audit. */
    public static WritingRules of(Audit audit) {
        return new WritingRules(Objects.requireNonNull(audit, "audit is required but was null"));
    }

    /** Every rule the document breaks, each as a sentence naming the rule and the offending words; empty if none. */
    public List<String> check(Document document) {
        Objects.requireNonNull(document, "document is required but was null");
        List<DocumentText> sections = DocumentText.of(document);
        List<String> broken = new ArrayList<>();
        for (DocumentText section : sections) {
            String text = section.all();
            percentages(section.section(), text, broken);
            find(ANSWERS_AS_UNIT, text)
                    .forEach(m -> broken.add("\"answers\" used as a unit in '" + section.section() + "': " + m));
            scaleWording(section.section(), text, broken);
            topic(section.section(), text, broken);
        }
        formulas(sections, broken);
        pseudonyms(document, sections, broken);
        return broken;
    }

    private static void percentages(String section, String text, List<String> broken) {
        Matcher m = PERCENT_OF.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(2)) < MIN_FOR_PERCENT) {
                broken.add("A percentage of fewer than " + MIN_FOR_PERCENT + " in '" + section + "': " + m.group());
            }
        }
    }

    private void scaleWording(String section, String text, List<String> broken) {
        GradingScale scale = audit.scope().gradingScale();
        List<Grade> grades = scale.grades();
        if (grades.isEmpty()) {
            return;
        }
        String top = grades.get(0).label();
        String bottom = grades.get(grades.size() - 1).label();
        if (text.contains(top + " or better") || text.contains(top + " or above")) {
            broken.add("'" + top + " or better' in '" + section + "', but " + top + " is the top grade");
        }
        if (text.contains("below " + bottom)) {
            broken.add("'below " + bottom + "' in '" + section + "', but " + bottom + " is the lowest grade");
        }
        if (text.contains("Ofsted") && !scale.name().contains("Ofsted")) {
            broken.add("Ofsted named in '" + section + "', but the scale is the " + scale.name());
        }
    }

    private void topic(String section, String text, List<String> broken) {
        AuditScope scope = audit.scope();
        boolean covid = scope.objectives().stream().anyMatch(o -> o.themes().contains(Themes.COVID_19));
        if (!covid && text.toLowerCase(Locale.ROOT).contains("covid")) {
            broken.add("Covid-19 in '" + section + "', but the audit has no Covid-19 objective");
        }
        if (scope.linkedReference().isEmpty()) {
            find(FRAMING, text)
                    .forEach(m -> broken.add("A review's framing in '" + section + "' (\"" + m
                            + "\"), but the audit is linked with none"));
        }
        String event = scope.timeline()
                .first(MilestoneKind.SEMINAR)
                .map(Milestone::description)
                .orElse("");
        if (text.contains("Best Practice Seminar") && !event.contains("Best Practice Seminar")) {
            broken.add(
                    "'Best Practice Seminar' in '" + section + "', but the timeline calls the event \"" + event + "\"");
        }
    }

    /** A sentence that, numbers aside, comes back in the findings of two or more objectives is a formula. */
    private static void formulas(List<DocumentText> sections, List<String> broken) {
        Map<String, Set<String>> where = new HashMap<>();
        Map<String, String> example = new HashMap<>();
        for (DocumentText section : sections) {
            if (!section.section().startsWith("Findings")) {
                continue;
            }
            for (String prose : section.prose()) {
                for (String sentence : prose.split("(?<=[.!?])\\s+")) {
                    String shape = NUMBER.matcher(sentence.trim()).replaceAll("#");
                    if (shape.length() < 25) {
                        continue;
                    }
                    where.computeIfAbsent(shape, k -> new LinkedHashSet<>()).add(section.section());
                    example.putIfAbsent(shape, sentence.trim());
                }
            }
        }
        where.forEach((shape, in) -> {
            if (in.size() > 1) {
                broken.add("A sentence repeated in the findings of " + in.size() + " objectives: \""
                        + example.get(shape) + "\"");
            }
        });
    }

    private void pseudonyms(Document document, List<DocumentText> sections, List<String> broken) {
        if (document.metadata().marking().equals(ProtectiveMarking.OFFICIAL_SENSITIVE)) {
            return;
        }
        for (CaseRecord family : audit.candidates()) {
            Pattern name = Pattern.compile("\\b" + Pattern.quote(family.pseudonym()) + "\\b");
            for (DocumentText section : sections) {
                if (name.matcher(section.all()).find()) {
                    broken.add("The family pseudonym '" + family.pseudonym() + "' in '" + section.section()
                            + "' of a document marked "
                            + document.metadata().marking().label());
                    break;
                }
            }
        }
    }

    private static List<String> find(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}

package dev.maca.report.documents;

import dev.maca.audit.Audit;
import dev.maca.cohort.AdultRecord;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.ChildRecord;
import dev.maca.cohort.UnbornRecord;
import dev.maca.scope.Objective;
import dev.maca.validation.JsonPointer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the pseudonyms of cases, children and adults out of published briefs: a brief whose text would name one is
 * stopped, naming the field (never the pseudonym's case content) so the author can disguise it.
 */
final class CaseNames {
    private final List<Pattern> names;

    CaseNames(Audit audit) {
        Set<String> pseudonyms = new LinkedHashSet<>();
        for (CaseRecord candidate : audit.candidates()) {
            pseudonyms.add(candidate.pseudonym());
            candidate.children().stream().map(ChildRecord::pseudonym).forEach(pseudonyms::add);
            candidate.unborn().stream().map(UnbornRecord::pseudonym).forEach(pseudonyms::add);
            candidate.adults().stream().map(AdultRecord::pseudonym).forEach(pseudonyms::add);
        }
        this.names = pseudonyms.stream()
                .map(p -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])"))
                .toList();
    }

    /** Records a gap for every field of the objective's findings and learning that names a case or person. */
    void checkBrief(Objective objective, Audit audit, ContentGaps gaps) {
        audit.findingsFor(objective.id()).ifPresent(findings -> {
            JsonPointer at = JsonPointer.root()
                    .append("findings")
                    .append(audit.findings().indexOf(findings));
            check(List.of(findings.keyMessage()), at.append("keyMessage"), objective, gaps);
            check(findings.narrative(), at.append("narrative"), objective, gaps);
            check(findings.goodPractice(), at.append("goodPractice"), objective, gaps);
            check(findings.areasForDevelopment(), at.append("areasForDevelopment"), objective, gaps);
        });
        audit.learningFor(objective.id()).ifPresent(learning -> {
            JsonPointer at = JsonPointer.root()
                    .append("learning")
                    .append(audit.learning().indexOf(learning));
            check(learning.whyItMatters(), at.append("whyItMatters"), objective, gaps);
            check(learning.whatGoodLooksLike(), at.append("whatGoodLooksLike"), objective, gaps);
            check(learning.thingsToRemember(), at.append("thingsToRemember"), objective, gaps);
            check(learning.whatToDo(), at.append("whatToDo"), objective, gaps);
            check(learning.reflectionQuestions(), at.append("reflectionQuestions"), objective, gaps);
        });
    }

    /** Whether a text names a case or a person of the audit by pseudonym. */
    boolean names(String text) {
        return names.stream().anyMatch(p -> p.matcher(text).find());
    }

    private void check(List<String> texts, JsonPointer at, Objective objective, ContentGaps gaps) {
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (names.stream().anyMatch(p -> p.matcher(text).find())) {
                JsonPointer where = at.toString().endsWith("keyMessage") ? at : at.append(i);
                gaps.missing(
                        where,
                        "text that names no case, child or adult for objective '" + objective.id() + "', as it is"
                                + " published",
                        "Disguise the case in this entry: remove its pseudonym, or describe the family in general"
                                + " terms.");
            }
        }
    }
}

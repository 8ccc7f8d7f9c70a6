package dev.maca.validation;

import dev.maca.audit.Audit;
import dev.maca.cohort.AdultRecord;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.ChildRecord;
import dev.maca.cohort.UnbornRecord;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pseudonyms an audit gives its cases, children, unborn babies and adults, to keep them out of what is published
 * (briefs, the seminar's case study): a pseudonym is matched as a whole word, so "Family 1" is not found in "Family 12".
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Pseudonyms {
    private final List<Pattern> names;

    private Pseudonyms(List<Pattern> names) {
        this.names = names;
    }

    /**
     * The pseudonyms of every candidate case of the audit and of the people in it.
     *
     * @param audit the audit; never null
     */
    public static Pseudonyms of(Audit audit) {
        Objects.requireNonNull(audit, "audit is required but was null");
        Set<String> pseudonyms = new LinkedHashSet<>();
        for (CaseRecord candidate : audit.candidates()) {
            pseudonyms.add(candidate.pseudonym());
            candidate.children().stream().map(ChildRecord::pseudonym).forEach(pseudonyms::add);
            candidate.unborn().stream().map(UnbornRecord::pseudonym).forEach(pseudonyms::add);
            candidate.adults().stream().map(AdultRecord::pseudonym).forEach(pseudonyms::add);
        }
        return new Pseudonyms(pseudonyms.stream()
                .map(p -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])"))
                .toList());
    }

    /** Whether a text names a case or a person of the audit by pseudonym. */
    public boolean named(String text) {
        Objects.requireNonNull(text, "text is required but was null");
        return names.stream().anyMatch(p -> p.matcher(text).find());
    }
}

package dev.maca.report.documents;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A kind of family-level detail which, combined with others, can let a local reader recognise a family in a document
 * published as OFFICIAL: the kinds {@link FamilyDetails} looks for in each sentence.
 *
 * <ul>
 *   <li>{@link #FAMILY_COUNT}: a count of families, cases or households ("in 1 of the 15 families", "in one family",
 *       "two households");
 *   <li>{@link #AGE}: an age or stage of a child or pregnancy ("8 months old", "aged 3", "a 2-year-old", "20 weeks'
 *       gestation", "newborn");
 *   <li>{@link #MONTH}: a month or a day ("in March", "12/03/2020");
 *   <li>{@link #NAMED_SERVICE}: a named service or place: capitalised words ending in Centre, Team, Unit, Clinic,
 *       Hospital, Ward, Project, Hub, Refuge, School, Nursery, Surgery, Service or Services, other than the names of
 *       the partners the scope lists (those are the partnership's own, and name no family).
 * </ul>
 */
public enum FamilyDetail {
    /** A count of families, cases or households. */
    FAMILY_COUNT(
            "a count of families",
            true,
            "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a single)\\s+"
                    + "((of the\\s+)?(\\d+\\s+)?)(famil(y|ies)|cases?|households?)\\b"),
    /** An age or stage of a child or pregnancy. */
    AGE(
            "an age",
            true,
            "\\b\\d+[\\s-]*(week|month|year)s?(['’]|[\\s-]+old|\\s+gestation)|\\baged\\s+\\d+|\\b\\d+-(week|month|year)-old"
                    + "|\\bnew-?born\\b|\\bweeks['’]? gestation"),
    /** A month or a day. */
    MONTH(
            "a month or date",
            false,
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b"
                    + "|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"),
    /** A named service or place. */
    NAMED_SERVICE(
            "a named service or place",
            false,
            "\\b([A-Z][\\p{L}'’-]+\\s+)+(Centre|Center|Team|Unit|Clinic|Hospital|Ward|Project|Hub|Refuge|School|Nursery"
                    + "|Surgery|Service|Services)\\b");

    private final String label;
    private final Pattern pattern;

    FamilyDetail(String label, boolean anyCase, String regex) {
        this.label = label;
        this.pattern = Pattern.compile(regex, anyCase ? Pattern.CASE_INSENSITIVE : 0);
    }

    /** The kind in words, e.g. "a count of families". */
    public String label() {
        return label;
    }

    /**
     * Whether a sentence mentions this kind of detail.
     *
     * @param partnerNames the names of the scope's partners, which are not a named service of a family
     */
    boolean in(String sentence, List<String> partnerNames) {
        if (this != NAMED_SERVICE) {
            return pattern.matcher(sentence).find();
        }
        var m = pattern.matcher(sentence);
        while (m.find()) {
            String name = m.group().toLowerCase(Locale.ROOT);
            if (partnerNames.stream().noneMatch(p -> name.endsWith(p.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }
}

package dev.maca.report.family;

import dev.maca.cohort.AdultRecord;
import dev.maca.cohort.AgencyInvolvement;
import dev.maca.cohort.Birth;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.ChildRecord;
import dev.maca.cohort.EngagementRequirement;
import dev.maca.cohort.FirstYearEvent;
import dev.maca.cohort.UnbornRecord;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts of a family's front sheet in words, the same on the agencies' forms, the panel pack and the panel record
 * form: who is in the family ("Child A, aged 1–4"; "Baby B, born in August 2020 at term"), the audit period ("January
 * to December 2020") and each agency's involvement ("from December 2019 to June 2020").
 *
 * <p>Pseudonyms and roles only, as the case record holds them; months, never dates of birth.
 */
public final class FamilySheet {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    private FamilySheet() {}

    /** One person of the family in words, with what the front sheet says about them. */
    public record Member(String pseudonym, String description) {
        /** Checks the fields. */
        public Member {
            Objects.requireNonNull(pseudonym, "pseudonym is required but was null");
            Objects.requireNonNull(description, "description is required but was null");
        }

        /** The member as one line: "Child A – aged 1–4". */
        public String line() {
            return description.isEmpty() ? pseudonym : pseudonym + " – " + description;
        }
    }

    /**
     * Everyone in the family, in the case record's order: the children, each baby (born, with its birth, or still
     * unborn, with its due month), then the adults by role.
     */
    public static List<Member> members(CaseRecord family) {
        Objects.requireNonNull(family, "family is required but was null");
        List<Member> members = new ArrayList<>();
        for (ChildRecord child : family.children()) {
            members.add(new Member(child.pseudonym(), "aged " + child.ageBand().label()));
        }
        for (UnbornRecord baby : family.unborn()) {
            members.add(baby.birth()
                    .map(birth -> new Member(birth.knownAs(), born(baby, birth)))
                    .orElseGet(() -> new Member(baby.pseudonym(), "unborn, due in " + month(baby.expected()))));
        }
        for (AdultRecord adult : family.adults()) {
            String role = adult.role().label();
            members.add(
                    adult.pseudonym().equalsIgnoreCase(role)
                            ? new Member(role, "")
                            : new Member(adult.pseudonym(), lowerFirst(role)));
        }
        return List.copyOf(members);
    }

    /** A baby's birth as the front sheet gives it: "born in August 2020 (due September) at term; went home …". */
    public static String born(UnbornRecord baby, Birth birth) {
        StringBuilder text = new StringBuilder("born in " + month(birth.month()));
        if (!birth.month().equals(baby.expected())) {
            text.append(" (due ").append(month(baby.expected())).append(')');
        }
        text.append(", ").append(birth.gestation().label());
        text.append("; went ").append(birth.wentHomeTo().label());
        text.append("; ").append(birth.planAtBirth().label()).append(" at birth");
        for (FirstYearEvent event : birth.firstYear()) {
            text.append("; ").append(event.kind().label()).append(" in ").append(month(event.month()));
        }
        return text.toString();
    }

    /** The period the audit looks at, from the cohort's engagement requirement: "January to December 2020". */
    public static String auditPeriod(EngagementRequirement engagement) {
        Objects.requireNonNull(engagement, "engagement is required but was null");
        return period(engagement.from(), engagement.to());
    }

    /**
     * What the audit covers beyond its period for this family: a baby born, or due, after the period ends — its birth
     * and its first weeks up to the audit belong to the audit too ("For Baby B, born in January 2021, the audit also
     * covers the birth and the weeks up to the audit.").
     */
    public static Optional<String> afterThePeriod(EngagementRequirement engagement, CaseRecord family) {
        Objects.requireNonNull(engagement, "engagement is required but was null");
        Objects.requireNonNull(family, "family is required but was null");
        List<String> babies = new ArrayList<>();
        for (UnbornRecord baby : family.unborn()) {
            YearMonth month = baby.birth().map(Birth::month).orElse(baby.expected());
            if (month.isAfter(engagement.to())) {
                babies.add(baby.currentPseudonym()
                        + (baby.birth().isPresent() ? ", born in " : ", due in ")
                        + month(month));
            }
        }
        if (babies.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("For " + String.join(" and for ", babies) + ", the audit also covers the birth and the"
                + " weeks up to the audit.");
    }

    /** When an agency was involved: "from December 2019 to June 2020", or "from March 2019 and still involved". */
    public static String involvement(AgencyInvolvement involvement) {
        Objects.requireNonNull(involvement, "involvement is required but was null");
        return involvement
                .to()
                .map(to -> involvement.from().equals(to) ? "in " + month(to) : "from " + period(involvement.from(), to))
                .orElseGet(() -> "from " + month(involvement.from()) + " and still involved");
    }

    /** A month in words: "May 2021". */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /**
     * A period of months in words, naming the year once where it can: "January to December 2020", "November 2019 to
     * March 2020", or "March 2020" for a single month.
     */
    public static String period(YearMonth from, YearMonth to) {
        if (from.equals(to)) {
            return month(from);
        }
        String start = from.getYear() == to.getYear()
                ? from.getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
                : month(from);
        return start + " to " + month(to);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}

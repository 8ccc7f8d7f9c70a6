package dev.maca.cohort;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One pseudonymised family considered for an audit: who is in it (by pseudonym, age band and role, never by name or
 * date of birth), its case features, the agencies involved and when, and the facts that may rule it out of a cohort.
 *
 * @param id stable lower-kebab-case id (e.g. {@code family-07}), used in file names and JSON
 * @param pseudonym how documents name the case (e.g. "Family 7")
 * @param children the children, by pseudonym and age band
 * @param unborn unborn babies, with their expected month
 * @param adults the adults, by role
 * @param features case-feature ids (e.g. {@code domestic-abuse}, {@code maternal-mental-health})
 * @param involvements the agencies involved and when
 * @param flags what stood for the family when the cohort was chosen (live care proceedings, a practice review under
 *     way, the index family); criteria may exclude on them
 */
public record CaseRecord(
        String id,
        String pseudonym,
        List<ChildRecord> children,
        List<UnbornRecord> unborn,
        List<AdultRecord> adults,
        List<String> features,
        List<AgencyInvolvement> involvements,
        List<CaseFlag> flags) {
    public CaseRecord {
        present(id, "case id");
        nonBlank(pseudonym, "case pseudonym");
        children = list(children, "case children");
        unborn = list(unborn, "case unborn");
        adults = list(adults, "case adults");
        features = list(features, "case features");
        involvements = list(involvements, "case involvements");
        flags = list(flags, "case flags");
    }

    /** A family with no flags (as every case of a MACA 0.1 file is). */
    public CaseRecord(
            String id,
            String pseudonym,
            List<ChildRecord> children,
            List<UnbornRecord> unborn,
            List<AdultRecord> adults,
            List<String> features,
            List<AgencyInvolvement> involvements) {
        this(id, pseudonym, children, unborn, adults, features, involvements, List.of());
    }

    /** This family with these flags in place of its own. */
    public CaseRecord withFlags(List<CaseFlag> newFlags) {
        return new CaseRecord(id, pseudonym, children, unborn, adults, features, involvements, newFlags);
    }

    /** Whether the family has this flag. */
    public boolean has(CaseFlag flag) {
        return flags.contains(flag);
    }

    /** Whether any involvement is with this agency. */
    public boolean involves(String agencyId) {
        return involvements.stream().anyMatch(i -> i.agencyId().equals(agencyId));
    }

    /**
     * The children each agency is asked about, by pseudonym: every child of the case, then every baby, by the name it
     * is known by once born or its unborn pseudonym while unborn — the unborn baby's experience is part of what a
     * pre-birth audit asks about. The lived-experience question of an audit tool is asked for each.
     */
    public List<String> childrenAskedAbout() {
        List<String> names = new ArrayList<>();
        children.forEach(child -> names.add(child.pseudonym()));
        unborn.forEach(baby -> names.add(baby.currentPseudonym()));
        return List.copyOf(names);
    }

    /**
     * Whether the family had a baby under one at any time from {@code from} to {@code to} inclusive: a child in the
     * under-1 band, or a baby whose recorded birth falls within a year of the period.
     */
    public boolean hasBabyUnderOneDuring(YearMonth from, YearMonth to) {
        return children.stream().anyMatch(child -> child.ageBand() == AgeBand.UNDER_1)
                || unborn.stream().anyMatch(baby -> baby.birth()
                        .filter(birth -> birth.underOneDuring(from, to))
                        .isPresent());
    }

    /** The involvement of an agency, if it was involved: the first recorded, when there are several. */
    public java.util.Optional<AgencyInvolvement> involvementOf(String agencyId) {
        return involvements.stream().filter(i -> i.agencyId().equals(agencyId)).findFirst();
    }

    /** The ids of the agencies involved, each once, in the order first recorded. */
    public List<String> involvedAgencyIds() {
        return involvements.stream().map(AgencyInvolvement::agencyId).distinct().toList();
    }
}

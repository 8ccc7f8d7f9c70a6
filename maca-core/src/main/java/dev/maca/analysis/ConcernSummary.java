package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import dev.maca.panel.ConcernSource;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The immediate concerns found during the audit, counted by status and source, with the families they are about and
 * the returns that said something needed action now — figures a report can print ("3 concerns were raised, in 2 of 15
 * families; 1 is still open") without any concern's detail, which never leaves the audit file.
 *
 * <p>Every concern the audit lists is counted, whatever case it names, so none is lost from the totals; only cohort
 * families are counted in {@link #families()} (audit validation reports a concern about any other case).
 *
 * @param total how many concerns the audit lists
 * @param open how many are still open
 * @param closed how many are closed
 * @param families cohort families with any concern, of the cohort
 * @param familiesWithOpen cohort families with a concern still open, of the cohort
 * @param bySource how many concerns were raised from each source, every source present, in the enum's order
 * @param concernIds every concern's id, in the order raised
 * @param openConcernIds the ids of the concerns still open, in the order raised
 * @param raisedInReturns the counted returns whose auditor said something needs action now, in cohort then agency
 *     order ("raised in N returns")
 */
public record ConcernSummary(
        int total,
        int open,
        int closed,
        FamilyCount families,
        FamilyCount familiesWithOpen,
        Map<ConcernSource, Integer> bySource,
        List<String> concernIds,
        List<String> openConcernIds,
        List<ReturnRef> raisedInReturns) {
    public ConcernSummary {
        present(families, "concern summary families");
        present(familiesWithOpen, "concern summary familiesWithOpen");
        present(bySource, "concern summary bySource");
        EnumMap<ConcernSource, Integer> sources = new EnumMap<>(ConcernSource.class);
        for (ConcernSource source : ConcernSource.values()) {
            sources.put(source, present(bySource.get(source), "concern summary bySource[" + source + "]"));
        }
        bySource = Collections.unmodifiableMap(sources);
        concernIds = list(concernIds, "concern summary concernIds");
        openConcernIds = list(openConcernIds, "concern summary openConcernIds");
        raisedInReturns = list(raisedInReturns, "concern summary raisedInReturns");
        int fromSources = sources.values().stream().mapToInt(Integer::intValue).sum();
        if (open < 0
                || closed < 0
                || open + closed != total
                || fromSources != total
                || concernIds.size() != total
                || openConcernIds.size() != open) {
            throw new IllegalArgumentException("a concern summary's counts must agree: " + total + " concerns ("
                    + concernIds.size() + " ids), " + open + " open (" + openConcernIds.size() + " ids), " + closed
                    + " closed, " + fromSources + " by source");
        }
    }

    /** How many concerns were raised from one source. */
    public int count(ConcernSource source) {
        return bySource.get(present(source, "source"));
    }
}

package dev.maca.analysis;

import java.util.List;

/** Checks the breakdown records share: one tally per key, in the keys' order, all of one total. */
final class Breakdowns {
    private Breakdowns() {}

    static <K> void check(List<Tally<K>> tallies, List<K> keys, String what) {
        if (tallies.size() != keys.size()) {
            throw new IllegalArgumentException(
                    what + " needs one tally per key " + keys + ", but had " + tallies.size() + " tallies");
        }
        int total = 0;
        for (int i = 0; i < keys.size(); i++) {
            if (!tallies.get(i).key().equals(keys.get(i))) {
                throw new IllegalArgumentException(what + " tally " + i + " should count " + keys.get(i)
                        + " but counts " + tallies.get(i).key());
            }
            total += tallies.get(i).count();
        }
        for (Tally<K> tally : tallies) {
            if (tally.share().total() != total) {
                throw new IllegalArgumentException(what + " tallies must all be shares of the sum of their counts ("
                        + total + "), but " + tally.key() + " is " + tally.share());
            }
        }
    }
}

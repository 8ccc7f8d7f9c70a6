package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;

import java.util.AbstractList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of returns held as a set of return ordinals (case position × agency count + agency position) over
 * one shared table of {@link ReturnRef}s: one bit per return, in cohort then agency order by construction.
 *
 * <p>This keeps traceability cheap: an analysis of 10,000 cases has hundreds of thousands of sources per figure family,
 * and lists of references would be built, grown and copied for every one. The bit set is owned by this list from
 * construction on; nothing else may change it.
 */
final class SourceList extends AbstractList<ReturnRef> implements RandomAccess {
    private final BitSet ordinals;
    private final ReturnRef[] table;
    private final int size;
    private volatile int[] positions;

    SourceList(BitSet ordinals, ReturnRef[] table) {
        this.ordinals = ordinals;
        this.table = table;
        this.size = ordinals.cardinality();
    }

    /** {@code sources} itself when it is a source list, otherwise an unmodifiable copy rejecting nulls. */
    static List<ReturnRef> immutable(List<ReturnRef> sources, String field) {
        return sources instanceof SourceList ? sources : list(sources, field);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public ReturnRef get(int index) {
        Objects.checkIndex(index, size);
        int[] at = positions;
        if (at == null) {
            at = new int[size];
            int i = 0;
            for (int o = ordinals.nextSetBit(0); o >= 0; o = ordinals.nextSetBit(o + 1)) {
                at[i++] = o;
            }
            positions = at;
        }
        return table[at[index]];
    }

    @Override
    public Iterator<ReturnRef> iterator() {
        return new Iterator<>() {
            private int next = ordinals.nextSetBit(0);

            @Override
            public boolean hasNext() {
                return next >= 0;
            }

            @Override
            public ReturnRef next() {
                if (next < 0) {
                    throw new NoSuchElementException();
                }
                ReturnRef ref = table[next];
                next = ordinals.nextSetBit(next + 1);
                return ref;
            }
        };
    }
}

package org.hyperedge.ui.instances;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows a virtual table has fetched, in blocks of {@value #BLOCK}: the table asks by index, a missing
 * block is fetched once in the background, and a new epoch (a new filter or sort) drops what an older
 * query's fetches bring back late. Used on the UI thread only.
 */
final class RowBlocks<T> {

    static final int BLOCK = 200;

    private Map<Integer, List<T>> blocks = new HashMap<>();
    private final Set<Integer> loading = new HashSet<>();
    private long epoch;

    T get(int index) {
        List<T> block = blocks.get(index / BLOCK);
        int offset = index % BLOCK;
        return block == null || offset >= block.size() ? null : block.get(offset);
    }

    /** True when the caller should fetch the block: it is neither here nor on its way. */
    boolean claim(int block) {
        return !blocks.containsKey(block) && loading.add(block);
    }

    void put(long fetchedIn, int block, List<T> rows) {
        if (fetchedIn == epoch) {
            blocks.put(block, rows);
            loading.remove(block);
        }
    }

    /** Starts a new epoch; rows stay visible until {@link #replace} brings the new ones. */
    long nextEpoch() {
        return ++epoch;
    }

    /** The blocks fetched so far (what a refresh in place reads again). */
    java.util.Set<Integer> loaded() {
        return new java.util.TreeSet<>(blocks.keySet());
    }

    long epoch() {
        return epoch;
    }

    /** All blocks at once, fetched in {@code fetchedIn}: the table's content after a refresh. */
    boolean replace(long fetchedIn, Map<Integer, List<T>> fresh) {
        if (fetchedIn != epoch) {
            return false;
        }
        blocks = new HashMap<>(fresh);
        loading.clear();
        return true;
    }
}

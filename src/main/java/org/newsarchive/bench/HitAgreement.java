package org.newsarchive.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How far two engines agree on one query: total hit counts and the overlap of their top 10.
 *
 * @param countRatio smaller total / larger total (1 when both find nothing)
 * @param topOverlap shared ids in the two top lists / length of the longer list (1 when both are empty)
 */
public record HitAgreement(long ours, long peer, double countRatio, double topOverlap) {

    public static HitAgreement of(long ours, long peer, List<String> ourTop, List<String> peerTop) {
        double ratio = ours == peer ? 1.0 : (double) Math.min(ours, peer) / Math.max(ours, peer);
        int longer = Math.max(ourTop.size(), peerTop.size());
        double overlap;
        if (longer == 0) {
            overlap = 1.0;
        } else {
            Set<String> shared = new HashSet<>(ourTop);
            shared.retainAll(new HashSet<>(peerTop));
            overlap = (double) shared.size() / longer;
        }
        return new HitAgreement(ours, peer, ratio, overlap);
    }

    /** True when the two totals are equal. */
    public boolean sameCount() {
        return ours == peer;
    }
}

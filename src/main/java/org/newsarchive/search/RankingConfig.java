package org.newsarchive.search;

/**
 * Ranking knobs, chosen by {@code eval} figures on the three French relevance sets (see docs/RELEVANCE.md).
 *
 * @param titleWeight weight of a title match added on top of the title+body match; 0 turns it off
 */
public record RankingConfig(float titleWeight) {
    public static final RankingConfig DEFAULT = new RankingConfig(0.5f);
}

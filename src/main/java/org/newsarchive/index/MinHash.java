package org.newsarchive.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.BytesRef;

/**
 * Near-duplicate signature of a text: MinHash over word shingles, cut into LSH bands.
 *
 * <p>Words are lower-cased and accent-folded, then every run of {@value #SHINGLE_WORDS} words is one shingle. The
 * signature keeps, for each of {@value #HASHES} hash functions, the lowest {@value #BITS} bits of the smallest hash
 * over all shingles (b-bit MinHash, Li and König 2010): two texts agree at a position with probability
 * J + (1 - J) / 2^{@value #BITS} for a Jaccard similarity J of their shingle sets, so the share of equal positions,
 * corrected for chance agreement, estimates J. One byte a position instead of four keeps the stored signature at
 * 128 bytes (the 32-bit form was an eighth of the whole index), for an estimate about as tight at the thresholds
 * used. Signatures are cut into {@value #BANDS} bands of {@value #ROWS} rows: two texts sharing one whole band are
 * candidates, which finds pairs above about 0.4 Jaccard with high probability (1 - (1 - J^4)^32: 0.96 at J = 0.4,
 * 0.9999 at J = 0.6) without comparing every pair.
 */
public final class MinHash {
    public static final int HASHES = 128;
    public static final int ROWS = 4;
    public static final int BANDS = HASHES / ROWS;
    static final int SHINGLE_WORDS = 3;
    /** Bits kept of each minimum. */
    static final int BITS = 8;
    private static final double CHANCE = 1.0 / (1 << BITS);

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Hash function i is x -> high 32 bits of (MUL[i] * x + ADD[i]): multiply-shift, one multiply per hash. */
    private static final long[] MUL = new long[HASHES];
    private static final long[] ADD = new long[HASHES];
    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            MUL[i] = mix(x += 0x9E3779B97F4A7C15L) | 1L;
            ADD[i] = mix(x += 0x9E3779B97F4A7C15L);
        }
    }

    private MinHash() {}

    /** The signature of {@code text}, or null when it has no word at all. */
    public static int[] signature(String text) {
        return signature(words(text));
    }

    /** The signature of folded {@code words} (see {@link #words}), or null when there is none. */
    public static int[] signature(List<String> words) {
        if (words.isEmpty()) return null;
        // Each word hashed once; a shingle's hash combines its words' hashes in order.
        long[] wordHashes = new long[words.size()];
        for (int w = 0; w < wordHashes.length; w++) wordHashes[w] = fnv(words.get(w));
        int[] min = new int[HASHES];
        Arrays.fill(min, -1); // compared unsigned: the largest value
        int shingles = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        for (int s = 0; s < shingles; s++) {
            long h = 0;
            for (int w = s; w < Math.min(words.size(), s + SHINGLE_WORDS); w++) h = mix(h * 0x100000001b3L + wordHashes[w]);
            for (int i = 0; i < HASHES; i++) {
                int v = (int) ((MUL[i] * h + ADD[i]) >>> 32);
                if (Integer.compareUnsigned(v, min[i]) < 0) min[i] = v;
            }
        }
        for (int i = 0; i < HASHES; i++) min[i] &= (1 << BITS) - 1;
        return min;
    }

    /** Estimated Jaccard similarity: the share of positions where both signatures agree, less chance agreement. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) same++;
        return Math.max(0, (same / (double) HASHES - CHANCE) / (1 - CHANCE));
    }

    /** One binary keyword per band: its number, then its rows; equal keywords mean an equal band. */
    public static List<BytesRef> bandKeys(int[] signature) {
        List<BytesRef> keys = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            byte[] key = new byte[1 + ROWS];
            key[0] = (byte) b;
            for (int r = 0; r < ROWS; r++) key[1 + r] = (byte) signature[b * ROWS + r];
            keys.add(new BytesRef(key));
        }
        return keys;
    }

    /** Lower-cased, accent-folded words of {@code text}. */
    public static List<String> words(String text) {
        return foldedWords(MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT));
    }

    /** The words of text already lower-cased and accent-folded. */
    public static List<String> foldedWords(String folded) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) words.add(m.group());
        return words;
    }

    private static long fnv(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) h = (h ^ word.charAt(i)) * 0x100000001b3L;
        return h;
    }

    /** SplitMix64's finaliser: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Packs a signature for a stored field: one byte a position. */
    public static byte[] toBytes(int[] signature) {
        byte[] bytes = new byte[HASHES];
        for (int i = 0; i < HASHES; i++) bytes[i] = (byte) signature[i];
        return bytes;
    }

    /** Unpacks a stored signature; null for one of another length (an index written before b-bit signatures). */
    public static int[] fromBytes(byte[] bytes, int offset, int length) {
        if (length != HASHES) return null;
        int[] sig = new int[HASHES];
        for (int i = 0; i < HASHES; i++) sig[i] = bytes[offset + i] & 0xFF;
        return sig;
    }
}

package org.newsarchive.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Near-duplicate signature of a text: MinHash over word shingles, cut into LSH bands.
 *
 * <p>Words are lower-cased and accent-folded, then every run of {@value #SHINGLE_WORDS} words is one shingle. The
 * signature keeps, for each of {@value #HASHES} hash functions, the smallest hash over all shingles; the share of
 * equal positions in two signatures estimates the Jaccard similarity of their shingle sets. Signatures are cut into
 * {@value #BANDS} bands of {@value #ROWS} rows: two texts sharing one whole band are candidates, which finds pairs
 * above about 0.4 Jaccard with high probability (1 - (1 - J^4)^32: 0.96 at J = 0.4, 0.9999 at J = 0.6)
 * without comparing every pair.
 */
public final class MinHash {
    public static final int HASHES = 128;
    public static final int ROWS = 4;
    public static final int BANDS = HASHES / ROWS;
    static final int SHINGLE_WORDS = 3;

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
        int[] min = new int[HASHES];
        Arrays.fill(min, Integer.MAX_VALUE);
        int shingles = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        for (int s = 0; s < shingles; s++) {
            long h = 0xcbf29ce484222325L;
            for (int w = s; w < Math.min(words.size(), s + SHINGLE_WORDS); w++) {
                h = fnv(h, words.get(w));
                h = (h ^ ' ') * 0x100000001b3L;
            }
            h = mix(h);
            for (int i = 0; i < HASHES; i++) {
                int v = (int) ((MUL[i] * h + ADD[i]) >>> 32);
                if (v < min[i]) min[i] = v;
            }
        }
        return min;
    }

    /** Estimated Jaccard similarity: the share of positions where both signatures agree. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) same++;
        return same / (double) HASHES;
    }

    /** One keyword per band: "band number:hash of its rows"; equal keywords mean an equal band. */
    public static List<String> bandKeys(int[] signature) {
        List<String> keys = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) h = mix(h * 31 + signature[b * ROWS + r]);
            keys.add(b + ":" + Long.toHexString(h));
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

    private static long fnv(long h, String word) {
        for (int i = 0; i < word.length(); i++) h = (h ^ word.charAt(i)) * 0x100000001b3L;
        return h;
    }

    /** SplitMix64's finaliser: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Packs a signature for a stored field. */
    public static byte[] toBytes(int[] signature) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(HASHES * Integer.BYTES);
        for (int v : signature) buf.putInt(v);
        return buf.array();
    }

    public static int[] fromBytes(byte[] bytes, int offset, int length) {
        if (length != HASHES * Integer.BYTES) return null;
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes, offset, length);
        int[] sig = new int[HASHES];
        for (int i = 0; i < HASHES; i++) sig[i] = buf.getInt();
        return sig;
    }
}

// Candidate comparison for issue 5 (not part of the build). See ../language-detection.md for how to run it.
import com.fasterxml.jackson.databind.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.zip.GZIPInputStream;
import com.github.pemistahl.lingua.api.*;
import opennlp.tools.langdetect.LanguageDetectorModel; import opennlp.tools.langdetect.LanguageDetectorME;

public class Bench {
    record Doc(String lang, String title, String body) {}
    interface Det { String detect(String text); }
    static final List<String> OURS = List.of("fr","en","de","es","it","pt","nl","ar");

    public static void main(String[] a) throws Exception {
        String mode = a[0]; int perLang = Integer.parseInt(a[1]); int maxChars = Integer.parseInt(a[2]);
        List<Doc> docs = load(perLang);
        System.gc(); Thread.sleep(200); System.gc();
        long base = used();
        long t0 = System.nanoTime();
        Det det = make(mode);
        det.detect("Ceci est une phrase de démarrage.");
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        System.gc(); Thread.sleep(200); System.gc();
        long heap = used() - base;
        // warm-up
        for (int i = 0; i < Math.min(300, docs.size()); i++) det.detect(cut(docs.get(i).body, maxChars));
        for (String kind : List.of("body", "title")) {
            Map<String, Map<String, Integer>> conf = new TreeMap<>();
            int n = 0, ok = 0; long ns = 0;
            for (Doc d : docs) {
                String text = kind.equals("body") ? d.body : d.title;
                if (kind.equals("body") && d.body.length() < 200) continue;
                if (text.isBlank()) continue;
                text = cut(text, maxChars);
                long s = System.nanoTime();
                String got = det.detect(text);
                ns += System.nanoTime() - s;
                n++; if (d.lang.equals(got)) ok++;
                conf.computeIfAbsent(d.lang, k -> new TreeMap<>()).merge(got, 1, Integer::sum);
            }
            System.out.printf(Locale.ROOT, "%s %s maxChars=%d n=%d acc=%.4f %.3f ms/doc load=%d ms heap=%d MB%n  %s%n",
                mode, kind, maxChars, n, ok / (double) n, ns / 1e6 / n, loadMs, heap >> 20, conf);
        }
    }
    static String cut(String s, int max) { return s.length() <= max ? s : s.substring(0, max); }
    static long used() { Runtime r = Runtime.getRuntime(); return r.totalMemory() - r.freeMemory(); }

    static Det make(String mode) throws Exception {
        switch (mode) {
            case "lingua-high", "lingua-low" -> {
                var b = LanguageDetectorBuilder.fromLanguages(Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH,
                        Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.ARABIC).withPreloadedLanguageModels();
                if (mode.equals("lingua-low")) b = b.withLowAccuracyMode();
                var d = b.build();
                return t -> { var l = d.detectLanguageOf(t); return l == Language.UNKNOWN ? "und" : l.getIsoCode639_1().toString(); };
            }
            case "opennlp", "opennlp-restricted" -> {
                LanguageDetectorModel m;
                try (InputStream in = Bench.class.getResourceAsStream("/langdetect-183.bin")) { m = new LanguageDetectorModel(in); }
                var d = new LanguageDetectorME(m);
                Map<String, String> iso3 = Map.of("fra","fr","eng","en","deu","de","spa","es","ita","it","por","pt","nld","nl","ara","ar");
                boolean restricted = mode.endsWith("restricted");
                return t -> {
                    if (!restricted) { var l = d.predictLanguage(t); return iso3.getOrDefault(l.getLang(), "x-" + l.getLang()); }
                    for (var l : d.predictLanguages(t)) { String c = iso3.get(l.getLang()); if (c != null) return c; }
                    return "und";
                };
            }
        }
        throw new IllegalArgumentException(mode);
    }

    static List<Doc> load(int perLang) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> count = new HashMap<>();
        List<Doc> out = new ArrayList<>();
        String root = "/work/shared/corpora/";
        String[] files = {"orangesum/orangesum_fr.jsonl.gz","masakhanews/masakhanews_en_fr.jsonl.gz","reuters21578/reuters21578_en.jsonl.gz",
            "dewikinews-quotes/dewikinews_de.jsonl.gz","spanish-fake-news/spanish_fake_news_es.jsonl.gz","saudinewsnet/saudinewsnet_ar.jsonl.gz"};
        for (String f : files) {
            List<Doc> all = new ArrayList<>();
            try (var r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(Path.of(root + f))), "UTF-8"))) {
                String line; while ((line = r.readLine()) != null) {
                    JsonNode n = json.readTree(line);
                    all.add(new Doc(n.path("lang").asText(), n.path("title").asText(""), n.path("body").asText("")));
                }
            }
            Collections.shuffle(all, new Random(42));
            for (Doc d : all) if (count.merge(d.lang + "/" + f, 1, Integer::sum) <= perLang) out.add(d);
        }
        Collections.shuffle(out, new Random(7));
        return out;
    }
}

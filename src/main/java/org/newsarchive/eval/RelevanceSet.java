package org.newsarchive.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Queries (JSON lines {@code {"qid","query"}}) with their judgments (TREC qrels {@code qid 0 docid grade}).
 * Queries without any positive judgment are dropped: they cannot be scored.
 */
public record RelevanceSet(Map<String, String> queries, Map<String, Map<String, Integer>> qrels) {

    public static RelevanceSet load(Path queriesFile, Path qrelsFile) throws IOException {
        Map<String, Map<String, Integer>> qrels = new HashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(qrelsFile, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) continue;
            String[] parts = line.strip().split("\\s+");
            if (parts.length != 4) throw new IllegalArgumentException(qrelsFile + ":" + lineNo + ": want 'qid 0 docid grade'");
            int grade;
            try {
                grade = Integer.parseInt(parts[3]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(qrelsFile + ":" + lineNo + ": grade is not a number: " + parts[3]);
            }
            if (grade > 0) qrels.computeIfAbsent(parts[0], q -> new HashMap<>()).put(parts[2], grade);
        }
        Map<String, String> queries = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(queriesFile, StandardCharsets.UTF_8)) {
            lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) continue;
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (IOException e) {
                    throw new IllegalArgumentException(queriesFile + ":" + lineNo + ": not JSON");
                }
                if (!node.hasNonNull("qid") || !node.hasNonNull("query")) {
                    throw new IllegalArgumentException(queriesFile + ":" + lineNo + ": want {\"qid\": ..., \"query\": ...}");
                }
                String qid = node.get("qid").asText();
                // A topic without judgments, or without text, cannot be scored: it is left out of the count.
                if (qrels.containsKey(qid) && !node.get("query").asText().isBlank()) queries.put(qid, node.get("query").asText());
            }
        }
        return new RelevanceSet(queries, qrels);
    }
}

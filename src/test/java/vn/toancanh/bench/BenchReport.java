package vn.toancanh.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Collects the figures, computes the ratios, and writes target/bench/results.json and a readable table. */
final class BenchReport {

    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();

    void put(String key, Object value) {
        results.put(key, value);
        lines.add(String.format("%-34s %s", key, value));
        System.out.println("[bench] " + key + " = " + value);
    }

    /** A figure already put, as a number (for a ratio of two). */
    double number(String key) {
        return ((Number) get(key)).doubleValue();
    }

    Object get(String key) {
        return results.get(key);
    }

    void rate(String key, long values, long nanos) {
        double seconds = nanos / 1e9;
        long perSecond = Math.round(values / seconds);
        put(key + "Seconds", Math.round(seconds * 10) / 10.0);
        put(key + "ValuesPerSecond", perSecond);
    }

    void latency(String key, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        put(key + "Count", sorted.size());
        put(key + "P50Ms", ms(sorted.get(sorted.size() / 2)));
        put(key + "P95Ms", ms(sorted.get((int) Math.floor(sorted.size() * 0.95))));
        put(key + "MaxMs", ms(sorted.get(sorted.size() - 1)));
    }

    void heap() {
        put("heapUsedMbAfterGc", Benchmark.heapUsedMb());
        put("heapMaxMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    void write() throws Exception {
        ratio("importJsonToCopyKeyed", "importJsonValuesPerSecond", "copyKeyedValuesPerSecond");
        ratio("importCsvToCopyKeyed", "importCsvValuesPerSecond", "copyKeyedValuesPerSecond");
        ratio("importCsvToCopyBare", "importCsvValuesPerSecond", "copyBareValuesPerSecond");
        ratio("reimportToCopyKeyed", "reimportCsvUnchangedValuesPerSecond", "copyKeyedValuesPerSecond");
        put("cores", Runtime.getRuntime().availableProcessors());
        put("java", System.getProperty("java.version"));
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("results.json"),
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(results));
        String table = "Toàn Cảnh data values benchmark\n" + String.join("\n", lines) + "\n";
        Files.writeString(dir.resolve("results.txt"), table);
        System.out.println(table);
    }

    private void ratio(String key, String numerator, String denominator) {
        if (results.get(numerator) instanceof Long n && results.get(denominator) instanceof Long d && d > 0) {
            put(key, Math.round(n * 1000.0 / d) / 1000.0);
        }
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}

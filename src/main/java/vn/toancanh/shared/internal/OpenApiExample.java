package vn.toancanh.shared.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One operation's examples from {@code openapi/examples/<module>.json}. Each file maps operations, written
 * {@code "METHOD /path"} exactly as in the OpenAPI document, to
 *
 * <pre>{@code
 * { "summary": "used only if the operation has none",
 *   "requestMediaType": "multipart/form-data (only to correct an upload springdoc took for JSON)",
 *   "request": { ...the JSON request body... },
 *   "responses": { "200": { ...the success body... }, "404": { ...the problem... } },
 *   "descriptions": { "200": "what a download or an empty answer returns" } }
 * }</pre>
 *
 * A file that does not parse, an unknown field, a null example or the same operation in two files fails start-up.
 */
record OpenApiExample(
        String source,
        String method,
        String path,
        @Nullable String summary,
        @Nullable String requestMediaType,
        @Nullable Object request,
        Map<String, Object> responses,
        Map<String, String> descriptions) {

    static final String LOCATION = "classpath*:openapi/examples/*.json";

    private static final Set<String> FIELDS =
            Set.of("summary", "requestMediaType", "request", "responses", "descriptions");

    String key() {
        return method + " " + path;
    }

    static List<OpenApiExample> loadAll(String location) {
        JsonMapper json = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        Map<String, OpenApiExample> byKey = new LinkedHashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
                String source = resource.getFilename();
                JsonNode root;
                try (InputStream in = resource.getInputStream()) {
                    root = json.readTree(in);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(
                            "OpenAPI examples " + source + " do not parse: " + e.getMessage(), e);
                }
                for (Map.Entry<String, JsonNode> property : root.properties()) {
                    OpenApiExample entry = parse(json, source, property.getKey(), property.getValue());
                    OpenApiExample earlier = byKey.putIfAbsent(entry.key(), entry);
                    if (earlier != null) {
                        throw new IllegalStateException("OpenAPI examples for '" + entry.key() + "' in both "
                                + earlier.source() + " and " + source);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(byKey.values());
    }

    private static OpenApiExample parse(JsonMapper json, String source, String key, JsonNode node) {
        String[] parts = key.split(" ", 2);
        if (parts.length != 2 || !parts[1].startsWith("/") || !node.isObject()) {
            throw new IllegalStateException(
                    "OpenAPI examples " + source + ": '" + key + "' must be \"METHOD /path\": {…}");
        }
        for (String field : node.propertyNames()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalStateException(
                        "OpenAPI examples " + source + ": '" + key + "' has an unknown field '" + field + "'");
            }
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> response : node.path("responses").properties()) {
            if (response.getValue().isNull()) {
                throw new IllegalStateException("OpenAPI examples " + source + ": '" + key + "' answers "
                        + response.getKey() + " with null; describe an empty answer in \"descriptions\"");
            }
            responses.put(response.getKey(), plain(json, response.getValue()));
        }
        Map<String, String> descriptions = new LinkedHashMap<>();
        node.path("descriptions")
                .properties()
                .forEach(d -> descriptions.put(d.getKey(), d.getValue().asString()));
        JsonNode summary = node.get("summary");
        JsonNode requestMediaType = node.get("requestMediaType");
        JsonNode request = node.get("request");
        return new OpenApiExample(
                source,
                parts[0].toUpperCase(Locale.ROOT),
                parts[1],
                summary == null ? null : summary.asString(),
                requestMediaType == null ? null : requestMediaType.asString(),
                request == null ? null : plain(json, request),
                responses,
                descriptions);
    }

    /** Maps and lists, so the document's own serializer writes them as JSON whatever its Jackson version. */
    private static Object plain(JsonMapper json, JsonNode node) {
        return json.treeToValue(node, Object.class);
    }
}

package vn.toancanh.shared.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Examples for the OpenAPI document, kept out of the controllers. Every {@code openapi/examples/*.json} on the
 * classpath (one file per module) maps an operation, written {@code "METHOD /path"} exactly as in the document, to
 *
 * <pre>{@code
 * { "summary": "used only if the operation has none",
 *   "request": { ...the JSON request body... },
 *   "responses": { "200": { ...the success body... }, "404": { ...a problem... } },
 *   "descriptions": { "200": "what a download or an empty answer returns" } }
 * }</pre>
 *
 * A request example goes on the body's JSON media types (an operation that declares no body gets an
 * application/json one). Success examples go on the response's JSON media types (application/json where it has none), problem details
 * (4xx, 5xx) on application/problem+json; an error status the operation does not declare is added. A file that does
 * not parse fails start-up; a key that matches no operation, or a success status the operation does not declare,
 * fails the document, so a typo never drops an example silently.
 */
@Component
class OpenApiExamples implements OpenApiCustomizer {

    static final String LOCATION = "classpath*:openapi/examples/*.json";

    private static final Set<String> FIELDS =
            Set.of("summary", "requestMediaType", "request", "responses", "descriptions");
    private static final Map<Integer, String> ERROR_DESCRIPTIONS = Map.of(
            400, "Lỗi dữ liệu đầu vào",
            401, "Chưa đăng nhập",
            403, "Không có quyền",
            404, "Không tìm thấy",
            409, "Xung đột dữ liệu",
            413, "Dữ liệu quá lớn",
            415, "Định dạng không được hỗ trợ",
            422, "Không xử lý được",
            429, "Quá nhiều yêu cầu");

    /** One operation's examples, read from {@code source}. */
    record Entry(
            String source,
            String method,
            String path,
            @Nullable String summary,
            @Nullable String requestMediaType,
            @Nullable Object request,
            Map<String, Object> responses,
            Map<String, String> descriptions) {

        String key() {
            return method + " " + path;
        }
    }

    private final List<Entry> entries;

    OpenApiExamples() {
        this.entries = load(LOCATION);
    }

    List<Entry> entries() {
        return entries;
    }

    @Override
    public void customise(OpenAPI openApi) {
        List<String> problems = new ArrayList<>();
        for (Entry entry : entries) {
            Operation operation = operation(openApi, entry.method(), entry.path());
            if (operation == null) {
                problems.add(entry.source() + ": '" + entry.key() + "' matches no operation");
            } else {
                apply(entry, operation, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("OpenAPI examples that do not fit the document: " + problems);
        }
    }

    static List<Entry> load(String location) {
        JsonMapper json = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        Map<String, Entry> byKey = new LinkedHashMap<>();
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
                    Entry entry = entry(json, source, property.getKey(), property.getValue());
                    Entry earlier = byKey.putIfAbsent(entry.key(), entry);
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

    private static Entry entry(JsonMapper json, String source, String key, JsonNode node) {
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
        return new Entry(
                source,
                parts[0].toUpperCase(java.util.Locale.ROOT),
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

    private static @Nullable Operation operation(OpenAPI openApi, String method, String path) {
        PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(path);
        if (item == null) {
            return null;
        }
        try {
            return item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void apply(Entry entry, Operation operation, List<String> problems) {
        if (entry.summary() != null
                && (operation.getSummary() == null || operation.getSummary().isBlank())) {
            operation.setSummary(entry.summary());
        }
        if (entry.requestMediaType() != null) {
            retypeRequest(entry, operation, entry.requestMediaType(), problems);
        }
        if (entry.request() != null) {
            if (operation.getRequestBody() == null) {
                // a handler that reads the body itself (from the servlet request) declares none
                operation.setRequestBody(new RequestBody()
                        .required(true)
                        .content(new Content().addMediaType("application/json", new MediaType())));
            }
            Content content = operation.getRequestBody().getContent();
            List<MediaType> json = content == null ? List.of() : jsonMediaTypes(content);
            if (json.isEmpty()) {
                problems.add(entry.source() + ": '" + entry.key() + "' takes no JSON request body");
            }
            json.forEach(m -> setExample(m, entry.request()));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        entry.responses().forEach((code, example) -> {
            ApiResponse response = response(entry, operation, code, problem(example), problems);
            if (response != null) {
                addExample(response, code, example);
            }
        });
        entry.descriptions().forEach((code, description) -> {
            ApiResponse response = response(entry, operation, code, false, problems);
            if (response != null) {
                response.setDescription(description);
            }
        });
    }

    /** A file upload read through request parameters is published as a JSON body: give it its real media type. */
    private static void retypeRequest(Entry entry, Operation operation, String mediaType, List<String> problems) {
        Content content = operation.getRequestBody() == null
                ? null
                : operation.getRequestBody().getContent();
        if (content == null || content.isEmpty()) {
            problems.add(entry.source() + ": '" + entry.key() + "' has no request body to retype");
            return;
        }
        MediaType first = content.values().iterator().next();
        content.clear();
        content.addMediaType(mediaType, first);
    }

    /** The operation's response for a status; an error status it does not declare yet is added. */
    private static @Nullable ApiResponse response(
            Entry entry, Operation operation, String code, boolean problem, List<String> problems) {
        ApiResponse response = operation.getResponses().get(code);
        if (response != null) {
            return response;
        }
        int status = status(code);
        ApiResponse inferred = operation.getResponses().get("200");
        boolean onlyInferred = inferred != null
                && "OK".equals(inferred.getDescription())
                && operation.getResponses().keySet().stream()
                                .filter(c -> c.startsWith("2"))
                                .count()
                        == 1;
        if (status > 200 && status < 300 && onlyInferred) {
            // springdoc guesses 200 for a ResponseEntity; the example shows what the endpoint really answers
            operation.getResponses().remove("200");
            inferred.setDescription(reason(status));
            operation.getResponses().addApiResponse(code, inferred);
            return inferred;
        }
        if (status < 400) {
            problems.add(entry.source() + ": '" + entry.key() + "' does not answer " + code + " (it declares "
                    + operation.getResponses().keySet() + ")");
            return null;
        }
        response = new ApiResponse().description(errorDescription(status) + (problem ? " (problem details)" : ""));
        operation.getResponses().addApiResponse(code, response);
        return response;
    }

    private static void addExample(ApiResponse response, String code, Object example) {
        if (response.getContent() == null) {
            response.setContent(new Content());
        }
        Content content = response.getContent();
        if (status(code) >= 400 && problem(example)) {
            setExample(content.computeIfAbsent("application/problem+json", k -> new MediaType()), example);
            return;
        }
        List<MediaType> json = jsonMediaTypes(content);
        if (json.isEmpty()) {
            MediaType mediaType = new MediaType();
            content.addMediaType("application/json", mediaType);
            json = List.of(mediaType);
        }
        json.forEach(m -> setExample(m, example));
    }

    /** An RFC 9457 body; other error bodies (DHIS2 import summaries, Open311 error lists) are plain JSON. */
    private static boolean problem(@Nullable Object example) {
        return example instanceof Map<?, ?> body && body.containsKey("status") && body.containsKey("title");
    }

    private static List<MediaType> jsonMediaTypes(Content content) {
        return content.entrySet().stream()
                .filter(e -> e.getKey().equals("*/*") || e.getKey().contains("json"))
                .map(Map.Entry::getValue)
                .toList();
    }

    /** Beside examples written as annotations the file's is one more; otherwise it is the media type's example. */
    private static void setExample(MediaType mediaType, Object example) {
        if (mediaType.getExamples() != null && !mediaType.getExamples().isEmpty()) {
            mediaType.addExamples("ví dụ", new Example().value(example));
        } else {
            mediaType.setExample(example);
        }
    }

    private static int status(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return 200; // "default" and ranges such as "2XX" count as answers the operation must declare
        }
    }

    private static String errorDescription(int status) {
        String known = ERROR_DESCRIPTIONS.get(status);
        return known != null ? known : reason(status);
    }

    private static String reason(int status) {
        HttpStatus resolved = HttpStatus.resolve(status);
        return resolved == null ? "HTTP " + status : resolved.getReasonPhrase();
    }
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Sets the examples of {@code openapi/examples/*.json} (see {@link OpenApiExample}) on the published document, so
 * the controllers stay readable. A request example goes on the body's JSON media types (an operation that declares
 * no body, because its handler reads the request itself, gets an application/json one). A success example goes on
 * the response's JSON media types (application/json where it has none); when springdoc guessed 200 for a
 * ResponseEntity, the example's 201/202/204 replaces it. A problem example (4xx, 5xx) goes on
 * application/problem+json, other error bodies (DHIS2 import summaries, Open311 errors) on application/json; an
 * error status the operation does not declare is added. A key that matches no operation, or a success status the
 * operation does not answer, fails the document, so a typo never drops an example silently.
 */
@Component
class OpenApiExamples implements OpenApiCustomizer {

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

    private final List<OpenApiExample> entries;

    OpenApiExamples() {
        this(OpenApiExample.loadAll(OpenApiExample.LOCATION));
    }

    OpenApiExamples(List<OpenApiExample> entries) {
        this.entries = List.copyOf(entries);
    }

    List<OpenApiExample> entries() {
        return entries;
    }

    @Override
    public void customise(OpenAPI openApi) {
        List<String> problems = new ArrayList<>();
        for (OpenApiExample entry : entries) {
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

    private static void apply(OpenApiExample entry, Operation operation, List<String> problems) {
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
        sortByStatus(operation.getResponses());
    }

    private static void sortByStatus(ApiResponses responses) {
        Map<String, ApiResponse> sorted = new TreeMap<>(responses);
        responses.clear();
        sorted.forEach(responses::addApiResponse);
    }

    /** A file upload read through request parameters is published as a JSON body: give it its real media type. */
    private static void retypeRequest(
            OpenApiExample entry, Operation operation, String mediaType, List<String> problems) {
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
            OpenApiExample entry, Operation operation, String code, boolean problem, List<String> problems) {
        ApiResponse response = operation.getResponses().get(code);
        if (response != null) {
            return response;
        }
        int status = status(code);
        boolean success = status >= 200 && status < 300;
        boolean alsoOk =
                entry.responses().containsKey("200") || entry.descriptions().containsKey("200");
        ApiResponse inferred = operation.getResponses().get("200");
        if (success && status != 200 && !alsoOk && inferred != null && "OK".equals(inferred.getDescription())) {
            // springdoc guesses 200 for a ResponseEntity; the example shows what the endpoint really answers
            operation.getResponses().remove("200");
            inferred.setDescription(reason(status));
            operation.getResponses().addApiResponse(code, inferred);
            return inferred;
        }
        if (success && alsoOk && operation.getResponses().containsKey("200")) {
            // a second success answer beside 200, e.g. 202 for an import run as a job
            response = new ApiResponse().description(reason(status));
            operation.getResponses().addApiResponse(code, response);
            return response;
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

package vn.toancanh.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.identity.TestHttp;

/**
 * The published OpenAPI document describes every operation with a summary and examples: of the success answer, of a
 * JSON request body, of the typical problem. The examples live in {@code openapi/examples/*.json}; when this test
 * fails, its message lists what to add there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentationIntegrationTests {

    /** springdoc's descriptions when nobody wrote one: they say nothing about what a download returns. */
    private static final Set<String> DEFAULT_DESCRIPTIONS = Set.of("OK", "Created", "Accepted", "No Content", "");

    @LocalServerPort
    int port;

    @Autowired
    OpenApiExamples examples;

    JsonNode document;

    @BeforeEach
    void fetch() {
        HttpResponse<String> response = new TestHttp(port).json("GET", "/v3/api-docs", null, null);
        // A file that does not parse fails start-up; an example key that matches no operation fails the document.
        assertThat(response.statusCode())
                .as("GET /v3/api-docs answered %s", response.body())
                .isEqualTo(200);
        document = JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void everyExamplesFileIsLoaded() {
        // The customizer read them at start-up; reading them again checks the files, not a cached copy.
        List<String> keys = OpenApiExample.loadAll(OpenApiExample.LOCATION).stream()
                .map(OpenApiExample::key)
                .toList();
        assertThat(keys).hasSameSizeAs(examples.entries()).isNotEmpty();
        assertThat(keys).allSatisfy(key -> assertThat(operationKeys()).contains(key));
    }

    @Test
    void nestedTypesOfTheSameNameAreSchemasOfTheirOwn() {
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.has("ReadingsRequestItem"))
                .as("the sensor readings' rows")
                .isTrue();
        assertThat(schemas.has("ReportFormViewItem"))
                .as("a report form's items")
                .isTrue();
        assertThat(schemas.has("Item")).as("no schema stands for several types").isFalse();
        assertThat(schemas.path("ReadingsRequestItem").path("properties").has("station"))
                .isTrue();
    }

    @Test
    void everyOperationHasASummary() {
        assertThat(operations(op -> op.path("summary").asString("").isBlank()))
                .as("operations without a summary (add \"summary\" in openapi/examples/<module>.json)")
                .isEmpty();
    }

    @Test
    void everyOperationShowsItsSuccessfulAnswer() {
        assertThat(operations(op -> !successExampled(op.path("responses"))))
                .as("operations without an example of their 2xx answer (add \"responses\": {\"200\": …} in"
                        + " openapi/examples/<module>.json, or for a download or an empty answer a"
                        + " \"descriptions\": {\"200\": …} saying what it returns)")
                .isEmpty();
    }

    @Test
    void everyJsonRequestBodyHasAnExample() {
        assertThat(operations(op -> {
                    JsonNode content = op.path("requestBody").path("content");
                    List<JsonNode> json = jsonMediaTypes(content);
                    return !json.isEmpty() && json.stream().noneMatch(OpenApiDocumentationIntegrationTests::exampled);
                }))
                .as("operations whose JSON request body has no example (add \"request\" in"
                        + " openapi/examples/<module>.json)")
                .isEmpty();
    }

    @Test
    void problemAnswersAreProblemDetails() {
        assertThat(operations(op -> {
                    for (Map.Entry<String, JsonNode> response :
                            op.path("responses").properties()) {
                        if (response.getKey().startsWith("4")
                                && response.getValue().path("content").has("application/problem+json")) {
                            JsonNode example = response.getValue()
                                    .path("content")
                                    .path("application/problem+json")
                                    .path("example");
                            if (!example.has("type") || !example.has("title") || !example.has("status")) {
                                return true;
                            }
                        }
                    }
                    return false;
                }))
                .as("problem examples without type, title and status")
                .isEmpty();
    }

    private List<String> operationKeys() {
        return operations(op -> true);
    }

    /** "METHOD /path" of every operation that matches. */
    private List<String> operations(java.util.function.Predicate<JsonNode> lacking) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (lacking.test(operation.getValue())) {
                    found.add(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return found;
    }

    private static boolean successExampled(JsonNode responses) {
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            List<JsonNode> json = jsonMediaTypes(response.getValue().path("content"));
            if (json.stream().anyMatch(OpenApiDocumentationIntegrationTests::exampled)) {
                return true;
            }
            // A download or an empty answer has no JSON to show: then its description must say what comes back.
            boolean file = json.stream().allMatch(OpenApiDocumentationIntegrationTests::bytes);
            if (file
                    && !DEFAULT_DESCRIPTIONS.contains(
                            response.getValue().path("description").asString("").trim())) {
                return true;
            }
        }
        return false;
    }

    private static boolean bytes(JsonNode mediaType) {
        JsonNode schema = mediaType.path("schema");
        return schema.path("type").asString("").equals("string")
                && Set.of("byte", "binary").contains(schema.path("format").asString(""));
    }

    private static List<JsonNode> jsonMediaTypes(JsonNode content) {
        List<JsonNode> json = new ArrayList<>();
        for (Map.Entry<String, JsonNode> mediaType : content.properties()) {
            if (mediaType.getKey().equals("*/*") || mediaType.getKey().contains("json")) {
                json.add(mediaType.getValue());
            }
        }
        return json;
    }

    private static boolean exampled(JsonNode mediaType) {
        return mediaType.has("example")
                || (mediaType.has("examples") && !mediaType.path("examples").isEmpty());
    }
}

package vn.toancanh.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the customizer puts each example, and that a mistake in a file is loud. */
class OpenApiExamplesTests {

    private static final Map<String, Object> ITEM = Map.of("code", "KT-TCKH-01-001", "name", "Thu ngân sách");
    private static final Map<String, Object> NOT_FOUND = Map.of(
            "type", "urn:toancanh:problem:not-found",
            "title", "Không tìm thấy",
            "status", 404,
            "detail", "Không tìm thấy chỉ tiêu 'KT-TCKH-01-999'");

    @Test
    void successOnTheJsonMediaTypeProblemOnProblemJsonAndTheRealCreatedStatus() {
        OpenAPI openApi = document("/api/dataItems", PathItem.HttpMethod.POST);
        var example = new OpenApiExample(
                "catalog.json",
                "POST",
                "/api/dataItems",
                "Create an item",
                null,
                Map.of("code", "KT-TCKH-01-001"),
                Map.of("201", ITEM, "404", NOT_FOUND),
                Map.of());

        new OpenApiExamples(List.of(example)).customise(openApi);

        Operation op = openApi.getPaths().get("/api/dataItems").getPost();
        assertThat(op.getSummary()).isEqualTo("Create an item");
        assertThat(op.getRequestBody().getContent().get("application/json").getExample())
                .isEqualTo(Map.of("code", "KT-TCKH-01-001"));
        assertThat(op.getResponses()).containsOnlyKeys("201", "404");
        assertThat(op.getResponses().get("201").getContent().get("*/*").getExample())
                .isEqualTo(ITEM);
        assertThat(op.getResponses().get("404").getDescription()).startsWith("Không tìm thấy");
        assertThat(op.getResponses()
                        .get("404")
                        .getContent()
                        .get("application/problem+json")
                        .getExample())
                .isEqualTo(NOT_FOUND);
    }

    @Test
    void aKeyThatMatchesNoOperationFailsTheDocument() {
        OpenAPI openApi = document("/api/dataItems", PathItem.HttpMethod.POST);
        var typo = new OpenApiExample(
                "catalog.json", "GET", "/api/dataItem", null, null, null, Map.of("200", ITEM), Map.of());

        assertThatThrownBy(() -> new OpenApiExamples(List.of(typo)).customise(openApi))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("catalog.json: 'GET /api/dataItem' matches no operation");
    }

    @Test
    void aFileWithAnUnknownFieldFailsStartUp() {
        assertThatThrownBy(() -> OpenApiExample.loadAll("classpath*:openapi-bad/*.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("typo.json")
                .hasMessageContaining("unknown field 'respones'");
    }

    @Test
    void theModulesFilesParse() {
        assertThat(OpenApiExample.loadAll(OpenApiExample.LOCATION))
                .extracting(OpenApiExample::key)
                .contains("GET /api/dataItems/{code}", "POST /open311/v2/requests.{format}");
    }

    private static OpenAPI document(String path, PathItem.HttpMethod method) {
        Operation op = new Operation()
                .requestBody(new io.swagger.v3.oas.models.parameters.RequestBody()
                        .content(new Content().addMediaType("application/json", new MediaType())))
                .responses(new ApiResponses()
                        .addApiResponse(
                                "200",
                                new ApiResponse()
                                        .description("OK")
                                        .content(new Content().addMediaType("*/*", new MediaType()))));
        PathItem item = new PathItem();
        item.operation(method, op);
        return new OpenAPI().paths(new Paths().addPathItem(path, item));
    }
}

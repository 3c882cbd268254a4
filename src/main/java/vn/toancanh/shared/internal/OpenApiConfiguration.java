package vn.toancanh.shared.internal;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs (Swagger UI at /swagger-ui.html): what every /api endpoint is and how to call it. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /**
     * Schemas of nested types are named with their enclosing type ({@code ReadingsRequestItem}, {@code
     * ReportFormViewItem}): by their simple name alone, the several {@code Item}, {@code Row} or {@code Section}
     * records of different modules would be one schema, and all but one described wrongly.
     */
    @Bean
    ModelResolver nestedTypeNamesModelResolver() {
        return new ModelResolver(Json.mapper(), new NestedTypeNames());
    }

    private static final class NestedTypeNames extends TypeNameResolver {

        @Override
        protected String getNameOfClass(Class<?> type) {
            String name = super.getNameOfClass(type);
            Class<?> outer = type.getEnclosingClass();
            return outer == null || getUseFqn() ? name : getNameOfClass(outer) + name;
        }
    }

    @Bean
    OpenAPI toanCanhOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Toàn Cảnh API")
                        .version("v1")
                        .description("""
                                JSON API of the Toàn Cảnh data hub. Resources are addressed by `code`; lists are \
                                paginated (`page` from 1, `pageSize` up to 1000), searchable (`q`, diacritics \
                                ignored) and sortable (`sort=name`, `sort=-name`). Errors are RFC 9457 problem \
                                details with `errors: [{field, reason}]`. Scripts authenticate with HTTP Basic or a \
                                personal API token (`Authorization: Bearer tc_…`); `/api/dataValueSets` follows \
                                DHIS2's dataValueSets format.""")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "basicAuth",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSecuritySchemes(
                                "bearerToken",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Personal API token created under Account → API tokens")))
                .addSecurityItem(new SecurityRequirement().addList("basicAuth"))
                .addSecurityItem(new SecurityRequirement().addList("bearerToken"));
    }
}

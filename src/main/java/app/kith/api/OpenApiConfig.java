package app.kith.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Locale;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's header (what the API is, and the bearer token every call needs) and what
 * every operation shares: a readable operation id and the problem-details answers for errors.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {
    static final String BEARER = "bearer";
    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI kithOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Kith API").version("v1").description("""
                        The relationship database of one account. Every call needs \
                        'Authorization: Bearer <token>' (create one with 'kith token create'). \
                        Lists take page (from 0) and size (1-500) and answer {items, page, size, total}. \
                        Errors are RFC 9457 problem details (application/problem+json) with a detail; \
                        invalid input names the offending property in 'field'. Wherever a person id \
                        goes, 'self' means the account's own person. Request bodies accept only the \
                        documented properties: an unknown one is a 400 that names it. Each token may \
                        make so many requests a minute, and each client address so many with a missing \
                        or bad token (600 and 60 unless the operator changed them); past that the \
                        answer is a 429 whose Retry-After header says how many seconds to wait."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("kith_...")
                                .description("An API token from 'kith token create' or POST /api/v1/tokens"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Operation ids like {@code people_list} instead of springdoc's {@code list_3}; error answers on each call. */
    @Bean
    OperationCustomizer kithOperations() {
        return (operation, handler) -> {
            String resource = handler.getBeanType().getSimpleName().replace("Controller", "");
            operation.setOperationId(resource.toLowerCase(Locale.ROOT) + "_" + handler.getMethod().getName());
            if (handler.getBeanType() != HealthController.class) {
                operation.getResponses()
                        .addApiResponse("400", problem("Invalid input: the detail says what, 'field' says where"))
                        .addApiResponse("401", problem("No valid bearer token"))
                        .addApiResponse("404", problem("No such resource in this account"))
                        .addApiResponse("429", problem("Over a rate limit").addHeaderObject("Retry-After",
                                new Header().description("Seconds to wait before trying again")
                                        .schema(new IntegerSchema())));
                ApiResponse conflict = operation.getResponses().get("409");
                if (conflict != null) {
                    // Declared on the operation with its own wording; the body is a problem like every error.
                    conflict.setContent(problem(conflict.getDescription()).getContent());
                }
            } else {
                operation.getResponses().addApiResponse("503", problem("The database does not answer"));
            }
            return operation;
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("What went wrong, for a person to read"))
                .addProperty("instance", new StringSchema())
                .addProperty("field", new StringSchema().description("The property or parameter at fault, if any"))
                .addProperty("line", new IntegerSchema().description("For bad input data: the line at fault"));
    }
}

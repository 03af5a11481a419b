package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

class OpenApiDocumentTests extends ApiTestSupport {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void documentIsServedWithoutATokenAndListsEveryApiRoute() {
        Answer answer = get(null, "/api/openapi.json");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode document = answer.json();
        Set<String> documented = new TreeSet<>(document.get("paths").propertyNames());
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith(Api.V1) || p.equals("/healthz")).forEach(routes::add));
        assertThat(documented).containsAll(routes).contains("/api/v1/people", "/api/v1/people/{id}",
                "/api/v1/organizations", "/api/v1/interactions", "/api/v1/tags", "/api/v1/connections",
                "/api/v1/tokens", "/healthz", "/api/v1/today", "/api/v1/people/{id}/common-ground", "/api/v1/paths",
                "/api/v1/people/{id}/health", "/api/v1/people/{id}/bridge/repair", "/api/v1/settings/cadences/{circle}",
                "/api/v1/partnerships");
    }

    @Test
    void documentDescribesBearerTokensAndProblemDetails() {
        JsonNode document = get(null, "/api/openapi.json").json();

        JsonNode scheme = document.get("components").get("securitySchemes").get(OpenApiConfig.BEARER);
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(document.get("security").get(0).has(OpenApiConfig.BEARER)).isTrue();
        assertThat(document.get("paths").get("/healthz").get("get").get("security").size())
                .as("the health check needs no token").isZero();
        JsonNode create = document.get("paths").get("/api/v1/people").get("post");
        assertThat(create.get("responses").has("201")).isTrue();
        assertThat(create.get("responses").get("400").get("content").has("application/problem+json")).isTrue();
        assertThat(create.get("responses").get("429").get("headers").has("Retry-After")).isTrue();
        JsonNode repair = document.get("paths").get("/api/v1/people/{id}/bridge/repair").get("post");
        assertThat(repair.get("responses").get("409").get("content").has("application/problem+json")).isTrue();
        JsonNode trust = document.get("paths").get("/api/v1/people/{id}/trust-suggestion").get("get").get("responses");
        assertThat(trust.has("204")).isTrue();
        assertThat(trust.get("200").findValue("$ref")).as(trust.toString()).isNotNull();
        assertThat(trust.get("200").findValue("$ref").asString())
                .endsWith("TrustSuggestion");
        assertThat(document.get("components").get("schemas").get("Person").get("properties").get("circle")
                .get("enum").get(0).asString()).as("enums are documented by their wire names").isEqualTo("inner");
    }
}

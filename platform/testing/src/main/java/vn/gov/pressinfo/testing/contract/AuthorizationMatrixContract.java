package vn.gov.pressinfo.testing.contract;

import static io.restassured.RestAssured.given;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Path;

import org.assertj.core.api.Assertions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.security.Authenticated;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.gov.pressinfo.testing.DevTokens;

/**
 * The authorization matrix of a service, for every operation of its OpenAPI document (so a new
 * endpoint is covered the day it is added): anonymous callers, each role, and an agency officer of
 * another agency. Who may call an operation is what its resource method declares ({@code @RolesAllowed},
 * {@code @PermitAll}, {@code @Authenticated}); an operation that declares nothing fails the contract.
 *
 * <p>Expected outcomes: anonymous → 401 on secured operations and never 401/403 on public ones; a role
 * the operation does not allow → 403; an allowed role → never 401, and 403 only for agency officers
 * (whose agency scope may refuse the random resource). Every answer is below 500 and every 4xx is a
 * problem document. Requests use the document's own examples for bodies and parameters, random ids
 * in paths, {@code If-Match: "0"} on updates.
 *
 * <p>Extend in a {@code @QuarkusTest} of each service.
 */
public abstract class AuthorizationMatrixContract {

    private static final List<String> ROLES = List.of("press-admin", "agency-officer", "press-monitor", "auditor", "system");
    private static final String OTHER_AGENCY_OFFICER = "agency-officer:other-agency";

    /** Who may call an operation: {@code Optional.empty()} for public operations. */
    private record Access(Optional<Set<String>> roles) {
        boolean isPublic() {
            return roles.isEmpty();
        }

        boolean allows(String role) {
            return roles.map(r -> r.contains(role) || r.contains("**")).orElse(true);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationAnswersEachCallerAsItsRolesDeclare() {
        Map<String, Access> declared = declaredAccess();
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> failures = new ArrayList<>();
        int requests = 0;
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                String method = operation.getKey().toUpperCase();
                Map<String, Object> op = operation.getValue();
                String where = method + " " + path.getKey() + " (" + op.get("operationId") + ")";
                Access access = declared.get(String.valueOf(op.get("operationId")));
                if (access == null) {
                    failures.add(where + ": no resource method declares who may call it");
                    continue;
                }
                Map<String, String> callers = new LinkedHashMap<>();
                callers.put("anonymous", null);
                ROLES.forEach(role -> callers.put(role, DevTokens.forRole(role)));
                callers.put(OTHER_AGENCY_OFFICER, DevTokens.agencyOfficer(UUID.randomUUID()));
                for (var caller : callers.entrySet()) {
                    Response response = send(method, path.getKey(), op, caller.getValue());
                    requests++;
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    String problem = check(caller.getKey(), access, response);
                    if (problem != null) {
                        failures.add(where + " as " + caller.getKey() + ": " + problem);
                    }
                }
            }
        }
        // The matrix really exercised the security layer: anonymous refusals and role refusals happened.
        Assertions.assertThat(statuses).as("statuses seen over %d requests", requests).containsKeys(401, 403);
        Assertions.assertThat(failures).as("authorization matrix (%d requests)", requests).isEmpty();
    }

    private static String check(String caller, Access access, Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "answered " + status + ": " + response.asString();
        }
        if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            return "answered " + status + " without a problem document (" + response.contentType() + ")";
        }
        if (caller.equals("anonymous")) {
            if (access.isPublic() && (status == 401 || status == 403)) {
                return "public operation answered " + status;
            }
            if (!access.isPublic() && status != 401) {
                return "expected 401, got " + status;
            }
            return null;
        }
        String role = caller.equals(OTHER_AGENCY_OFFICER) ? "agency-officer" : caller;
        if (status == 401) {
            return "a valid token got 401";
        }
        if (!access.allows(role) && status != 403) {
            return "role not allowed (" + access.roles().orElseThrow() + ") but got " + status;
        }
        if (access.allows(role) && status == 403 && !role.equals("agency-officer")) {
            return "allowed role got 403: " + response.asString();
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Response send(String method, String template, Map<String, Object> op, String token) {
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request.auth().oauth2(token);
        }
        String path = template;
        for (Map<String, Object> parameter : (List<Map<String, Object>>) op.getOrDefault("parameters", List.of())) {
            String name = String.valueOf(parameter.get("name"));
            String in = String.valueOf(parameter.get("in"));
            if (in.equals("path")) {
                path = path.replace("{" + name + "}", sample(parameter, true));
            } else if (in.equals("query") && Boolean.TRUE.equals(parameter.get("required"))) {
                request.queryParam(name, sample(parameter, false));
            } else if (in.equals("header") && Boolean.TRUE.equals(parameter.get("required"))
                    && !name.equalsIgnoreCase("If-Match")) {
                request.header(name, sample(parameter, false));
            }
        }
        if (method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE")) {
            request.header("If-Match", "\"0\"");
        }
        if (op.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content) {
            Object json = content.get("application/json");
            if (json instanceof Map<?, ?> media) {
                request.contentType("application/json").body(example(media).orElse(Map.of()));
            }
        }
        return request.request(method, path);
    }

    /** A value for a parameter: its example, else one that fits its schema, else a random id. */
    @SuppressWarnings("unchecked")
    private static String sample(Map<String, Object> parameter, boolean inPath) {
        Object example = parameter.get("example");
        if (example == null && parameter.get("examples") instanceof Map<?, ?> examples && !examples.isEmpty()) {
            example = ((Map<String, Object>) examples.values().iterator().next()).get("value");
        }
        Map<String, Object> schema = parameter.get("schema") instanceof Map<?, ?> s ? (Map<String, Object>) s : Map.of();
        if (inPath && "uuid".equals(schema.get("format"))) {
            return UUID.randomUUID().toString(); // an unknown resource: authorization must be decided first
        }
        if (example != null) {
            return String.valueOf(example);
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return String.valueOf(values.get(0));
        }
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        if (format.equals("date")) {
            return "2026-01-01";
        }
        if (type.contains("integer") || type.contains("number")) {
            return "1";
        }
        if (type.contains("boolean")) {
            return "true";
        }
        return inPath ? UUID.randomUUID().toString() : "x";
    }

    @SuppressWarnings("unchecked")
    private static Optional<Object> example(Map<?, ?> media) {
        if (media.get("example") != null) {
            return Optional.of(media.get("example"));
        }
        if (media.get("examples") instanceof Map<?, ?> examples && !examples.isEmpty()) {
            return Optional.ofNullable(((Map<String, Object>) examples.values().iterator().next()).get("value"));
        }
        return Optional.empty();
    }

    /** Who may call each operation, read from the resource classes' security annotations. */
    private static Map<String, Access> declaredAccess() {
        Map<String, Access> access = new LinkedHashMap<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                Operation operation = method.getAnnotation(Operation.class);
                if (operation == null || operation.operationId().isBlank()) {
                    continue;
                }
                access.put(operation.operationId(), accessOf(method, type));
            }
        }
        return access;
    }

    private static Access accessOf(Method method, Class<?> type) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return new Access(Optional.empty());
        }
        if (method.isAnnotationPresent(RolesAllowed.class)) {
            return new Access(Optional.of(Set.of(method.getAnnotation(RolesAllowed.class).value())));
        }
        if (method.isAnnotationPresent(Authenticated.class)) {
            return new Access(Optional.of(Set.of("**")));
        }
        if (type.isAnnotationPresent(PermitAll.class)) {
            return new Access(Optional.empty());
        }
        if (type.isAnnotationPresent(RolesAllowed.class)) {
            return new Access(Optional.of(Set.of(type.getAnnotation(RolesAllowed.class).value())));
        }
        if (type.isAnnotationPresent(Authenticated.class)) {
            return new Access(Optional.of(Set.of("**")));
        }
        return null;
    }
}

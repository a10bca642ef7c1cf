package cn.dangjian.platform.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Makes every service's OpenAPI document say what the platform does for every operation, so that no resource has to
 * repeat it (and new endpoints get it for free): the error answers with their problem+json schema, the
 * {@code Idempotency-Key} header on every POST, the roles (from {@code @RolesAllowed}) as {@code x-roles} instead of
 * as OAuth scopes, and limits on every string, integer and array that has none. Registered in platform-web's
 * microprofile-config.properties ({@code mp.openapi.filter}).
 */
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    static final String FIELD_ERROR_SCHEMA = "ProblemFieldError";
    static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;
    /** Strings without a declared length: longer than any text field the services accept (2,000). */
    static final int DEFAULT_MAX_LENGTH = 4000;
    /** Arrays without a declared size: a page holds at most this many items. */
    static final int DEFAULT_MAX_ITEMS = PageRequest.MAX_SIZE;
    static final int IDEMPOTENCY_KEY_MAX_LENGTH = 200;

    /** Examples for formatted strings that have none (a demo id, a date and an instant in the contract's forms). */
    private static final Map<String, Object> EXAMPLES = Map.of(
            "uuid", "00000000-0000-4000-8000-000000000001",
            "date", "2026-11-30",
            "date-time", "2026-11-30T09:00:00Z");

    private static final Map<String, String> ERROR_DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "Invalid input: the parameter or field is named in `errors`"),
            Map.entry("401", "No valid bearer token (missing, expired or not issued for this API)"),
            Map.entry("403", "The caller's role or organisation scope does not allow it"),
            Map.entry("404", "An id in the path is unknown"),
            Map.entry("409", "A rule or the current state forbids it now"),
            Map.entry("413", "The request body is larger than 1 MB"),
            Map.entry("414", "The request line is longer than 8 KiB (beyond 64 KiB the answer is the HTTP codec's bare 414)"),
            Map.entry("431", "The request headers are larger than 16 KiB (beyond 64 KiB the answer is the HTTP codec's bare 431)"),
            Map.entry("412", "The ETag in If-Match is stale (someone changed the resource): read it again"),
            Map.entry("422", "The body refers to something unknown or inconsistent"),
            Map.entry("428", "If-Match is missing"),
            Map.entry("429", "Rate limited: retry after Retry-After seconds"),
            Map.entry("500", "An unexpected fault: quote the incident id in `detail` to the operators"),
            Map.entry("503", "The service or its database is unavailable: retry after Retry-After seconds"));

    /** What SmallRye writes from {@code @RolesAllowed} or by default: says nothing a client can act on. */
    static final Set<String> FRAMEWORK_DESCRIPTIONS = Set.of("Not Authorized", "Not Allowed", "Forbidden", "Unauthorized",
            "Bad Request", "Not Found", "Conflict", "Internal Server Error");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        addProblemSchemas(api.getComponents());
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> {
                if (item.getOperations() != null) {
                    item.getOperations().forEach((method, operation) -> operation(method, item, operation));
                }
            });
        }
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> {
                headersSent(item);
                if (item.getOperations() != null) {
                    item.getOperations().values().forEach(operation -> ApiExamples.exampleAnswers(operation, api.getComponents()));
                }
            });
        }
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(schema -> limit(schema, seen));
        }
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().values().forEach(item -> {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(p -> limit(p.getSchema(), seen));
                }
                if (item.getOperations() != null) {
                    item.getOperations().values().forEach(operation -> limitOperation(operation, seen));
                }
            });
        }
    }

    private void operation(PathItem.HttpMethod method, PathItem item, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        boolean pathParameter = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean input = operation.getRequestBody() != null || parameters.stream().anyMatch(p -> p.getIn() != Parameter.In.PATH);
        boolean ifMatch = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
        boolean secured = rolesInsteadOfScopes(operation);

        if (method == PathItem.HttpMethod.POST) {
            idempotencyKey(operation);
            input = true;
        }
        if (ifMatch) {
            // the services answer 428 without it: the document says it is required (api-contract, "Updates")
            parameters.stream().filter(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))
                    .forEach(p -> p.setRequired(true));
        }
        for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
            pagingBounds(parameter);
        }

        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        Set<String> codes = new LinkedHashSet<>();
        if (input) {
            codes.add("400");
        }
        if (secured) {
            codes.addAll(List.of("401", "403", "429"));
        }
        if (pathParameter) {
            codes.add("404");
        }
        if (ifMatch && (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH)) {
            codes.addAll(List.of("412", "428"));
        }
        if (operation.getRequestBody() != null) {
            codes.add("413");
        }
        if (method == PathItem.HttpMethod.POST) {
            codes.add("422"); // at least: the same Idempotency-Key with another body
        }
        codes.addAll(List.of("414", "431", "500", "503"));
        for (String code : codes) {
            if (responses.getAPIResponse(code) == null) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(ERROR_DESCRIPTIONS.get(code)));
            }
        }
        // every error answer, declared here or on the resource, is a problem document
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                problemAnswer(code, response);
            }
        });
    }

    /**
     * Headers the services send on every such answer (platform-web's ETags, the resources' creating answers),
     * declared here once: {@code Location} on every 201; {@code ETag} on the 200 answers of a resource that is updated
     * with If-Match.
     */
    private static void headersSent(PathItem item) {
        if (item.getOperations() == null) {
            return;
        }
        boolean versioned = item.getOperations().values().stream().anyMatch(operation -> operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName())));
        item.getOperations().forEach((method, operation) -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                if (code.equals("201") && (response.getHeaders() == null || !response.getHeaders().containsKey("Location"))) {
                    response.addHeader("Location", OASFactory.createHeader()
                            .description("Where the created resource is read")
                            .schema(OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference").maxLength(2000)));
                }
                boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH;
                if (versioned && code.equals("200") && read
                        && (response.getHeaders() == null || !response.getHeaders().containsKey("ETag"))) {
                    response.addHeader("ETag", OASFactory.createHeader()
                            .description("The resource's version: send it back in If-Match to change it")
                            .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(100)));
                }
            });
        });
    }

    /** The roles {@code @RolesAllowed} names are not OAuth scopes: they move to {@code x-roles} and the description. */
    private static boolean rolesInsteadOfScopes(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null || security.isEmpty()) {
            return false;
        }
        Set<String> roles = new LinkedHashSet<>();
        List<SecurityRequirement> cleaned = new ArrayList<>();
        for (SecurityRequirement requirement : security) {
            SecurityRequirement plain = OASFactory.createSecurityRequirement();
            if (requirement.getSchemes() != null) {
                requirement.getSchemes().forEach((scheme, scopes) -> {
                    if (scopes != null) {
                        roles.addAll(scopes);
                    }
                    plain.addScheme(scheme, new ArrayList<>());
                });
            }
            cleaned.add(plain);
        }
        operation.setSecurity(cleaned);
        if (!roles.isEmpty()) {
            operation.addExtension("x-roles", new ArrayList<>(roles));
            String line = "Roles: " + String.join(", ", roles) + ".";
            String description = operation.getDescription();
            if (description == null || !description.contains(line)) {
                operation.setDescription(description == null || description.isBlank() ? line : description + "\n\n" + line);
            }
        }
        return true;
    }

    private static void idempotencyKey(Operation operation) {
        if (operation.getParameters() != null) {
            List<Parameter> others = new ArrayList<>(operation.getParameters());
            others.removeIf(p -> p.getIn() == Parameter.In.HEADER && "Idempotency-Key".equalsIgnoreCase(p.getName()));
            operation.setParameters(others);
        }
        operation.addParameter(OASFactory.createParameter()
                .name("Idempotency-Key").in(Parameter.In.HEADER).required(false)
                .description("Retry safely: the same key and body within 24 h returns the first answer and does the work once; "
                        + "another body is a 422")
                .example("3f1c0b9e-2d4a-4c61-9a57-0e8f2b7d9c10")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).minLength(1).maxLength(IDEMPOTENCY_KEY_MAX_LENGTH)));
    }

    private static void pagingBounds(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.QUERY || parameter.getSchema() == null || !is(parameter.getSchema(), SchemaType.INTEGER)) {
            return;
        }
        Schema schema = parameter.getSchema();
        if ("page".equals(parameter.getName())) {
            schema.setFormat("int32");
            schema.setMinimum(BigDecimal.ZERO);
            schema.setMaximum(BigDecimal.valueOf(PageRequest.MAX_PAGE));
            schema.setDefaultValue(0);
            parameter.setExample(0);
            if (parameter.getDescription() == null) {
                parameter.setDescription("Page number, from 0");
            }
        } else if ("size".equals(parameter.getName())) {
            schema.setFormat("int32");
            schema.setMinimum(BigDecimal.ONE);
            schema.setMaximum(BigDecimal.valueOf(PageRequest.MAX_SIZE));
            schema.setDefaultValue(PageRequest.DEFAULT_SIZE);
            parameter.setExample(PageRequest.DEFAULT_SIZE);
            if (parameter.getDescription() == null) {
                parameter.setDescription("Items per page");
            }
        }
    }

    private static void problemAnswer(String code, APIResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()
                || FRAMEWORK_DESCRIPTIONS.contains(response.getDescription())) {
            response.setDescription(ERROR_DESCRIPTIONS.getOrDefault(code, "Error"));
        }
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        response.setContent(content);
        if (code.equals("429") || code.equals("503")) {
            response.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before retrying")
                    .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                            .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(86_400))));
        }
        if (code.equals("401")) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader()
                    .description("Bearer (RFC 6750)")
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(200)));
        }
    }

    private static void addProblemSchemas(Components components) {
        Schema fieldError = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One invalid or unknown field of a request")
                .addRequired("field").addRequired("message")
                .addProperty("field", string(200, null, "idNumber"))
                .addProperty("message", string(1000, null, "is not a valid ID number"));
        Schema problem = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem document: the body of every error answer (application/problem+json)")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", string(200, "uri", Problem.TYPE_BASE + "invalid-input")
                        .description("Clients match on the last segment, e.g. unknown-reference"))
                .addProperty("title", string(200, null, "Invalid input"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)).examples(new ArrayList<>(List.of(400))))
                .addProperty("detail", string(Problem.MAX_DETAIL_LENGTH, null, "idNumber: is not a valid ID number"))
                .addProperty("instance", string(Problem.MAX_INSTANCE_LENGTH, "uri-reference", "/api/members")
                        .description("The request path (cut to " + Problem.MAX_INSTANCE_LENGTH + " characters)"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY).maxItems(100)
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR_SCHEMA)));
        components.addSchema(FIELD_ERROR_SCHEMA, fieldError);
        components.addSchema(PROBLEM_SCHEMA, problem);
        if (components.getSchemas().containsKey("FieldError")) {
            components.removeSchema("FieldError");
        }
    }

    private static Schema string(int maxLength, String format, String example) {
        Schema schema = OASFactory.createSchema().addType(SchemaType.STRING).maxLength(maxLength).examples(new ArrayList<>(List.of(example)));
        return format == null ? schema : schema.format(format);
    }

    private static void limitOperation(Operation operation, Set<Schema> seen) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> limit(p.getSchema(), seen));
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            limitContent(operation.getRequestBody().getContent(), seen);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                if (response.getContent() != null) {
                    limitContent(response.getContent(), seen);
                }
                if (response.getHeaders() != null) {
                    for (Header header : response.getHeaders().values()) {
                        limit(header.getSchema(), seen);
                    }
                }
            }
        }
    }

    private static void limitContent(Content content, Set<Schema> seen) {
        if (content.getMediaTypes() != null) {
            for (MediaType media : content.getMediaTypes().values()) {
                limit(media.getSchema(), seen);
            }
        }
    }

    /** Limits where none are declared: what the platform's types allow, never tighter than what it accepts. */
    static void limit(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema) || schema.getRef() != null) {
            return;
        }
        if (is(schema, SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null && schema.getConstValue() == null) {
            schema.setMaxLength(defaultMaxLength(schema.getFormat()));
        }
        // OpenAPI 3.1 deprecates a schema's `example`: one form, `examples`, everywhere
        if (schema.getExample() != null) {
            if (schema.getExamples() == null || schema.getExamples().isEmpty()) {
                schema.setExamples(new ArrayList<>(List.of(schema.getExample())));
            }
            schema.setExample(null);
        }
        if (is(schema, SchemaType.STRING) && (schema.getExamples() == null || schema.getExamples().isEmpty())
                && schema.getFormat() != null && EXAMPLES.containsKey(schema.getFormat().toLowerCase(Locale.ROOT))) {
            schema.setExamples(new ArrayList<>(List.of(EXAMPLES.get(schema.getFormat().toLowerCase(Locale.ROOT)))));
        }
        if (is(schema, SchemaType.INTEGER)) {
            if (schema.getFormat() == null) {
                schema.setFormat("int64");
            }
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (is(schema, SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems(DEFAULT_MAX_ITEMS);
        }
        limit(schema.getItems(), seen);
        limit(schema.getAdditionalPropertiesSchema(), seen);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> limit(s, seen));
        }
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(s -> limit(s, seen));
            }
        }
    }

    private static int defaultMaxLength(String format) {
        if (format == null) {
            return DEFAULT_MAX_LENGTH;
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "uuid" -> 36;
            case "date" -> 10;
            case "date-time" -> 40;
            case "time", "local-time" -> 20;
            case "duration" -> 64;
            default -> DEFAULT_MAX_LENGTH;
        };
    }

    static boolean is(Schema schema, SchemaType type) {
        return schema.getType() != null && schema.getType().contains(type);
    }

}

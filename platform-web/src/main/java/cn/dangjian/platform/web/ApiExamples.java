package cn.dangjian.platform.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * An example for every successful answer that has none, built from its schema: the examples its properties declare,
 * else the first value of an enumeration, else a value in the contract's form for the property's format (a demo id,
 * a date, an instant), else a plain value of its type. A resource that gives its own example keeps it. Written here
 * rather than taken from a library: SmallRye does not build examples, and Swagger UI's own are not in the document.
 */
final class ApiExamples {

    private static final String REF_PREFIX = "#/components/schemas/";
    private static final int MAX_DEPTH = 6;

    private ApiExamples() {
    }

    static void exampleAnswers(Operation operation, Components components) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> answer : operation.getResponses().getAPIResponses().entrySet()) {
            if (!answer.getKey().startsWith("2") || answer.getValue().getContent() == null
                    || answer.getValue().getContent().getMediaTypes() == null) {
                continue;
            }
            for (Map.Entry<String, MediaType> media : answer.getValue().getContent().getMediaTypes().entrySet()) {
                MediaType type = media.getValue();
                boolean hasOne = type.getExample() != null || (type.getExamples() != null && !type.getExamples().isEmpty());
                if (!hasOne && type.getSchema() != null) {
                    Object example = media.getKey().startsWith("text/") ? textExample(type.getSchema())
                            : example(type.getSchema(), components, 0);
                    if (example != null) {
                        type.setExample(example);
                    }
                }
            }
        }
    }

    static Object example(Schema schema, Components components, int depth) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.getRef() != null) {
            Schema target = resolve(schema.getRef(), components);
            return target == null ? null : example(target, components, depth + 1);
        }
        Object declared = declared(schema);
        if (declared != null) {
            return declared;
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>();
            for (Schema part : schema.getAllOf()) {
                if (example(part, components, depth + 1) instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> merged.put(String.valueOf(k), v));
                }
            }
            Object own = objectExample(schema, components, depth);
            if (own instanceof Map<?, ?> map) {
                map.forEach((k, v) -> merged.put(String.valueOf(k), v));
            }
            return merged.isEmpty() ? example(schema.getAllOf().get(0), components, depth + 1) : merged;
        }
        boolean alternativesGiven = false;
        for (List<Schema> alternatives : java.util.Arrays.asList(schema.getOneOf(), schema.getAnyOf())) {
            if (alternatives != null && !alternatives.isEmpty()) {
                alternativesGiven = true;
                for (Schema alternative : alternatives) {
                    Object example = example(alternative, components, depth + 1);
                    if (example != null) {
                        return example;
                    }
                }
            }
        }
        if (alternativesGiven) {
            // no alternative gave a value that fits it: leave the property out rather than guess one that may not fit
            return null;
        }
        SchemaType type = type(schema);
        if (type == null) {
            return schema.getProperties() != null ? objectExample(schema, components, depth) : null;
        }
        return switch (type) {
            case OBJECT -> objectExample(schema, components, depth);
            case ARRAY -> {
                Object item = example(schema.getItems(), components, depth + 1);
                yield item == null ? List.of() : List.of(item);
            }
            case STRING -> stringExample(schema);
            case INTEGER -> schema.getMinimum() != null && schema.getMinimum().signum() > 0 ? schema.getMinimum().longValue() : 1;
            case NUMBER -> new BigDecimal("1.00");
            case BOOLEAN -> Boolean.TRUE;
            default -> null;
        };
    }

    private static Object objectExample(Schema schema, Components components, int depth) {
        Map<String, Object> example = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                Object value = example(property, components, depth + 1);
                if (value != null) {
                    example.put(name, value);
                }
            });
        }
        return example;
    }

    private static Object declared(Schema schema) {
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getConstValue() != null) {
            return schema.getConstValue();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().stream().filter(v -> v != null).findFirst().orElse(null);
        }
        return schema.getDefaultValue();
    }

    /** Plain values tried, in order, for a string with a pattern and no example: the first the pattern accepts. */
    private static final List<String> CANDIDATES = List.of("示例", "00000000-0000-4000-8000-000000000001", "2026-11-30T09:00:00Z",
            "2026-11", "2026", "12.50", "91110105MA01ABCD3X",
            "ABCD2345", "dangjian.members.dlq", "demo-1", "110105199001011234", "13800138000");

    private static Object stringExample(Schema schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat().toLowerCase(Locale.ROOT);
        switch (format) {
            case "uuid":
                return "00000000-0000-4000-8000-000000000001";
            case "date":
                return "2026-11-30";
            case "date-time":
                return "2026-11-30T09:00:00Z";
            case "uri", "uri-reference":
                return "/api/organisations/00000000-0000-4000-8000-000000000001";
            default:
                break;
        }
        for (String candidate : CANDIDATES) {
            if (fits(schema, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean fits(Schema schema, String value) {
        if (schema.getMinLength() != null && value.length() < schema.getMinLength()) {
            return false;
        }
        if (schema.getMaxLength() != null && value.length() > schema.getMaxLength()) {
            return false;
        }
        if (schema.getPattern() == null) {
            return true;
        }
        try {
            return java.util.regex.Pattern.compile(schema.getPattern()).matcher(value).find();
        } catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }

    private static Object textExample(Schema schema) {
        return type(schema) == SchemaType.STRING ? "id,name\n00000000-0000-4000-8000-000000000001,张三\n" : null;
    }

    private static SchemaType type(Schema schema) {
        if (schema.getType() == null) {
            return null;
        }
        List<SchemaType> types = new ArrayList<>(schema.getType());
        types.remove(SchemaType.NULL);
        return types.isEmpty() ? null : types.get(0);
    }

    private static Schema resolve(String ref, Components components) {
        if (!ref.startsWith(REF_PREFIX) || components == null || components.getSchemas() == null) {
            return null;
        }
        return components.getSchemas().get(ref.substring(REF_PREFIX.length()));
    }
}

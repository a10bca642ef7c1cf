package cn.dangjian.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document: the body of every error answer on the platform.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem types are documented URIs; clients match on the last segment (e.g. {@code unknown-reference}). */
    public static final String TYPE_BASE = "https://api.dangjian.cn/problems/";

    /** One invalid or unknown field of a request. */
    public record FieldError(String field, String message) {
    }

    /** {@code instance} is the request path, cut to this length: a 5,000-character path need not come back in full. */
    public static final int MAX_INSTANCE_LENGTH = 256;
    /** {@code detail} is cut to this length (it may quote what the client sent). */
    public static final int MAX_DETAIL_LENGTH = 4000;

    public static Problem of(int status, String typeSlug, String title, String detail, String instance, List<FieldError> errors) {
        return new Problem(TYPE_BASE + typeSlug, title, status, cut(detail, MAX_DETAIL_LENGTH), cut(instance, MAX_INSTANCE_LENGTH),
                errors == null || errors.isEmpty() ? null : errors);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}

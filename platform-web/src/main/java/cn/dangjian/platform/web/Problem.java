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

    public static Problem of(int status, String typeSlug, String title, String detail, String instance, List<FieldError> errors) {
        return new Problem(TYPE_BASE + typeSlug, title, status, detail, instance, errors == null || errors.isEmpty() ? null : errors);
    }
}

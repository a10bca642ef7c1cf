package cn.dangjian.platform.web;

import java.util.List;

/** 422: the body is well-formed but inconsistent with what it refers to (e.g. a branch above its parent). */
public class InconsistentInputException extends ApiException {

    public InconsistentInputException(String typeSlug, String field, String message) {
        super(422, typeSlug, "Unprocessable content", field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }
}

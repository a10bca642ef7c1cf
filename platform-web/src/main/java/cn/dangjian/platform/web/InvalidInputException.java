package cn.dangjian.platform.web;

import java.util.List;

/** 400: the request is malformed or a field is invalid; the field is named. */
public class InvalidInputException extends ApiException {

    public InvalidInputException(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    public InvalidInputException(List<Problem.FieldError> errors) {
        super(400, "invalid-input", "Invalid input", describe(errors), errors);
    }

    private static String describe(List<Problem.FieldError> errors) {
        if (errors.size() == 1) {
            return errors.get(0).field() + ": " + errors.get(0).message();
        }
        return errors.size() + " fields are invalid";
    }
}

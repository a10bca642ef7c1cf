package cn.dangjian.platform.web;

import java.util.List;

/**
 * An error a client caused and can understand; {@link ProblemMappers} turns it into a problem answer.
 * Services throw the specific subclasses below, never this one directly.
 */
public abstract class ApiException extends RuntimeException {

    private final int status;
    private final String typeSlug;
    private final String title;
    private final List<Problem.FieldError> errors;

    protected ApiException(int status, String typeSlug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false); // no stack trace: this is a client error, not a fault
        this.status = status;
        this.typeSlug = typeSlug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String typeSlug() {
        return typeSlug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}

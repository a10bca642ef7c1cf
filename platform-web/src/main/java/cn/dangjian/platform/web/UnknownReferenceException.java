package cn.dangjian.platform.web;

import java.util.List;

/**
 * 422: the body refers to something this service does not know (yet). Read models are fed by events,
 * so a client may retry a little later.
 */
public class UnknownReferenceException extends ApiException {

    public UnknownReferenceException(String field, String resource, Object id) {
        super(422, "unknown-reference", "Unknown reference",
                resource + " " + id + " is not known here (yet); if it was created moments ago, retry shortly",
                List.of(new Problem.FieldError(field, "unknown " + resource + " " + id)));
    }
}

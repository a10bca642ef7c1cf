package cn.dangjian.platform.web;

/** 403: the caller's role or organisation scope does not allow this. */
public class AccessDeniedException extends ApiException {

    public AccessDeniedException(String detail) {
        super(403, "forbidden", "Forbidden", detail, null);
    }
}

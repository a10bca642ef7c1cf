package cn.dangjian.platform.web;

/** 409: a rule or the current state forbids this now. The type names the rule, the detail explains it. */
public class ConflictException extends ApiException {

    public ConflictException(String ruleSlug, String detail) {
        super(409, ruleSlug, "Not allowed now", detail, null);
    }
}

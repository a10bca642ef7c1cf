package cn.dangjian.platform.web;

/** 428 when an update comes without {@code If-Match}, 412 when its ETag is stale (api-contract, "Updates"). */
public class PreconditionException extends ApiException {

    private PreconditionException(int status, String slug, String title, String detail) {
        super(status, slug, title, detail, null);
    }

    public static PreconditionException required() {
        return new PreconditionException(428, "precondition-required", "Precondition Required",
                "send If-Match with the ETag you read, so that you do not overwrite a change you have not seen");
    }

    public static PreconditionException failed() {
        return new PreconditionException(412, "precondition-failed", "Precondition Failed",
                "the resource changed since you read it; read it again and reapply your change");
    }
}

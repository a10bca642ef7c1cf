package cn.dangjian.organisation.policy;

/** What a policy answers: allowed, or refused with the rule's stable code and a reason a person can read. */
public record Decision(boolean allowed, String rule, String reason) {

    private static final Decision ALLOWED = new Decision(true, null, null);

    public static Decision allow() {
        return ALLOWED;
    }

    public static Decision refuse(String rule, String reason) {
        return new Decision(false, rule, reason);
    }

    public boolean refused() {
        return !allowed;
    }
}

package cn.dangjian.activity.attendance;

/** Why a policy refuses: a slug for the problem type and a sentence for the client. */
public record Refusal(String slug, String detail) {
}

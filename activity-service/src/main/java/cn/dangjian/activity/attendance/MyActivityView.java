package cn.dangjian.activity.attendance;

import cn.dangjian.activity.activity.ActivityView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the caller's activities (我的活动), with their own record and why it is theirs. */
@Schema(name = "MyActivity", description = "One of the caller's activities: signed up for, coming up for them, or attended (one or more)")
public record MyActivityView(
        ActivityView activity,
        @Schema(description = "The caller's record, or null") ParticipationView participation,
        @Schema(description = "The caller holds a place in it (报名)") boolean registered,
        @Schema(description = "Published or running, not ended, and the caller may attend it") boolean upcoming,
        @Schema(description = "The caller checked in to it or was confirmed for it") boolean attended) {

    /** Which of the caller's activities to list ({@code ?relation=}); none: all of them. */
    @Schema(name = "MyActivityRelation", description = "REGISTERED 已报名, UPCOMING 可参加且未结束, ATTENDED 已参加")
    public enum Relation {
        REGISTERED,
        UPCOMING,
        ATTENDED
    }
}

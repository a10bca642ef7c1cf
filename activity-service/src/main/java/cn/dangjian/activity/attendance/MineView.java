package cn.dangjian.activity.attendance;

import cn.dangjian.activity.activity.ActivityView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MyActivities", description = "The caller's activities in the window (我的活动): signed up, coming up for them, attended")
public record MineView(
        @Schema(description = "Activities the caller holds a place in") List<Mine> registered,
        @Schema(description = "Published or running activities the caller may attend that have not ended") List<Mine> upcoming,
        @Schema(description = "Activities the caller checked in to or was confirmed for") List<Mine> attended) {

    @Schema(name = "MyActivity")
    public record Mine(ActivityView activity, @Schema(description = "The caller's record, or null") ParticipationView participation) {
    }
}

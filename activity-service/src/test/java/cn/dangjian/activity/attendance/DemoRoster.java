package cn.dangjian.activity.attendance;

import cn.dangjian.activity.events.MemberEventsConsumer;
import cn.dangjian.activity.events.PointsEventsConsumer;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.MemberEventsFixture;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.platform.testing.VolunteerEventsFixture;
import java.util.UUID;

/** The demo logins as activity-service's roster knows them: two members and a volunteer, linked by their token's sub. */
final class DemoRoster {

    static final String MEMBER_LI = "member-li";
    /** member-zhang, a member of Lakeside branch 1 */
    static final UUID ZHANG = UUID.fromString("00000000-0000-4000-8000-00000000a001");
    /** member-li, a member of the Hillside branch */
    static final UUID LI = UUID.fromString("00000000-0000-4000-8000-00000000a002");
    /** volunteer-wang's points holder id; Wang registered with the Lakeside community */
    static final UUID WANG = UUID.fromString("00000000-0000-4000-8000-00000000a003");

    private DemoRoster() {
    }

    /** Idempotent: the same event ids each time. */
    static void feed(MemberEventsConsumer members, PointsEventsConsumer points) {
        members.consume(MemberEventsFixture.registered(UUID.fromString("00000000-0000-4000-8000-00000000e001"), ZHANG, "张党员",
                DemoIds.LAKESIDE_BRANCH_1, Tokens.subjectOf(DemoUsers.MEMBER_ZHANG)));
        members.consume(MemberEventsFixture.registered(UUID.fromString("00000000-0000-4000-8000-00000000e002"), LI, "李党员",
                DemoIds.HILLSIDE_BRANCH, Tokens.subjectOf(MEMBER_LI)));
        points.consume(VolunteerEventsFixture.registered(UUID.fromString("00000000-0000-4000-8000-00000000e003"), WANG, "王志愿者",
                Tokens.subjectOf(DemoUsers.VOLUNTEER_WANG), DemoIds.LAKESIDE, 1));
    }
}

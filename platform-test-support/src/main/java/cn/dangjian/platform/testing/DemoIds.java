package cn.dangjian.platform.testing;

import java.util.UUID;

/** The fixed ids of the demo district (deploy/demo-data), which the org-admin demo users' org_id point at. */
public final class DemoIds {

    public static final UUID DISTRICT = UUID.fromString("00000000-0000-4000-8000-000000000001");
    public static final UUID STREET = UUID.fromString("00000000-0000-4000-8000-000000000002");
    public static final UUID LAKESIDE = UUID.fromString("00000000-0000-4000-8000-000000000003");
    public static final UUID HILLSIDE = UUID.fromString("00000000-0000-4000-8000-000000000004");
    public static final UUID LAKESIDE_BRANCH_1 = UUID.fromString("00000000-0000-4000-8000-000000000005");
    public static final UUID LAKESIDE_BRANCH_2 = UUID.fromString("00000000-0000-4000-8000-000000000006");
    public static final UUID HILLSIDE_BRANCH = UUID.fromString("00000000-0000-4000-8000-000000000007");

    private DemoIds() {
    }
}

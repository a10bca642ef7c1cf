package cn.dangjian.organisation.organisation;

/** Organisation levels, top to bottom; a child must sit strictly below its parent. */
public enum Level {
    DISTRICT_COMMITTEE,   // 区委
    WORKING_COMMITTEE,    // 党工委
    PARTY_COMMITTEE,      // 党委
    GENERAL_BRANCH,       // 党总支
    BRANCH,               // 党支部
    PARTY_GROUP;          // 党小组

    public boolean mayBeChildOf(Level parent) {
        return ordinal() > parent.ordinal();
    }
}

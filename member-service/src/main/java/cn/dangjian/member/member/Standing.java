package cn.dangjian.member.member;

import java.util.EnumSet;
import java.util.Set;

/** 党籍状态: a member's standing in the party, with the changes allowed from each (the one place they are listed). */
public enum Standing {
    NORMAL,
    PROBATION_IN_PARTY, // 留党察看: no vote
    RETAINED,           // 保留
    SUSPENDED,          // 停止党籍
    EXPELLED,           // 开除
    DROPPED,            // 自行脱党
    DECEASED,
    QUALIFICATION_CANCELLED; // 取消预备党员资格: only from a probationary member

    /** Standings a member can come back from; the others end the membership and nothing follows them. */
    private static final Set<Standing> ENDING = EnumSet.of(EXPELLED, DROPPED, DECEASED, QUALIFICATION_CANCELLED);

    /** Where a member may go from this standing (before the status rule: QUALIFICATION_CANCELLED is for probationary members only). */
    public Set<Standing> next() {
        if (ENDING.contains(this)) {
            return EnumSet.noneOf(Standing.class);
        }
        if (this == NORMAL) {
            return EnumSet.complementOf(EnumSet.of(NORMAL));
        }
        // from a disciplinary or suspended standing: restored, or ended (never cancelled as probationary: that is from NORMAL)
        return EnumSet.of(NORMAL, EXPELLED, DROPPED, DECEASED);
    }

    public boolean ends() {
        return ENDING.contains(this);
    }
}

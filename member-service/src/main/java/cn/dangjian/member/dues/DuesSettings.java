package cn.dangjian.member.dues;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** The dues rules that are local policy (domain.md marks them "policy"): each an operator setting. */
@ConfigMapping(prefix = "dues")
public interface DuesSettings {

    /** Paying ahead: at most this many months after the current month. */
    @WithDefault("6")
    int maxMonthsAhead();

    /**
     * Paying behind: ordinary payments cover only months at most this many before the current month (6: in 2026-11, from
     * 2026-05); older months only a back payment with a reason.
     */
    @WithDefault("6")
    int maxMonthsBehind();

    /**
     * Dues returned (党费返还) to the organisations of non-public enterprises: the share of the dues they collected that is
     * returned to them ("most or all", 0.50 to 1.00); the rest is remitted upward.
     */
    @WithDefault("0.90")
    BigDecimal returnedShare();
}

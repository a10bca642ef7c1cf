package cn.dangjian.activity.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Every calendar day of this service is a China-time day (Asia/Shanghai, api-contract), whatever the host's time zone:
 * the day of service of an attendance, for one. Instants stay instants; only days go through here.
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    /** The China-time calendar day an instant falls on (00:30 China time is still that day, not the UTC day before). */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}

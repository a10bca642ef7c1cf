package cn.dangjian.points.earning;

import cn.dangjian.platform.events.MalformedEventException;
import cn.dangjian.platform.time.ChinaTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The day a service was given, which the daily cap counts (domain.md: the day of service in China time, not the day
 * of confirmation): {@code servedOn} of the confirmation, or for confirmations published before activity-service sent
 * it, the China date of {@code confirmedAt}.
 */
public final class ServiceDay {

    private ServiceDay() {
    }

    public static LocalDate of(String servedOn, Instant confirmedAt) {
        if (servedOn == null) {
            return ChinaTime.dateOf(confirmedAt);
        }
        try {
            return LocalDate.parse(servedOn);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("data.servedOn must be a date (YYYY-MM-DD), was " + servedOn, e);
        }
    }
}

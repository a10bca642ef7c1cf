package cn.dangjian.points;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The moral bank's settings (domain.md, "Moral bank"): every number here is configurable, each default written once,
 * here. The environment variable of a setting is its property in upper case ({@code POINTS_MAX_HOURS_PER_DAY}).
 */
@ConfigMapping(prefix = "points")
public interface PointsSettings {

    /**
     * Points per confirmed service hour, by activity type; a type not listed earns 0. The listed types and their rates
     * are in application.properties (a map has no single default).
     */
    Map<String, BigDecimal> ratePerHour();

    /** At most this many hours of one activity count. */
    @WithDefault("4")
    BigDecimal maxHoursPerActivity();

    /** At most this many hours count per person and day (China time). */
    @WithDefault("8")
    BigDecimal maxHoursPerDay();

    /** How long an approved good-deed award is published for objections (公示期) before it is credited. */
    @WithDefault("P7D")
    Duration objectionPeriod();

    /** Points expire this long after they were issued; absent (the default): they never expire. */
    Optional<Duration> expiresAfter();

    /** How often the scheduled jobs (crediting awards whose notice ended, expiry) run; {@code off} disables them. */
    @WithDefault("1m")
    String jobsEvery();
}

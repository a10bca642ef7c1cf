package cn.dangjian.activity.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/**
 * The settings of activities and attendance: the numbered rules that differ between localities (domain.md, "policy"),
 * with the defaults given there or chosen here, each written once in {@code @WithDefault}, and the check-in code's
 * secret. Each is documented in the service README (variable ↔ property ↔ default).
 */
@ConfigMapping(prefix = "activities")
public interface ActivitySettings {

    /** How often the lifecycle job moves activities to in progress and ended ({@code off} disables it). */
    @WithDefault("60s")
    String lifecycleEvery();

    CheckIn checkIn();

    Mine mine();

    interface CheckIn {
        /**
         * Secret of the rotating check-in code (HMAC-SHA256). Required: no default outside %dev and %test, so a
         * deployment without one (or with a short one) fails at start instead of accepting codes anybody could compute.
         */
        @Size(min = 16, message = "must have at least 16 characters: set ACTIVITIES_CHECK_IN_CODE_SECRET")
        String codeSecret();

        /** How long one code is shown; the previous window's code is still accepted, so a code lives 1–2 windows. */
        @WithDefault("PT60S")
        Duration codeWindow();

        /** How long before startsAt check-in opens. */
        @WithDefault("PT30M")
        Duration opensBefore();

        /** A check-in later than startsAt plus this is flagged late. */
        @WithDefault("PT5M")
        Duration lateAfter();

        /** Location check-in: at most this many metres from the activity's coordinates. */
        @WithDefault("200")
        int radiusMetres();

        /**
         * How long after endsAt an attendee may still check out (签退, with the code or location) and the organiser
         * still shows the code for it; presence itself counts only until the activity ends.
         */
        @WithDefault("PT30M")
        Duration checkOutWithin();

        /** How long after endsAt an attendee may still ask for a make-up check-in (补签). */
        @WithDefault("P3D")
        Duration makeUpWithin();
    }

    interface Mine {
        /** {@code GET /api/activities/mine}: the window when from/to are omitted, each side of now. */
        @WithDefault("P30D")
        Duration defaultReach();

        /** {@code GET /api/activities/mine}: the widest window a client may ask for. */
        @WithDefault("P366D")
        Duration maxWindow();
    }
}

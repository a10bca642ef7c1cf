package cn.dangjian.activity.activity;

import java.time.Instant;

/** When an activity takes place: it ends strictly after it starts. */
public record ActivityPeriod(Instant startsAt, Instant endsAt) {

    /** Thrown with the field to blame and a message fit for the client. */
    public static class Invalid extends IllegalArgumentException {
        private final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public static ActivityPeriod of(Instant startsAt, Instant endsAt) {
        if (startsAt == null) {
            throw new Invalid("startsAt", "is required");
        }
        if (endsAt == null) {
            throw new Invalid("endsAt", "is required");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new Invalid("endsAt", "must be after startsAt");
        }
        return new ActivityPeriod(startsAt, endsAt);
    }
}

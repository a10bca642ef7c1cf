package cn.dangjian.points.earning;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many points a confirmed attendance earns (domain.md, "Moral bank"): the activity type's rate per hour, for at
 * most {@code maxHoursPerActivity} hours of the activity and at most what is left of {@code maxHoursPerDay} for the
 * person that day. Plain Java: the three rules and their boundaries are tested without Quarkus.
 */
public record EarningPolicy(BigDecimal maxHoursPerActivity, BigDecimal maxHoursPerDay) {

    /** What an attendance earns, and why it earns less than its hours when a cap applied. */
    public record Earning(BigDecimal creditedHours, BigDecimal points, String reason) {

        public boolean nothing() {
            return points.signum() == 0;
        }

        /** Nothing credited, for a reason outside the caps (the member's standing has ended). */
        public static Earning skipped(String reason) {
            return new Earning(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), reason);
        }
    }

    public Earning earn(BigDecimal ratePerHour, BigDecimal confirmedHours, BigDecimal hoursAlreadyCreditedThatDay) {
        if (ratePerHour.signum() <= 0 || confirmedHours.signum() <= 0) {
            return new Earning(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), "this activity type earns no points");
        }
        BigDecimal hours = confirmedHours;
        String reason = "rate " + ratePerHour.stripTrailingZeros().toPlainString() + " per hour";
        if (hours.compareTo(maxHoursPerActivity) > 0) {
            hours = maxHoursPerActivity;
            reason = "capped at " + maxHoursPerActivity.stripTrailingZeros().toPlainString() + " h per activity";
        }
        BigDecimal leftToday = maxHoursPerDay.subtract(hoursAlreadyCreditedThatDay).max(BigDecimal.ZERO);
        if (hours.compareTo(leftToday) > 0) {
            hours = leftToday;
            reason = "capped at " + maxHoursPerDay.stripTrailingZeros().toPlainString() + " h per person and day";
        }
        hours = hours.setScale(2, RoundingMode.DOWN);
        return new Earning(hours, hours.multiply(ratePerHour).setScale(2, RoundingMode.DOWN), reason);
    }
}

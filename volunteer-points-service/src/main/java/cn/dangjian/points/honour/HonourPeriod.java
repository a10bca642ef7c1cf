package cn.dangjian.points.honour;

import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.time.ChinaTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An honour-roll period: a year ({@code 2026}), a quarter ({@code 2026-Q4}) or a month ({@code 2026-11}), China time. */
public record HonourPeriod(String label, Instant from, Instant to) {

    /** The form of a period, as the API document states it. */
    public static final String PATTERN = "^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$";

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");

    public static HonourPeriod parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("period", "is required: 2026, 2026-Q4 or 2026-11");
        }
        Matcher m = FORMAT.matcher(raw.trim());
        if (!m.matches()) {
            throw new InvalidInputException("period", "must be a year (2026), a quarter (2026-Q4) or a month (2026-11)");
        }
        int year = Integer.parseInt(m.group(1));
        LocalDate start;
        LocalDate end;
        if (m.group(2) != null) {
            start = LocalDate.of(year, (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
            end = start.plusMonths(3);
        } else if (m.group(3) != null) {
            start = LocalDate.of(year, Integer.parseInt(m.group(3)), 1);
            end = start.plusMonths(1);
        } else {
            start = LocalDate.of(year, 1, 1);
            end = start.plusYears(1);
        }
        return new HonourPeriod(raw.trim(), start.atStartOfDay(ChinaTime.ZONE).toInstant(), end.atStartOfDay(ChinaTime.ZONE).toInstant());
    }
}

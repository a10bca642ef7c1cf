package cn.dangjian.member.dues;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar period of a report, in China time: a year {@code 2026}, a quarter {@code 2026-Q4} or a month {@code 2026-11}. */
public record ReportPeriod(String label, LocalDate from, LocalDate until) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    /** @throws IllegalArgumentException when the text is none of the three forms */
    public static ReportPeriod parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("is required");
        }
        Matcher m;
        if ((m = YEAR.matcher(text)).matches()) {
            LocalDate start = Year.of(Integer.parseInt(m.group(1))).atDay(1);
            return new ReportPeriod(text, start, start.plusYears(1));
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            LocalDate start = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1).atDay(1);
            return new ReportPeriod(text, start, start.plusMonths(3));
        }
        if ((m = MONTH.matcher(text)).matches()) {
            LocalDate start = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atDay(1);
            return new ReportPeriod(text, start, start.plusMonths(1));
        }
        throw new IllegalArgumentException("must be a year (2026), a quarter (2026-Q4) or a month (2026-11)");
    }
}

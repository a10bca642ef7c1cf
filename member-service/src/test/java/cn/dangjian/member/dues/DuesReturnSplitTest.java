package cn.dangjian.member.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Dues returned: collected = remitted upward + returned, exactly, whatever the amount and the share. */
class DuesReturnSplitTest {

    @Test
    void theThreeFiguresAlwaysAddUp() {
        Random random = new Random(20261130);
        String[] shares = {"0.50", "0.85", "0.9", "0.875", "0.999", "1.00", "0.6667"};
        for (String share : shares) {
            for (int i = 0; i < 20_000; i++) {
                long collected = i < 1000 ? i : Math.abs(random.nextLong() % 10_000_000_000L);
                DuesReturnSplit split = DuesReturnSplit.of(collected, new BigDecimal(share));
                assertEquals(collected, split.remittedFen() + split.returnedFen(), collected + " at " + share);
                assertEquals(collected, split.collectedFen());
            }
        }
    }

    @Test
    void theReturnedShareIsRoundedHalfUpToTheFen() {
        DuesReturnSplit split = DuesReturnSplit.of(101, new BigDecimal("0.85")); // 85.85 → 86
        assertEquals(86, split.returnedFen());
        assertEquals(15, split.remittedFen());
        assertEquals(0, DuesReturnSplit.of(12345, BigDecimal.ONE).remittedFen());
        DuesReturnSplit sum = split.plus(DuesReturnSplit.of(7, new BigDecimal("0.85")));
        assertEquals(sum.collectedFen(), sum.remittedFen() + sum.returnedFen());
    }

    @Test
    void periodsAreYearsQuartersOrMonths() {
        assertEquals(java.time.LocalDate.of(2026, 10, 1), ReportPeriod.parse("2026-Q4").from());
        assertEquals(java.time.LocalDate.of(2027, 1, 1), ReportPeriod.parse("2026-Q4").until());
        assertEquals(java.time.LocalDate.of(2026, 12, 1), ReportPeriod.parse("2026-11").until());
        assertEquals(java.time.LocalDate.of(2027, 1, 1), ReportPeriod.parse("2026").until());
        for (String bad : new String[] {"2026-Q5", "2026-13", "26", "2026-11-01"}) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse(bad), bad);
        }
    }
}

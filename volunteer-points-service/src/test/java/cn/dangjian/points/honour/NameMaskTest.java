package cn.dangjian.points.honour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.dangjian.platform.web.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NameMaskTest {

    @Test
    void firstAndLastCharacterKept() {
        assertEquals("张*国", NameMask.mask("张建国"));
        assertEquals("张*", NameMask.mask("张三"));
        assertEquals("欧**文", NameMask.mask("欧阳修文"));
        assertEquals("*", NameMask.mask("张"));
    }

    @Test
    void periodsAreChinaTime() {
        HonourPeriod year = HonourPeriod.parse("2026");
        assertEquals(Instant.parse("2025-12-31T16:00:00Z"), year.from());
        assertEquals(Instant.parse("2026-12-31T16:00:00Z"), year.to());
        HonourPeriod q4 = HonourPeriod.parse("2026-Q4");
        assertEquals(Instant.parse("2026-09-30T16:00:00Z"), q4.from());
        assertEquals(Instant.parse("2026-12-31T16:00:00Z"), q4.to());
        HonourPeriod november = HonourPeriod.parse("2026-11");
        assertEquals(Instant.parse("2026-10-31T16:00:00Z"), november.from());
        assertEquals(Instant.parse("2026-11-30T16:00:00Z"), november.to());
        assertThrows(InvalidInputException.class, () -> HonourPeriod.parse("2026-Q5"));
        assertThrows(InvalidInputException.class, () -> HonourPeriod.parse("2026-13"));
        assertThrows(InvalidInputException.class, () -> HonourPeriod.parse("26"));
        assertThrows(InvalidInputException.class, () -> HonourPeriod.parse(null));
    }
}

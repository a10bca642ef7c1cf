package cn.dangjian.member.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void acceptsAValidNumberAndReadsTheBirthDate() {
        String valid = "11010519491231002" + IdNumber.checkCharacter("11010519491231002");
        IdNumber id = IdNumber.parse(valid, TODAY);
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
    }

    @Test
    void knownNumberWithXCheckCharacterIsValidAndLowercaseIsNormalised() {
        // 11010519491231002X is the standard's own example
        assertEquals("11010519491231002X", IdNumber.parse("11010519491231002x", TODAY).value());
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        var e = assertThrows(IdNumber.Invalid.class, () -> IdNumber.parse("110105194912310021", TODAY));
        assertEquals("has a wrong check character", e.getMessage());
    }

    @Test
    void rejectsWrongLengthLettersAndImpossibleDates() {
        assertThrows(IdNumber.Invalid.class, () -> IdNumber.parse("1101051949123100", TODAY));
        assertThrows(IdNumber.Invalid.class, () -> IdNumber.parse("11010519491231A02X", TODAY));
        String feb30 = "11010519490230002";
        assertThrows(IdNumber.Invalid.class, () -> IdNumber.parse(feb30 + IdNumber.checkCharacter(feb30), TODAY));
        String future = "11010520270101002";
        assertThrows(IdNumber.Invalid.class, () -> IdNumber.parse(future + IdNumber.checkCharacter(future), TODAY));
    }

    @Test
    void birthYearsFrom1900ArePlausible() {
        String y1900 = "11010519000101002";
        assertEquals(1900, IdNumber.parse(y1900 + IdNumber.checkCharacter(y1900), TODAY).birthDate().getYear());
        String y1899 = "11010518991231002";
        assertThrows(IdNumber.Invalid.class, () -> IdNumber.parse(y1899 + IdNumber.checkCharacter(y1899), TODAY));
    }

    @Test
    void birthdayTodayIsStillPlausible() {
        String today = "11010520261127002";
        assertEquals(TODAY, IdNumber.parse(today + IdNumber.checkCharacter(today), TODAY).birthDate());
        String tomorrow = "11010520261128002";
        assertThrows(IdNumber.Invalid.class, () -> IdNumber.parse(tomorrow + IdNumber.checkCharacter(tomorrow), TODAY));
    }

    @Test
    void masksAsTheContractShows() {
        assertEquals("110***********002X", IdNumber.mask("11010519491231002X"));
        assertEquals("138****5678", PhoneNumber.mask("13812345678"));
    }

    @Test
    void phoneNumbersAreMainlandMobiles() {
        assertEquals("13812345678", PhoneNumber.parse("+86 138-1234-5678").value());
        assertThrows(IllegalArgumentException.class, () -> PhoneNumber.parse("12812345678"));
        assertThrows(IllegalArgumentException.class, () -> PhoneNumber.parse("1381234567"));
    }
}

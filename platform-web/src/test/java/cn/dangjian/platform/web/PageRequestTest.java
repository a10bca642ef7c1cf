package cn.dangjian.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The contract's paging rule: size 1 to 200 (default 20), page from 0. */
class PageRequestTest {

    @Test
    void defaults() {
        assertEquals(new PageRequest(0, 20), PageRequest.of(null, null));
    }

    @Test
    void sizeBoundaries() {
        assertEquals(1, PageRequest.of(0, 1).size());
        assertEquals(200, PageRequest.of(0, 200).size());
        assertEquals("size", assertThrows(InvalidInputException.class, () -> PageRequest.of(0, 0)).errors().get(0).field());
        assertEquals("size", assertThrows(InvalidInputException.class, () -> PageRequest.of(0, 201)).errors().get(0).field());
    }

    @Test
    void pageBoundaries() {
        assertEquals(40, PageRequest.of(2, 20).offset());
        assertEquals(0, PageRequest.of(0, 20).offset());
        assertEquals("page", assertThrows(InvalidInputException.class, () -> PageRequest.of(-1, 20)).errors().get(0).field());
    }

    @Test
    void theLastPageStillHasAnOffsetThatFitsAnInt() {
        assertEquals(10_737_418, PageRequest.MAX_PAGE);
        PageRequest last = PageRequest.of(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE);
        assertEquals(2_147_483_600, last.offset());
        assertEquals("page", assertThrows(InvalidInputException.class,
                () -> PageRequest.of(PageRequest.MAX_PAGE + 1, 200)).errors().get(0).field());
    }
}

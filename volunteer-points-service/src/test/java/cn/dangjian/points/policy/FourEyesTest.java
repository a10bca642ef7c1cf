package cn.dangjian.points.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Four eyes compares token subjects; usernames stand in only for records written before subjects were kept. */
class FourEyesTest {

    @Test
    void theRequesterIsRefusedBySubEvenAfterARename() {
        assertEquals("four-eyes", FourEyes.notTheRequester("nominated an award", "sub-1", "old-name", "sub-1", "new-name").orElseThrow().slug());
        assertTrue(FourEyes.notTheRequester("nominated an award", "sub-1", "same-name", "sub-2", "same-name").isEmpty(),
                "another person (another sub) approves, whatever the usernames say");
    }

    @Test
    void aLegacyRecordWithoutSubComparesUsernames() {
        assertTrue(FourEyes.notTheRequester("registered a merchant", null, "admin-a", "sub-a", "admin-a").isPresent());
        assertTrue(FourEyes.notTheRequester("registered a merchant", null, "admin-a", "sub-b", "admin-b").isEmpty());
    }

    @Test
    void theBeneficiaryIsRefused() {
        assertEquals("own-record", FourEyes.notTheBeneficiary("the order", "sub-1", "sub-1").orElseThrow().slug());
        assertTrue(FourEyes.notTheBeneficiary("the order", "sub-1", "sub-2").isEmpty());
        assertTrue(FourEyes.notTheBeneficiary("the order", null, "sub-2").isEmpty(), "a holder linked to no login benefits no login");
    }
}

package cn.dangjian.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** member-service's `active` decides; events without it are read by the standing (compatibility only). */
class MemberEventFieldsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theStandingsThatEndMembershipAreInactiveWhenTheEventDoesNotSay() {
        for (String ended : List.of("EXPELLED", "DROPPED", "DECEASED", "QUALIFICATION_CANCELLED")) {
            assertFalse(MemberEventFields.active(null, ended), ended);
        }
        for (String kept : List.of("NORMAL", "PROBATION_IN_PARTY", "RETAINED", "SUSPENDED")) {
            assertTrue(MemberEventFields.active(null, kept), kept);
        }
        assertTrue(MemberEventFields.active(null, null), "no standing either: active");
    }

    @Test
    void whatMemberServiceSaysIsNotSecondGuessed() throws Exception {
        assertFalse(MemberEventFields.active(false, "NORMAL"));
        assertTrue(MemberEventFields.active(true, "EXPELLED"));
        assertFalse(MemberEventFields.active(json.readTree("{\"standing\":\"NORMAL\",\"active\":false}")));
        assertFalse(MemberEventFields.active(json.readTree("{\"standing\":\"EXPELLED\"}")));
        assertTrue(MemberEventFields.active(json.readTree("{\"standing\":\"SUSPENDED\",\"active\":null}")));
    }

    @Test
    void theSqlConditionSaysTheSame() {
        assertEquals("coalesce(active, coalesce(standing, 'NORMAL') NOT IN ('DECEASED', 'DROPPED', 'EXPELLED', 'QUALIFICATION_CANCELLED'))",
                MemberEventFields.activeSql("active", "standing"));
    }
}

package cn.dangjian.platform.events;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The inbox must outlive every record of the topics it guards: a topic keeping records as long or longer is reported. */
class RetentionCheckTest {

    static final Duration INBOX = Duration.ofDays(30);

    @Test
    void aTopicKeepingRecordsShorterThanTheInboxIsFine() {
        assertNull(RetentionCheck.problem("dangjian.members", String.valueOf(Duration.ofDays(7).toMillis()), INBOX));
        assertNull(RetentionCheck.problem("dangjian.members", String.valueOf(INBOX.toMillis() - 1), INBOX));
    }

    @Test
    void aTopicKeepingRecordsAsLongOrLongerOrForeverIsAProblem() {
        assertNotNull(RetentionCheck.problem("dangjian.members.dlq", String.valueOf(INBOX.toMillis()), INBOX));
        assertNotNull(RetentionCheck.problem("dangjian.members.dlq", String.valueOf(Duration.ofDays(90).toMillis()), INBOX));
        assertNotNull(RetentionCheck.problem("dangjian.members.dlq", "-1", INBOX));
    }
}

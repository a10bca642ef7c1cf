package cn.dangjian.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.platform.testing.IdempotentPosts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A client may send Idempotency-Key on any POST, actions included (api-contract): each carries @Idempotent. */
class EveryPostIsIdempotentTest {

    @Test
    void everyPostResourceMethodIsIdempotent() throws Exception {
        assertEquals(List.of(), IdempotentPosts.withoutIdempotent(cn.dangjian.member.member.MemberResource.class));
    }
}

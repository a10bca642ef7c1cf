package cn.dangjian.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = new RouteTable(List.of(
            new Upstream("member-service", URI.create("http://127.0.0.1:8081"), List.of("/api/members", "/api/dues")),
            new Upstream("organisation-service", URI.create("http://127.0.0.1:8082"), List.of("/api/organisations"))));

    @Test
    void aPrefixOwnsItselfAndWhatLiesBelowIt() {
        assertEquals("member-service", table.resolve("/api/members").orElseThrow().name());
        assertEquals("member-service", table.resolve("/api/members/").orElseThrow().name());
        assertEquals("member-service", table.resolve("/api/members/1/dues/payments").orElseThrow().name());
        assertEquals("member-service", table.resolve("/api/dues").orElseThrow().name());
        assertEquals("organisation-service", table.resolve("/api/organisations/x/children").orElseThrow().name());
    }

    @Test
    void aLongerNameIsNotUnderAPrefix() {
        assertTrue(table.resolve("/api/membersX").isEmpty());
        assertTrue(table.resolve("/api/member").isEmpty());
        assertTrue(table.resolve("/api").isEmpty());
        assertTrue(table.resolve("/q/health").isEmpty());
    }

    @Test
    void aPrefixClaimedTwiceOrNestedIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(List.of(
                new Upstream("a", URI.create("http://a"), List.of("/api/members")),
                new Upstream("b", URI.create("http://b"), List.of("/api/members")))));
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(List.of(
                new Upstream("a", URI.create("http://a"), List.of("/api/members")),
                new Upstream("b", URI.create("http://b"), List.of("/api/members/special")))));
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(List.of(
                new Upstream("a", URI.create("http://a"), List.of("/api/members/")))));
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(List.of(
                new Upstream("a", URI.create("ftp://a"), List.of("/api/members")))));
    }

    @Test
    void requestIdsAreKeptOnlyWhenSane() {
        assertEquals("abc-1.2_3", RequestIds.acceptOrGenerate("abc-1.2_3"));
        assertEquals(36, RequestIds.acceptOrGenerate(null).length());
        assertEquals(36, RequestIds.acceptOrGenerate("").length());
        assertEquals(36, RequestIds.acceptOrGenerate("a b").length());
        assertEquals(36, RequestIds.acceptOrGenerate("x".repeat(65)).length());
        assertEquals("x".repeat(64), RequestIds.acceptOrGenerate("x".repeat(64)));
    }

    @Test
    void forwardedForIsAppended() {
        io.vertx.core.net.SocketAddress client = io.vertx.core.net.SocketAddress.inetSocketAddress(5555, "192.0.2.7");
        assertEquals("192.0.2.7", ForwardingInterceptor.forwardedFor(List.of(), client));
        assertEquals("10.0.0.1, 192.0.2.7", ForwardingInterceptor.forwardedFor(List.of("10.0.0.1"), client));
        assertEquals("10.0.0.1, 10.0.0.2, 192.0.2.7", ForwardingInterceptor.forwardedFor(List.of("10.0.0.1", "10.0.0.2"), client));
    }

    @Test
    void locationsOfTheServiceAreRewrittenToTheGatewaysAddress() {
        Upstream members = new Upstream("member-service", URI.create("http://127.0.0.1:8081"), List.of("/api/members"));
        io.vertx.core.net.HostAndPort gateway = io.vertx.core.net.HostAndPort.create("api.example.cn", 443);
        assertEquals("https://api.example.cn:443/api/members/42?x=1",
                ForwardingInterceptor.publicLocation("http://127.0.0.1:8081/api/members/42?x=1", members, "https", gateway));
        assertEquals("/api/members/42", ForwardingInterceptor.publicLocation("/api/members/42", members, "https", gateway));
        assertEquals("http://elsewhere/x", ForwardingInterceptor.publicLocation("http://elsewhere/x", members, "https", gateway));
        assertEquals("http://127.0.0.1:9999/x", ForwardingInterceptor.publicLocation("http://127.0.0.1:9999/x", members, "https", gateway));
        assertEquals("/api/members/42", ForwardingInterceptor.publicLocation("http://127.0.0.1:8081/api/members/42", members, "http", null));
    }
}

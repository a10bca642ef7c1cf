package cn.dangjian.points.account;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.ListParameters;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed query values are a 400 naming the parameter, on every list of this service (Foundation 3b). */
@QuarkusTest
class AccountListParametersTest {

    @jakarta.inject.Inject
    cn.dangjian.points.PointsTestData organisations;

    @ParameterizedTest
    @ValueSource(strings = {"/api/points/accounts/{district}/entries", "/api/points/awards/notices?under={district}",
            "/api/points/honour-roll?under={district}&period=2026", "/api/points/rewards", "/api/points/redemptions"})
    void everyListAnswersMalformedPagingWithA400NamingIt(String list) {
        organisations.demoTree();
        ListParameters.assertBadPagingIsA400NamingIt(DemoUsers.DISTRICT_ADMIN, list.replace("{district}", DemoIds.DISTRICT.toString()));
    }
}

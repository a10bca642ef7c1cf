package cn.dangjian.points.account;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.ListParameters;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed query values are a 400 naming the parameter, on every list (Foundation 3b). */
@QuarkusTest
class AccountListParametersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/points/accounts/{holder}/entries"})
    void everyListAnswersMalformedPagingWithA400NamingIt(String list) {
        ListParameters.assertBadPagingIsA400NamingIt(DemoUsers.DISTRICT_ADMIN, list.replace("{holder}", DemoIds.DISTRICT.toString()));
    }
}

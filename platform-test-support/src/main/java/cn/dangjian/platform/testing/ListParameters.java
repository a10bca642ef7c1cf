package cn.dangjian.platform.testing;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;

/**
 * The malformed paging values every list must answer with a 400 naming the parameter (never a 404 or a 500):
 * not a number, not whole, negative, beyond an int, and a page whose offset would overflow an int.
 */
public final class ListParameters {

    public static final List<String> BAD_VALUES = List.of("abc", "1.5", "-1", "2147483648");

    private ListParameters() {
    }

    public static void assertBadPagingIsA400NamingIt(String username, String listPath) {
        for (String parameter : List.of("page", "size")) {
            for (String value : BAD_VALUES) {
                Api.as(username).queryParam(parameter, value).when().get(listPath)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("errors[0].field", equalTo(parameter));
            }
        }
        Api.as(username).queryParam("page", 10737419).queryParam("size", 200).when().get(listPath)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        // the last page is fine (the list may still answer 404 for an unknown holder, but never 400 or 5xx)
        Api.as(username).queryParam("page", 10737418).queryParam("size", 200).when().get(listPath)
                .then().statusCode(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.not(400), org.hamcrest.Matchers.lessThan(500)));
    }
}

package cn.dangjian.platform.web;

import jakarta.ws.rs.BadRequestException;

/**
 * 400: a query or header parameter's value cannot be read as its declared type. A {@code WebApplicationException} so
 * that Quarkus REST passes it on unchanged instead of turning it into a 404 (as JAX-RS does for query parameters).
 */
public class QueryParameterException extends BadRequestException {

    private final String parameter;

    public QueryParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}

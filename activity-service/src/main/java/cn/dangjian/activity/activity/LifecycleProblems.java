package cn.dangjian.activity.activity;

import cn.dangjian.platform.web.Problem;
import cn.dangjian.platform.web.ProblemWriter;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A move the lifecycle does not allow is the client's 409 (type …/wrong-transition), never a 500. */
public class LifecycleProblems {

    @Inject
    ProblemWriter writer;

    @ServerExceptionMapper
    public Response wrongTransition(ActivityStatus.WrongTransition e, HttpServerRequest request) {
        return writer.response(Problem.of(409, "wrong-transition", "Not allowed now", e.getMessage(), request.path(), null));
    }
}

package cn.dangjian.member.identity;

import cn.dangjian.platform.web.Problem;
import cn.dangjian.platform.web.ProblemWriter;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers a read of identity data that failed its integrity check with a 500 problem of type
 * {@code identity-data-integrity}: the fault lies in the stored data (altered, or its key removed), not in anything the
 * client sent, so no 4xx would be true and no retry helps (no 503); a 5xx is what operators' alerts watch. The answer
 * names the member (already in the path) and an incident id, never a value or a key; the log line carries the same
 * incident id.
 */
public class IdentityDataIntegrityProblem {

    private static final Logger LOG = Logger.getLogger(IdentityDataIntegrityProblem.class);

    @Inject
    ProblemWriter writer;

    @ServerExceptionMapper
    public Response integrity(IdentityDataIntegrityException e, HttpServerRequest request) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf("Identity data integrity incident %s: member %s, %s %s", incident, e.memberId(), request.method(), request.path());
        return writer.response(Problem.of(500, "identity-data-integrity", "Identity data failed its integrity check",
                "the stored identity data of member " + e.memberId() + " failed its integrity check and is not shown; "
                        + "quote incident " + incident + " to the operators", request.path(), null));
    }
}

package cn.dangjian.platform.events.replay;

import cn.dangjian.platform.web.ApiException;
import java.util.List;

/** The broker could not be read in time: 503, try again later. */
public class BrokerUnavailableException extends ApiException {

    public BrokerUnavailableException(String detail) {
        super(503, "broker-unavailable", "Broker unavailable", detail, List.of());
    }
}

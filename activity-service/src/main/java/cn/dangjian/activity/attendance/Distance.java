package cn.dangjian.activity.attendance;

import java.math.BigDecimal;

/** Great-circle distance on the mean Earth sphere (haversine): accurate to well under a metre at check-in distances. */
public final class Distance {

    /** Mean Earth radius (IUGG), metres. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private Distance() {
    }

    public static double metres(BigDecimal lat1, BigDecimal lon1, BigDecimal lat2, BigDecimal lon2) {
        return metres(lat1.doubleValue(), lon1.doubleValue(), lat2.doubleValue(), lon2.doubleValue());
    }

    public static double metres(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2) + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}

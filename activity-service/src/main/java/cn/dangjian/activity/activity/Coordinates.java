package cn.dangjian.activity.activity;

import cn.dangjian.platform.web.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Where an activity takes place, for location check-in: WGS-84 degrees, kept to six places (about 0.1 m). */
public record Coordinates(BigDecimal latitude, BigDecimal longitude) {

    /** Both or neither; a missing half is named in {@code invalid}. Range checks are on the request's fields. */
    static Coordinates of(BigDecimal latitude, BigDecimal longitude, List<Problem.FieldError> invalid) {
        if (latitude == null && longitude == null) {
            return null;
        }
        if (latitude == null) {
            invalid.add(new Problem.FieldError("latitude", "is required with longitude"));
            return null;
        }
        if (longitude == null) {
            invalid.add(new Problem.FieldError("longitude", "is required with latitude"));
            return null;
        }
        return new Coordinates(latitude.setScale(6, RoundingMode.HALF_UP), longitude.setScale(6, RoundingMode.HALF_UP));
    }
}

package cn.dangjian.points;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Each default is written once, in PointsSettings: application.properties no longer restates them, yet the config
 * sees them, as the scheduler's {@code ${points.jobs-every}} expression needs.
 */
@QuarkusTest
class PointsSettingsTest {

    @Inject
    PointsSettings settings;

    @Test
    void defaultsComeFromTheSettingsAndReachExpressions() {
        assertEquals(0, new BigDecimal("8").compareTo(settings.maxHoursPerDay()));
        assertEquals(Duration.ofDays(7), settings.objectionPeriod());
        assertEquals("8", ConfigProvider.getConfig().getValue("points.max-hours-per-day", String.class));
        assertEquals("P7D", ConfigProvider.getConfig().getValue("points.objection-period", String.class));
        assertEquals(new BigDecimal("1"), settings.ratePerHour().get("VOLUNTEER_SERVICE"));
    }
}

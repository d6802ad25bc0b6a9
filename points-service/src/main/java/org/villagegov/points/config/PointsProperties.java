package org.villagegov.points.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county-independent knobs of the points bank.
 *
 * @param noticePeriod             how long an approved award stays on the village board before it is credited
 * @param sweepInterval            how often due awards are credited and stuck redemptions recovered
 * @param redemptionLease          how long a redemption step may run before the recovery sweep takes it over
 * @param redMinEarned             points earned in a period that put a household on the red list
 * @param blackMinDeducted         points deducted in a period that put a household on the black list
 * @param backdatingDays           how many days back an award's {@code occurredOn} may lie
 * @param overrideBoundPercent     how far (in percent of the county rule's points) a village override may deviate
 * @param correctionMonthlyLimit   the absolute points corrected per household and month, proposals included
 */
@ConfigurationProperties("points")
public record PointsProperties(Duration noticePeriod, Duration sweepInterval, Duration redemptionLease,
                               Integer redMinEarned, Integer blackMinDeducted, Integer backdatingDays,
                               Integer overrideBoundPercent, Integer correctionMonthlyLimit) {

    public PointsProperties {
        noticePeriod = noticePeriod != null ? noticePeriod : Duration.ofDays(3);
        sweepInterval = sweepInterval != null ? sweepInterval : Duration.ofSeconds(30);
        redemptionLease = redemptionLease != null ? redemptionLease : Duration.ofMinutes(2);
        redMinEarned = redMinEarned != null ? redMinEarned : 20;
        blackMinDeducted = blackMinDeducted != null ? blackMinDeducted : 10;
        backdatingDays = backdatingDays != null ? backdatingDays : 60;
        overrideBoundPercent = overrideBoundPercent != null ? overrideBoundPercent : 50;
        correctionMonthlyLimit = correctionMonthlyLimit != null ? correctionMonthlyLimit : 500;
    }
}

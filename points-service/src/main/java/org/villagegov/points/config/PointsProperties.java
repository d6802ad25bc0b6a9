package org.villagegov.points.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The county-independent knobs of the points bank, bound through the constructor.
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
public record PointsProperties(@DefaultValue("P3D") Duration noticePeriod,
                               @DefaultValue("PT30S") Duration sweepInterval,
                               @DefaultValue("PT2M") Duration redemptionLease,
                               @DefaultValue("20") int redMinEarned,
                               @DefaultValue("10") int blackMinDeducted,
                               @DefaultValue("60") int backdatingDays,
                               @DefaultValue("50") int overrideBoundPercent,
                               @DefaultValue("500") int correctionMonthlyLimit) {
}

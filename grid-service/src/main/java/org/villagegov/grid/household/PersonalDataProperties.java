package org.villagegov.grid.household;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code grid.personal-data}: the key of the keyed hash (HMAC-SHA256) under which resident ID
 * numbers are compared across households, so a claim never holds the number itself.
 *
 * @param hashKey the HMAC key ({@code GRID_ID_HASH_KEY} in every real deployment)
 */
@ConfigurationProperties("grid.personal-data")
@Validated
record PersonalDataProperties(@NotBlank String hashKey) {
}

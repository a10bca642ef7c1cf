package cn.dangjian.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.NotBlank;

/**
 * Secrets without a default outside the dev and test profiles. Quarkus validates config mappings before anything
 * starts, so a production start that lacks one stops at once with a message naming the variable (e.g. "Could not
 * expand value DB_PASSWORD"), instead of failing later as a refused database login.
 */
@ConfigMapping(prefix = "dangjian.secrets")
public interface RequiredSecrets {

    /** {@code DB_PASSWORD}: the password of the service's database role; also {@code quarkus.datasource.password}. */
    @WithName("database-password")
    @NotBlank(message = "is required in production: set DB_PASSWORD")
    String databasePassword();
}

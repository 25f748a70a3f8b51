package se.vaksam.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator created on the first start on an empty database
 * ({@code VAKSAM_ADMIN_PASSWORD}, {@code VAKSAM_ADMIN_USERNAME}, {@code VAKSAM_MUNICIPALITY_NAME}).
 *
 * @param adminUsername the administrator's username (default {@code admin})
 * @param adminPassword the initial password; nothing is created without it
 * @param municipalityName the name of the root unit created in an empty organisation tree
 */
@ConfigurationProperties("vaksam.bootstrap")
record BootstrapProperties(String adminUsername, String adminPassword, String municipalityName) {

    BootstrapProperties {
        adminUsername = adminUsername == null || adminUsername.isBlank() ? "admin" : adminUsername.strip();
        adminPassword = adminPassword == null || adminPassword.isEmpty() ? null : adminPassword;
        municipalityName = municipalityName == null || municipalityName.isBlank() ? "Kommunen" : municipalityName.strip();
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "BootstrapProperties[adminUsername=" + adminUsername + ", adminPassword="
                + (adminPassword == null ? "unset" : "******") + ", municipalityName=" + municipalityName + "]";
    }
}

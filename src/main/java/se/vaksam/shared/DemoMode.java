package se.vaksam.shared;

import org.springframework.core.env.Environment;

/**
 * Demo data and demo accounts exist only in embedded mode, unless {@code vaksam.demo.enabled}
 * explicitly says otherwise. An external database never receives demo data by default.
 */
public final class DemoMode {

    private DemoMode() {
    }

    public static boolean isEnabled(Environment env) {
        boolean embedded = !env.containsProperty("vaksam.db.url") && !env.containsProperty("spring.datasource.url");
        return env.getProperty("vaksam.demo.enabled", Boolean.class, embedded);
    }
}

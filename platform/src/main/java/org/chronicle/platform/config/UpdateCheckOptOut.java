package org.chronicle.platform.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Axon 4.12 reports usage to AxonIQ and polls for updates over the internet unless told not to. Chronicle services
 * run on analysts' machines and in closed networks, so the check is off unless an operator sets
 * {@code axoniq.update-checker.disabled=false} (system property) or {@code AXONIQ_UPDATE_CHECKER_DISABLED=false}.
 * Axon reads the system property, not Spring's environment, so it is set here, before the context starts Axon.
 */
public class UpdateCheckOptOut implements EnvironmentPostProcessor {

    static final String PROPERTY = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(PROPERTY) == null && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty(PROPERTY, "true");
        }
    }
}

package se.vaksam.plan;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the daily reminder job; {@code vaksam.follow-up.scheduling=false} turns it off (e.g. on a second node). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "vaksam.follow-up.scheduling", havingValue = "true", matchIfMissing = true)
class FollowUpScheduling {
}

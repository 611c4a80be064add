package jp.musubi.workflow.event;

import jp.musubi.cms.feature.FeatureRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kinds of event one programme holds and another does not (Tochigi: the kickoff and the workshops; Kumamoto:
 * the open event). They have no routes of their own: while one is off, the dashboard and the reports leave out
 * the targets over its indicators (kickoff held, its attendance, workshops held, the open event's attendance).
 */
@Configuration(proxyBeanMethods = false)
class EventFeatures {

    static final String KICKOFF = "kickoff";
    static final String WORKSHOPS = "workshops";
    static final String OPEN_EVENT = "open-event";

    @Bean
    FeatureRoutes kickoffFeature() {
        return FeatureRoutes.of(KICKOFF);
    }

    @Bean
    FeatureRoutes workshopsFeature() {
        return FeatureRoutes.of(WORKSHOPS);
    }

    @Bean
    FeatureRoutes openEventFeature() {
        return FeatureRoutes.of(OPEN_EVENT);
    }
}

package jp.musubi.cms.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class FeaturesTest {

    private static final List<FeatureRoutes> ROUTES = List.of(
            FeatureRoutes.of("consultation", "/consultation/**", "/consultation-join/**", "/admin/consultations/**"),
            FeatureRoutes.of("surveys", "/admin/surveys/**", "/survey/**"),
            FeatureRoutes.of("issue-matching", "/issues", "/issues/**", "/propose/**"));

    /** Tochigi: neither consultation nor surveys. */
    private final Features tochigi = new Features(ROUTES, new FeatureProperties(List.of("issue-matching")));

    @Test
    void aDisabledFeaturesRoutesAreUnreachableAndTheRestStays() {
        assertThat(tochigi.isReachable("/consultation")).isFalse();
        assertThat(tochigi.isReachable("/consultation/confirm")).isFalse();
        assertThat(tochigi.isReachable("/consultation-join")).isFalse();
        assertThat(tochigi.isReachable("/admin/consultations/12?tab=notes")).isFalse();
        assertThat(tochigi.isReachable("/admin/surveys")).isFalse();
        assertThat(tochigi.isReachable("/survey/abc")).isFalse();

        assertThat(tochigi.isReachable("/issues")).isTrue();
        assertThat(tochigi.isReachable("/issues/road-repair")).isTrue();
        assertThat(tochigi.isReachable("/")).isTrue();
        assertThat(tochigi.isReachable("/events")).isTrue();
        assertThat(tochigi.isReachable("/consultations-elsewhere")).isTrue();
        assertThat(tochigi.isEnabled("issue-matching")).isTrue();
        assertThat(tochigi.isEnabled("consultation")).isFalse();
    }

    @Test
    void theFilterAnswersADisabledRoute404AndPassesTheOthersOn() throws ServletException, IOException {
        FeatureFilter filter = new FeatureFilter(tochigi);
        for (String path : List.of("/consultation", "/admin/surveys", "/admin/surveys/3/results")) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(new MockHttpServletRequest("GET", path), response, chain);
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(chain.getRequest()).as(path).isNull();
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("POST", "/propose/confirm"), response, chain);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void withoutTheSwitchEveryDeclaredFeatureRuns() {
        Features all = new Features(ROUTES, new FeatureProperties(null));
        assertThat(all.isReachable("/consultation")).isTrue();
        assertThat(all.isReachable("/admin/surveys")).isTrue();
    }

    @Test
    void aMisspeltFeatureIdIsRefusedWithTheKnownIds() {
        assertThatThrownBy(() -> new Features(ROUTES, new FeatureProperties(List.of("consultaton"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("consultaton")
                .hasMessageContaining("[consultation, issue-matching, surveys]");
    }

    @Test
    void aMisspeltFeatureIdStopsTheStart() {
        new ApplicationContextRunner()
                .withUserConfiguration(FeatureConfiguration.class, DeclaredRoutes.class)
                .withPropertyValues("musubi.features.enabled=consultation,survey")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("musubi.features.enabled names unknown features [survey]"));
        new ApplicationContextRunner()
                .withUserConfiguration(FeatureConfiguration.class, DeclaredRoutes.class)
                .withPropertyValues("musubi.features.enabled=consultation,surveys")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Configuration(proxyBeanMethods = false)
    static class DeclaredRoutes {

        @Bean
        FeatureRoutes consultationRoutes() {
            return ROUTES.get(0);
        }

        @Bean
        FeatureRoutes surveyRoutes() {
            return ROUTES.get(1);
        }
    }
}

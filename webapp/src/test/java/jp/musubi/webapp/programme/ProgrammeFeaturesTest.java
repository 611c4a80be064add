package jp.musubi.webapp.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.musubi.cms.feature.FeatureProperties;
import jp.musubi.cms.feature.FeatureRoutes;
import jp.musubi.cms.feature.Features;
import jp.musubi.cms.site.SiteProperties;
import jp.musubi.webapp.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The shipped switches of both programmes over the routes the feature modules really declare (taken from
 * the Kumamoto context, which holds every declaration whatever is enabled): what Tochigi's default start
 * answers 404 without starting a second application. The filter's 404 itself: cms-module FeaturesTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "kumamoto"})
@Import(TestClockConfiguration.class)
class ProgrammeFeaturesTest {

    @Autowired
    List<FeatureRoutes> declared;

    static StandardEnvironment shipped(String... files) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        for (String file : files) {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
            sources.forEach(source -> environment.getPropertySources().addFirst(source));
        }
        return environment;
    }

    @Test
    void tochigisDefaultRunsMunicipalIssuesAndIssueMatchingOnly() throws Exception {
        FeatureProperties switches = Binder.get(shipped("application.yml"))
                .bind("musubi.features", FeatureProperties.class).get();
        Features tochigi = new Features(declared, switches);

        assertThat(switches.enabled()).containsExactly("municipal-issues", "issue-matching");
        for (String gone : List.of("/consultation", "/consultation-join", "/admin/consultations", "/admin/surveys",
                "/survey/any-token", "/admin/exhibitions", "/member/exhibitions", "/talents", "/member/talents/new")) {
            assertThat(tochigi.isReachable(gone)).as(gone).isFalse();
        }
        for (String kept : List.of("/municipal", "/admin/issue-rounds", "/issues", "/propose", "/member/proposals/new",
                "/", "/events", "/articles", "/join", "/contact", "/admin/program")) {
            assertThat(tochigi.isReachable(kept)).as(kept).isTrue();
        }
    }

    @Test
    void kumamotosProfileNamesTheConsortiumAndItsFeatures() throws Exception {
        StandardEnvironment kumamoto = shipped("application.yml", "application-kumamoto.yml");
        FeatureProperties switches = Binder.get(kumamoto).bind("musubi.features", FeatureProperties.class).get();
        SiteProperties site = Binder.get(kumamoto).bind("musubi.site", SiteProperties.class).get();

        assertThat(switches.enabled()).containsExactly("consultation", "talents", "exhibitions", "surveys");
        assertThat(site.name()).isEqualTo("くまもとDX推進コンソーシアム");
        assertThat(site.operator()).startsWith("熊本県");
        assertThat(site.localGovernmentTerm()).isEqualTo("市町村");
        assertThat(site.phoneExample()).startsWith("096-");
        assertThat(site.baseUrl()).isNotBlank();
        assertThat(Binder.get(kumamoto).bind("musubi.mail.from-name", String.class).get())
                .startsWith("くまもとDX推進コンソーシアム");
    }
}

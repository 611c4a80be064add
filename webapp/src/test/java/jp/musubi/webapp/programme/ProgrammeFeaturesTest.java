package jp.musubi.webapp.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.musubi.cms.feature.FeatureProperties;
import jp.musubi.cms.feature.FeatureRoutes;
import jp.musubi.cms.feature.Features;
import jp.musubi.cms.site.SiteProperties;
import jp.musubi.webapp.support.KumamotoSpringBootTest;
import jp.musubi.workflow.program.Indicator;
import jp.musubi.workflow.program.Indicators;
import jp.musubi.workflow.program.ProgramProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped switches of both programmes over the routes the feature modules really declare (taken from
 * the Kumamoto context, which holds every declaration whatever is enabled): what Tochigi's default start
 * answers 404 without starting a second application. The filter's 404 itself: cms-module FeaturesTest.
 */
@KumamotoSpringBootTest
class ProgrammeFeaturesTest {

    @Autowired
    List<FeatureRoutes> declared;

    @Autowired
    Indicators indicators;

    static StandardEnvironment shipped(String... files) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        for (String file : files) {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
            sources.forEach(source -> environment.getPropertySources().addFirst(source));
        }
        return environment;
    }

    @Test
    void tochigisDefaultRunsMunicipalIssuesIssueMatchingWorkshopsAndTheKickoffOnly() throws Exception {
        FeatureProperties switches = Binder.get(shipped("application.yml"))
                .bind("musubi.features", FeatureProperties.class).get();
        Features tochigi = new Features(declared, switches);

        assertThat(switches.enabled()).containsExactly("municipal-issues", "issue-matching", "workshops", "kickoff");
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

        assertThat(switches.enabled()).containsExactly("consultation", "talents", "exhibitions", "surveys", "open-event");
        assertThat(site.name()).isEqualTo("くまもとDX推進コンソーシアム");
        assertThat(site.operator()).startsWith("熊本県");
        assertThat(site.localGovernmentTerm()).isEqualTo("市町村");
        assertThat(site.phoneExample()).startsWith("096-");
        assertThat(site.baseUrl()).isNotBlank();
        assertThat(Binder.get(kumamoto).bind("musubi.mail.from-name", String.class).get())
                .startsWith("くまもとDX推進コンソーシアム");
    }

    @Test
    void eachProgrammesTargetsCountOnlyWhatItsFeaturesHold() throws Exception {
        for (List<String> files : List.of(List.of("application.yml"), List.of("application.yml", "application-kumamoto.yml"))) {
            StandardEnvironment programme = shipped(files.toArray(String[]::new));
            Features features = new Features(declared, Binder.get(programme).bind("musubi.features", FeatureProperties.class).get());
            ProgramProperties program = Binder.get(programme).bind("musubi.program", ProgramProperties.class).get();
            assertThat(program.targets()).as("targets of %s", files).isNotEmpty();
            for (ProgramProperties.Target target : program.targets()) {
                String feature = indicators.find(target.indicator()).map(Indicator::feature).orElse(null);
                assertThat(feature == null || features.isEnabled(feature))
                        .as("%s: target %s counts feature %s, which is off", files, target.id(), feature).isTrue();
            }
        }
    }
}

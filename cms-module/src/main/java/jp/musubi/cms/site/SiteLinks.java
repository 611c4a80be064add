package jp.musubi.cms.site;

import static jp.musubi.cms.site.SiteTexts.TEXTS;

import jp.musubi.cms.feature.FeatureRoutes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public site's sections in the shared header, for everyone. */
@Configuration(proxyBeanMethods = false)
class SiteLinks {

    @Bean
    AreaLink articlesArea() {
        return AreaLink.everyone(TEXTS.get("site.link.articles"), "/articles", 1);
    }

    @Bean
    AreaLink issuesArea() {
        return AreaLink.everyone(TEXTS.get("site.link.issues"), "/issues", 2);
    }

    @Bean
    AreaLink seedsArea() {
        return AreaLink.everyone(TEXTS.get("site.link.seeds"), "/seeds", 3);
    }

    @Bean
    AreaLink talentsArea() {
        return AreaLink.everyone(TEXTS.get("site.link.talents"), "/talents", 3);
    }

    @Bean
    AreaLink membersArea() {
        return AreaLink.everyone(TEXTS.get("site.link.members"), "/members", 4);
    }

    @Bean
    AreaLink eventsArea() {
        return AreaLink.everyone(TEXTS.get("site.link.events"), "/events", 5);
    }

    /** The public pages of published issues and their delivery endpoint belong to issue matching. */
    @Bean
    FeatureRoutes issuePageRoutes() {
        return FeatureRoutes.of("issue-matching", "/issues", "/issues/**", "/.rest/delivery/issues/**");
    }

    /** The public pages of talents (人材情報) and their delivery endpoint. */
    @Bean
    FeatureRoutes talentPageRoutes() {
        return FeatureRoutes.of("talents", "/talents", "/talents/**", "/.rest/delivery/talents/**");
    }
}

package jp.musubi.cms.site;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public site's sections in the shared header, for everyone. */
@Configuration(proxyBeanMethods = false)
class SiteLinks {

    @Bean
    AreaLink articlesArea() {
        return AreaLink.everyone("お知らせ", "/articles", 1);
    }

    @Bean
    AreaLink issuesArea() {
        return AreaLink.everyone("課題", "/issues", 2);
    }

    @Bean
    AreaLink seedsArea() {
        return AreaLink.everyone("シーズ", "/seeds", 3);
    }

    @Bean
    AreaLink membersArea() {
        return AreaLink.everyone("会員", "/members", 4);
    }

    @Bean
    AreaLink eventsArea() {
        return AreaLink.everyone("イベント", "/events", 5);
    }
}

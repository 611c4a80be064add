package jp.musubi.workflow.account;

import static jp.musubi.workflow.account.AccountTexts.TEXTS;

import java.util.Arrays;

import jp.musubi.cms.site.AreaLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MyPageAreas {

    @Bean
    AreaLink myPageArea() {
        return AreaLink.forRoles(TEXTS.get("account.area.myPage"), "/mypage", 90,
                Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
    }
}

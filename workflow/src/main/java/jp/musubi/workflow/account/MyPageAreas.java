package jp.musubi.workflow.account;

import java.util.Arrays;

import jp.musubi.cms.site.AreaLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MyPageAreas {

    @Bean
    AreaLink myPageArea() {
        return AreaLink.forRoles("マイページ", "/mypage", 90,
                Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
    }
}

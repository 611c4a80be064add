package jp.musubi.workflow.program;

import static jp.musubi.workflow.program.ProgramTexts.TEXTS;

import jp.musubi.cms.site.AreaLink;
import jp.musubi.workflow.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProgramAreas {

    @Bean
    AreaLink programArea() {
        return AreaLink.forRoles(TEXTS.get("program.area"), "/admin/program", 75, Role.PREF_STAFF.name(), Role.SECRETARIAT.name());
    }
}

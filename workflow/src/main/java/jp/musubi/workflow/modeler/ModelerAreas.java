package jp.musubi.workflow.modeler;

import static jp.musubi.workflow.modeler.ModelerTexts.TEXTS;

import jp.musubi.cms.site.AreaLink;
import jp.musubi.workflow.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ModelerAreas {

    @Bean
    AreaLink modelerArea() {
        return AreaLink.forRoles(TEXTS.get("modeler.java.area"), "/modeler", 60, Role.PROCESS_OWNER.name());
    }
}

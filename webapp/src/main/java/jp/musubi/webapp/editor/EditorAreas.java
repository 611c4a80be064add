package jp.musubi.webapp.editor;

import jp.musubi.cms.site.AreaLink;
import jp.musubi.workflow.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EditorAreas {

    @Bean
    AreaLink editorArea() {
        return AreaLink.forRoles("コンテンツ編集", "/editor", 30, Role.EDITOR.name(), Role.SECRETARIAT.name());
    }
}

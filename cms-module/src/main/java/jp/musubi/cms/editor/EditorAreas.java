package jp.musubi.cms.editor;

import jp.musubi.cms.site.AreaLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Role names as text: the roles are workflow's, and cms-module cannot depend on it. */
@Configuration(proxyBeanMethods = false)
class EditorAreas {

    @Bean
    AreaLink editorArea() {
        return AreaLink.forRoles("コンテンツ編集", "/editor", 30, "EDITOR", "SECRETARIAT");
    }
}

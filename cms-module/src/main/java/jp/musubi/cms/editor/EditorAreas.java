package jp.musubi.cms.editor;

import static jp.musubi.cms.editor.EditorTexts.TEXTS;

import jp.musubi.cms.site.AreaLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Role names as text: the roles are workflow's, and cms-module cannot depend on it. */
@Configuration(proxyBeanMethods = false)
class EditorAreas {

    @Bean
    AreaLink editorArea() {
        return AreaLink.forRoles(TEXTS.get("editor.area"), "/editor", 30, "EDITOR", "SECRETARIAT");
    }
}

package jp.musubi.cms.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.support.CmsSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The editor's pages are cms-module's own: controllers, templates and messages render without
 * workflow (whose approvals the test context replaces by none). Behaviour is tested end to end in webapp.
 */
@CmsSpringBootTest
class EditorFormInCmsModuleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ContentService content;

    @Test
    void theFormOfAnItemRendersFromThisModuleAlone() throws Exception {
        String name = "editor-form-" + UUID.randomUUID().toString().substring(0, 8);
        content.create("articles", name, Map.of("title", "モジュール内の編集画面", "category", "news",
                "body", "<p>本文です。</p>"), "初稿", "editor-a");

        MockHttpServletResponse response = mvc.perform(get("/editor/articles/" + name)
                .with(user(new Staff("editor-a", "編集 太郎")))).andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("モジュール内の編集画面").contains("公開を申請する")
                .contains("編集 太郎").doesNotContain("差し戻されました");
    }

    /** The shared layout greets the user by display name, as workflow's account principal offers it. */
    public static class Staff extends User {

        private final String displayName;

        Staff(String username, String displayName) {
            super(username, "unused", List.of(new SimpleGrantedAuthority("ROLE_EDITOR")));
            this.displayName = displayName;
        }

        public String getDisplayName() {
            return displayName;
        }
    }
}

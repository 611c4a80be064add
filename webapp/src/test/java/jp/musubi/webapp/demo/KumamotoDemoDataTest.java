package jp.musubi.webapp.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import jp.musubi.webapp.support.TestClockConfiguration;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.membership.OrganizationRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** With the kumamoto profile the demo data is seeds/kumamoto/: its members, none of Tochigi's, and a ledger to import. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "kumamoto"})
@Import(TestClockConfiguration.class)
class KumamotoDemoDataTest {

    private static final Path SEEDS = Path.of("..", "seeds", "kumamoto");

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    OrganizationRepository organizations;

    @Test
    void theRegistryHoldsKumamotosMembersAndNoneOfTochigis() throws Exception {
        List<String> keys = Pattern.compile("(?m)^  - key: (\\S+)$").matcher(Files.readString(SEEDS.resolve("organizations.yml")))
                .results().map(match -> match.group(1)).toList();
        assertThat(keys).hasSize(25);
        assertThat(organizations.findAll()).filteredOn(org -> keys.contains(org.key())).hasSize(25);
        assertThat(organizations.findAll()).extracting(org -> org.name()).contains("株式会社肥後電子")
                .doesNotContain("株式会社那須野電子");
        assertThat(accounts.loadUserByUsername("member")).isNotNull();
    }

    @Test
    void theDeliveryApiHoldsThe45MunicipalitiesAndTheDemoContentNeverSaysTochigi() throws Exception {
        mvc.perform(get("/.rest/delivery/municipalities").param("limit", "100"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(45));
        for (String workspace : List.of("members", "seeds", "talents", "articles", "events", "pages")) {
            String json = mvc.perform(get("/.rest/delivery/" + workspace).param("limit", "100"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(json).as(workspace).contains("熊本").doesNotContain("栃木").doesNotContain("とちぎ");
        }
    }

    @Test
    void theMembersDirectoryShowsKumamotosMembers() throws Exception {
        String html = mvc.perform(get("/members")).andReturn().getResponse().getContentAsString();
        // The footer's programme name is the profile's wording (another part of issue #18): only the members are checked.
        assertThat(html).contains("株式会社肥後電子").contains("肥後工業大学").doesNotContain("株式会社那須野電子");
    }

    @Test
    void theGeneratedLedgerOf640MembersPreviewsWithoutARefusedRow() throws Exception {
        byte[] ledger = Files.readAllBytes(SEEDS.resolve("ledger-640.csv"));
        MockHttpServletResponse preview = mvc.perform(multipart("/admin/members/import")
                .file(new MockMultipartFile("file", "ledger-640.csv", "text/csv", ledger))
                .with(csrf()).with(user(accounts.loadUserByUsername("secretariat")))).andReturn().getResponse();
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(preview.getContentAsString()).contains("640件を取り込めます").doesNotContain("行目：");
    }
}

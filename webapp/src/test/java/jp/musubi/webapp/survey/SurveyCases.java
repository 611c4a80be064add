package jp.musubi.webapp.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.workflow.account.AccountService;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Builds surveys through the secretariat's pages, as the tests of the survey feature need them. */
final class SurveyCases {

    private final MockMvc mvc;
    private final UserDetails secretariat;
    private final Clock clock;

    SurveyCases(MockMvc mvc, AccountService accounts, Clock clock) {
        this.mvc = mvc;
        this.secretariat = accounts.loadUserByUsername("secretariat");
        this.clock = clock;
    }

    LocalDate today() {
        return JapaneseTimes.today(clock);
    }

    /** A survey open from today for 30 days; returns its id. */
    long survey(String title) throws Exception {
        return survey(title, today(), today().plusDays(30));
    }

    long survey(String title, LocalDate opensOn, LocalDate closesOn) throws Exception {
        MockHttpServletResponse response = as(post("/admin/surveys").param("title", title).param("intro", "ご協力をお願いします。")
                .param("opensOn", opensOn.toString()).param("closesOn", closesOn.toString()).param("programSurvey", "true"));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return Long.parseLong(response.getRedirectedUrl().substring("/admin/surveys/".length()));
    }

    /** The questionnaire the tests use: q1 はい/いいえ (required), q2 複数 shown if q1 = はい, q3 1–5, q4 free text ≤ 200. */
    void standardQuestions(long id) throws Exception {
        question(id, Map.of("kind", "SINGLE", "text", "DXに取り組んでいますか", "required", "true", "choices", "はい\nいいえ"));
        question(id, Map.of("kind", "MULTIPLE", "text", "取り組んでいる分野", "required", "true",
                "choices", "業務効率化\n販路開拓\n人材育成", "shownIfKey", "q1", "shownIfValue", "はい"));
        question(id, Map.of("kind", "SCALE", "text", "DXの必要性を感じますか", "scaleMin", "1", "scaleMax", "5",
                "minLabel", "感じない", "maxLabel", "強く感じる"));
        question(id, Map.of("kind", "TEXT", "text", "ご意見", "maxLength", "200"));
    }

    void question(long id, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post("/admin/surveys/" + id + "/questions");
        fields.forEach(request::param);
        MockHttpServletResponse response = as(request);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
    }

    MockHttpServletResponse importCsv(long id, String csv) throws Exception {
        return mvc.perform(multipart("/admin/surveys/" + id + "/targets/import")
                .file(new MockMultipartFile("file", "targets.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(user(secretariat))).andReturn().getResponse();
    }

    MockHttpServletResponse as(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(secretariat))).andReturn().getResponse();
    }

    MockHttpServletResponse get(String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(user(secretariat)))
                .andReturn().getResponse();
    }
}

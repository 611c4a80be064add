package jp.musubi.cms.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestSizeLimitFilterTest {

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(10, 100);

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutCallingTheApplication() throws Exception {
        MockHttpServletRequest request = json("{\"name\":\"too-long\"}");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("must not be called");
        });

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"detail\":\"リクエストが大きすぎます。内容を減らしてから送信してください。\"");
    }

    @Test
    void aBodyOfUnknownLengthIsCutOffWhenReadingPassesTheLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/cms/items/pages") {
            @Override
            public long getContentLengthLong() {
                return -1; // chunked
            }
        };
        request.setContentType("application/json");
        request.setContent("{\"name\":\"too-long\"}".getBytes(StandardCharsets.UTF_8));

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) ->
                assertThatThrownBy(() -> read(req))
                        .isInstanceOf(RequestSizeLimitFilter.BodyTooLargeException.class)
                        .satisfies(e -> assertThat(RequestSizeLimitFilter.isTooLarge(new RuntimeException(e))).isTrue()));
    }

    @Test
    void smallBodiesAndUploadsWithinTheirLimitPass() throws Exception {
        MockHttpServletRequest small = json("{}");
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/api/cms/assets");
        upload.setContentType("multipart/form-data; boundary=x");
        upload.setContent(new byte[50]);
        int[] calls = {0};

        filter.doFilter(small, new MockHttpServletResponse(), (req, res) -> calls[0]++);
        filter.doFilter(upload, new MockHttpServletResponse(), (req, res) -> calls[0]++);

        assertThat(calls[0]).isEqualTo(2);
    }

    private static MockHttpServletRequest json(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/cms/items/pages");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static void read(ServletRequest request) throws Exception {
        request.getInputStream().readAllBytes();
    }
}

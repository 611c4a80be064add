package jp.musubi.cms.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import jp.musubi.cms.support.CmsSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Uploads are typed by their bytes; only raster images and PDF get in, and they are served safely. */
@CmsSpringBootTest
class AssetUploadTest {

    private static final byte[] WEBP = Base64.getDecoder().decode("UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=");
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] SVG = ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8);

    /** In cms-module tests /dam needs a login (Spring Security's defaults); webapp opens it to everyone. */
    private static final org.springframework.test.web.servlet.request.RequestPostProcessor EDITOR =
            user("editor-a").roles("EDITOR");

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    AssetRepository assets;

    @Autowired
    AssetProperties properties;

    @Autowired
    AssetService service;

    static Stream<Arguments> acceptedFiles() throws IOException {
        return Stream.of(
                Arguments.of("chart.png", image("png"), "image/png", "chart.png"),
                Arguments.of("写真.JPG", image("jpg"), "image/jpeg", "写真.JPG"),
                Arguments.of("anime.gif", image("gif"), "image/gif", "anime.gif"),
                Arguments.of("photo.webp", WEBP, "image/webp", "photo.webp"),
                Arguments.of("資料.pdf", PDF, "application/pdf", "資料.pdf"),
                Arguments.of("blob", image("png"), "image/png", "blob.png"),
                Arguments.of("C:\\fakepath\\report.v2", PDF, "application/pdf", "report.v2.pdf"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("acceptedFiles")
    void realImagesAndPdfAreAccepted(String filename, byte[] bytes, String mediaType, String storedName) throws Exception {
        MvcResult result = mvc.perform(multipart("/api/cms/assets")
                        .file(new MockMultipartFile("file", filename, "application/octet-stream", bytes)).with(csrf()).with(EDITOR))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value(mediaType))
                .andExpect(jsonPath("$.filename").value(storedName))
                .andExpect(jsonPath("$.size").value(bytes.length))
                .andExpect(jsonPath("$.sha256").value(sha256(bytes)))
                .andExpect(jsonPath("$.uploaded.by").value("editor-a"))
                .andReturn();
        String id = body(result).get("id").asString();

        assertThat(assets.find(java.util.UUID.fromString(id))).get()
                .satisfies(asset -> assertThat(asset.mediaType()).isEqualTo(mediaType));
        mvc.perform(get("/api/cms/assets/" + id).with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value(startsWith("/dam/" + id + "/")));
        mvc.perform(get("/dam/" + id).with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content().bytes(bytes));
    }

    @Test
    void assetsAreServedWithTheirTypeAndCachedForever() throws Exception {
        byte[] png = image("png");
        String id = upload("グラフ.png", png);

        MvcResult result = mvc.perform(get("/dam/" + id + "/グラフ.png").with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable"))
                .andExpect(header().string(HttpHeaders.ETAG, "\"" + sha256(png) + "\""))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"___.png\"; filename*=UTF-8''%E3%82%B0%E3%83%A9%E3%83%95.png"))
                .andExpect(content().bytes(png))
                .andReturn();
        assertThat(result.getResponse().getHeaders("X-Content-Type-Options")).containsExactly("nosniff");

        mvc.perform(get("/dam/" + id).header(HttpHeaders.IF_NONE_MATCH, "\"" + sha256(png) + "\"").with(EDITOR))
                .andExpect(status().isNotModified());
    }

    @Test
    void aPdfIsShownInlineWithItsJapaneseName() throws Exception {
        String id = upload("令和8年度 募集要項.pdf", PDF);

        mvc.perform(get("/dam/" + id + "/whatever.pdf").with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"__8__ ____.pdf\"; filename*=UTF-8''"
                                + "%E4%BB%A4%E5%92%8C8%E5%B9%B4%E5%BA%A6%20%E5%8B%9F%E9%9B%86%E8%A6%81%E9%A0%85.pdf"));
    }

    static Stream<Arguments> spoofedFiles() throws IOException {
        return Stream.of(
                Arguments.of("image.pdf", image("png"), "image/png",
                        "ファイルの内容（PNG画像）と拡張子（.pdf）が一致しません。内容に合った拡張子のファイルをアップロードしてください。"),
                Arguments.of("page.png", HTML, "image/png",
                        "この種類のファイル（HTML）はアップロードできません。アップロードできるのは PNG・JPEG・GIF・WebP の画像と PDF です。"),
                Arguments.of("logo.svg", SVG, "image/svg+xml",
                        "SVG画像はスクリプトを含められるため、アップロードできません。PNG などの画像に変換してからアップロードしてください。"),
                Arguments.of("logo.png", SVG, "image/png",
                        "SVG画像はスクリプトを含められるため、アップロードできません。PNG などの画像に変換してからアップロードしてください。"),
                Arguments.of("notes.pdf", "メモです".getBytes(StandardCharsets.UTF_8), "application/pdf",
                        "この種類のファイル（テキスト）はアップロードできません。アップロードできるのは PNG・JPEG・GIF・WebP の画像と PDF です。"),
                Arguments.of("empty.png", new byte[0], "image/png", "ファイルが空です。内容のあるファイルを選んでください。"));
    }

    @ParameterizedTest(name = "{0} ({2} declared)")
    @MethodSource("spoofedFiles")
    void filesWhoseBytesAreNotAnAllowedTypeOrContradictTheirNameAreRefused(String filename, byte[] bytes,
                                                                           String declaredType, String message)
            throws Exception {
        long before = assets.count();
        long filesBefore = storedFiles();

        mvc.perform(multipart("/api/cms/assets")
                        .file(new MockMultipartFile("file", filename, declaredType, bytes)).with(csrf()).with(EDITOR))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("このファイルはアップロードできません"))
                .andExpect(jsonPath("$.detail").value(message))
                .andExpect(jsonPath("$.errors[0].property").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(message));

        assertThat(assets.count()).isEqualTo(before);
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void aFileLargerThanTheLimitIsRefused() throws Exception {
        byte[] big = new byte[(int) properties.maxSize().toBytes() + 1];
        System.arraycopy(image("png"), 0, big, 0, 60);
        long before = assets.count();
        long filesBefore = storedFiles();

        mvc.perform(multipart("/api/cms/assets")
                        .file(new MockMultipartFile("file", "huge.png", "image/png", big)).with(csrf()).with(EDITOR))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value("ファイルが大きすぎます。アップロードできるのは 10MB までです。"));

        assertThat(assets.count()).isEqualTo(before);
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void missingOrSeveralFilesAreBadRequests() throws Exception {
        mvc.perform(multipart("/api/cms/assets")
                        .file(new MockMultipartFile("other", "a.png", "image/png", image("png"))).with(csrf()).with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("ファイル（file）が指定されていません。"));
        mvc.perform(multipart("/api/cms/assets")
                        .file(new MockMultipartFile("file", "a.png", "image/png", image("png")))
                        .file(new MockMultipartFile("file", "b.png", "image/png", image("png"))).with(csrf()).with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("ファイルは1回に1つずつアップロードしてください。"));
    }

    @Test
    void aRestrictedAssetIsStoredButNeverServedAtDamNorShownByTheApiNorReferable() throws Exception {
        Asset restricted = service.uploadRestricted("内部資料.pdf", new java.io.ByteArrayInputStream(PDF), "municipal");
        assertThat(assets.find(restricted.id())).get().extracting(Asset::restricted).isEqualTo(true);
        assertThat(Files.readAllBytes(service.file(restricted))).isEqualTo(PDF);
        for (String path : new String[] {"/dam/" + restricted.id(), "/dam/" + restricted.id() + "/内部資料.pdf",
                "/api/cms/assets/" + restricted.id()}) {
            mvc.perform(get(path).with(EDITOR))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.title").value("見つかりません"))
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("内部資料"))));
        }
        assertThat(service.exists(restricted.id())).as("content may not refer to it").isFalse();

        Asset open = service.upload("公開資料.pdf", new java.io.ByteArrayInputStream(PDF), "editor-a");
        assertThat(open.restricted()).isFalse();
        assertThat(service.exists(open.id())).isTrue();
        mvc.perform(get("/dam/" + open.id() + "/公開資料.pdf").with(EDITOR)).andExpect(status().isOk());
    }

    @Test
    void unknownAssetsAreNotFound() throws Exception {
        for (String path : new String[] {"/dam/00000000-0000-0000-0000-000000000000", "/dam/not-a-uuid/x.png",
                "/api/cms/assets/00000000-0000-0000-0000-000000000000"}) {
            mvc.perform(get(path).with(EDITOR))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("見つかりません"))
                    .andExpect(jsonPath("$.detail").value(startsWith("ファイル「")));
        }
    }

    private String upload(String filename, byte[] bytes) throws Exception {
        MvcResult result = mvc.perform(multipart("/api/cms/assets")
                        .file(new MockMultipartFile("file", filename, "application/octet-stream", bytes)).with(csrf()).with(EDITOR))
                .andExpect(status().isCreated()).andReturn();
        return body(result).get("id").asString();
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private long storedFiles() throws IOException {
        Path root = properties.directory();
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x3366cc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("ImageIO writes %s", format).isTrue();
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

package jp.musubi.webapp.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of a running Musubi over real HTTP, through the container as a browser reaches it (MockMvc
 * skips the container's refusals and error pages): cookies, the CSRF token of each form, no redirects followed.
 */
public final class HttpVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** @param base the application's root, e.g. {@code http://127.0.0.1:8080} */
    public HttpVisitor(URI base) {
        this.base = base;
    }

    public static HttpVisitor loggedIn(URI base, String loginId, String password) throws IOException, InterruptedException {
        HttpVisitor session = new HttpVisitor(base);
        HttpResponse<String> login = session.submit("/login", "/login", Map.of("username", loginId, "password", password));
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login of " + loginId + " failed: " + login.statusCode() + " " + location);
        }
        return session;
    }

    /** The value of this visitor's cookie {@code name} (e.g. the session, to continue it on another node). */
    public java.util.Optional<String> cookie(String name) {
        return client.cookieHandler().map(CookieManager.class::cast).stream()
                .flatMap(manager -> manager.getCookieStore().getCookies().stream())
                .filter(cookie -> cookie.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst();
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose body is written to {@code target} as it comes (a download such as an archive). */
    public HttpResponse<java.nio.file.Path> download(String path, java.nio.file.Path target)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofFile(target));
    }

    /** Any request, with the CSRF token of the given page in the header as the front-end sends it. */
    public HttpResponse<String> send(String tokenPage, HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.header("X-CSRF-TOKEN", csrfToken(tokenPage)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    private String csrfToken(String page) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(page).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return token.group(1);
    }

    /** Reads the form page for its CSRF token, then posts the fields as the browser would. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> body = new LinkedHashMap<>(fields);
        body.put("_csrf", csrfToken(formPage));
        String encoded = body.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(uri(action)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package jp.musubi.webapp.fault;

import jp.musubi.webapp.support.HttpVisitor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scenario of the crash probe: a visitor applies for membership, the secretariat approves the
 * 入会審査, the answer (302 to the inbox) comes back, and the process is killed at once. After a restart
 * the approval must still be there: task done, account created, approval mail in the outbox.
 */
final class AcknowledgedCompletion {

    static final String DEMO_PASSWORD = "musubi-demo";
    private static final Pattern TASK_LINK = Pattern.compile("/inbox/tasks/([A-Za-z0-9-]+)");

    private final String suffix;

    AcknowledgedCompletion(String suffix) {
        this.suffix = suffix;
    }

    String organization() {
        return "耐障害テスト株式会社" + suffix;
    }

    String loginId() {
        return "crash-" + suffix;
    }

    String mail() {
        return "crash-" + suffix + "@example.jp";
    }

    void apply(ForkedMusubi app) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("organizationName", organization());
        fields.put("kind", "COMPANY");
        fields.put("summary", "障害試験のための組織です。");
        fields.put("contactName", "試験 太郎");
        fields.put("contactEmail", mail());
        fields.put("contactPhone", "028-000-0000");
        fields.put("loginId", loginId());
        fields.put("agreement", "true");
        HttpResponse<String> sent = new HttpVisitor(app.uri("")).submit("/join", "/join/submit", fields);
        assertThat(sent.statusCode()).as("membership application: %s", sent.body()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/join/done"));
    }

    /** The 入会審査 task of this application, from the secretariat's group inbox. */
    String screeningTask(HttpVisitor secretariat) throws IOException, InterruptedException {
        String inbox = secretariat.get("/inbox?view=group&q=" + java.net.URLEncoder.encode(organization(),
                java.nio.charset.StandardCharsets.UTF_8)).body();
        Matcher link = TASK_LINK.matcher(inbox);
        assertThat(link.find()).as("the 入会審査 of %s in the inbox", organization()).isTrue();
        return link.group(1);
    }

    /** Approves; returns once the application has acknowledged the completion. */
    void approve(HttpVisitor secretariat, String task) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("notAntisocial", "true");
        fields.put("termsAccepted", "true");
        fields.put("existenceConfirmed", "true");
        fields.put("admission", "approve");
        HttpResponse<String> done = secretariat.submit("/inbox/tasks/" + task, "/inbox/tasks/" + task, fields);
        assertThat(done.statusCode()).as("approval answer: %s", done.body()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/inbox"));
    }

    /**
     * The whole probe: apply and approve on a first start, SIGKILL right after the answer, then check on
     * a second start of the same database.
     */
    void surviveCrash(java.nio.file.Path workDir, java.util.Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        String task;
        ForkedMusubi first = ForkedMusubi.start(workDir, environment, arguments);
        try {
            apply(first);
            HttpVisitor secretariat = HttpVisitor.loggedIn(first.uri(""), "secretariat", DEMO_PASSWORD);
            task = screeningTask(secretariat);
            approve(secretariat, task);
        } finally {
            first.kill();
        }
        try (ForkedMusubi second = ForkedMusubi.start(workDir, environment, arguments)) {
            assertStillApproved(second, task);
        }
    }

    /** What the secretariat and the administrator see after the restart. */
    void assertStillApproved(ForkedMusubi app, String task) throws IOException, InterruptedException {
        HttpVisitor secretariat = HttpVisitor.loggedIn(app.uri(""), "secretariat", DEMO_PASSWORD);
        assertThat(secretariat.get("/inbox?view=group&q=" + java.net.URLEncoder.encode(organization(),
                java.nio.charset.StandardCharsets.UTF_8)).body())
                .as("the approved 入会審査 is not open again").doesNotContain("/inbox/tasks/" + task);
        HttpVisitor admin = HttpVisitor.loggedIn(app.uri(""), "admin", DEMO_PASSWORD);
        assertThat(admin.get("/admin").body()).as("the new member's account").contains(">" + loginId() + "<");
        assertThat(admin.get("/admin/mail").body()).as("the approval mail in the outbox").contains(mail());
    }
}

package jp.musubi.cms.mail.notification;

import java.util.Map;

/** A notice of no feature, with its templates under src/test: the machinery tested on its own. */
record TestNotice(String to, String name, String message) implements Notice {

    static final MailKind KIND = new MailKind("test-notice", "テスト通知");

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return "テストのお知らせ：" + message;
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        return Map.of("m", this, "pageUrl", links.url("/inbox/tasks/42"));
    }
}

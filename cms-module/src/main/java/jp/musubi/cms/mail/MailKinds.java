package jp.musubi.cms.mail;

import java.util.Map;

/** Japanese names of the outbox's mail kinds (template names), for the admin pages. */
final class MailKinds {

    private static final Map<String, String> LABELS = Map.of(
            "membership-approved", "会員登録の承認",
            "membership-declined", "会員登録の見送り",
            "issue-decision", "課題の取扱判断",
            "proposal-received", "提案の受付",
            "proposal-outcome", "提案の選定結果",
            "inquiry-reply", "お問い合わせへの回答",
            "task-assigned", "タスクの割当て",
            "newsletter", "会員向けメール配信");

    private MailKinds() {
    }

    static String label(String kind) {
        return LABELS.getOrDefault(kind, kind);
    }
}

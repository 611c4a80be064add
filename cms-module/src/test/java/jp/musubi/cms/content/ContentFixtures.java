package jp.musubi.cms.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Valid property values of each content type, and unique item names, for tests sharing one database. */
public final class ContentFixtures {

    private ContentFixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> municipality(String title) {
        return map("title", title, "kana", "てすとし", "code", "099999");
    }

    public static Map<String, Object> member(String title) {
        return map("title", title, "kind", "company", "summary", "テスト用の会員です。",
                "fields", List.of("防災", "農業"), "city", "宇都宮市", "url", "https://www.example.jp/");
    }

    public static Map<String, Object> seed(String memberName) {
        return map("title", "水位センサー", "member", memberName, "summary", "電池で動く水位センサーです。",
                "body", "<p>LPWA で水位を送ります。</p>", "tags", List.of("IoT", "防災"));
    }

    public static Map<String, Object> issue(String municipalityName) {
        return map("title", "水路の水位把握", "municipality", municipalityName, "department", "総務部 危機管理課",
                "summary", "水位計がなく見回りに頼っています。", "background", "<p>大雨が増えています。</p>",
                "currentSituation", "<p>職員が見回っています。</p>", "scope", "local",
                "proposalDeadline", "2026-12-25", "contactPerson", "森 和彦");
    }

    public static Map<String, Object> article(String title) {
        return map("title", title, "category", "news", "lead", "お知らせです。",
                "body", "<p>本文です。</p>", "tags", List.of("お知らせ"), "newsletter", false);
    }

    public static Map<String, Object> event() {
        return map("title", "アイデア創出ワークショップ", "eventType", "workshop", "startAt", "2026-12-10T13:30",
                "endAt", "2026-12-10T16:30", "venue", "栃木県庁", "online", false, "capacity", 40,
                "body", "<p>地域課題を題材に議論します。</p>");
    }

    public static Map<String, Object> page() {
        return map("title", "利用規約", "body", "<h2>第1条</h2><p>この規約は…</p>");
    }

    /** A mutable map (values may be replaced or removed by a test). */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public static Map<String, Object> with(Map<String, Object> values, Object... keysAndValues) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] == null) {
                copy.remove((String) keysAndValues[i]);
            } else {
                copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return copy;
    }
}

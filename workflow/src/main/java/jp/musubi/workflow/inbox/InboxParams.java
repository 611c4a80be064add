package jp.musubi.workflow.inbox;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The inbox's query string, so that a filtered view can be bookmarked: {@code view}, {@code process},
 * {@code case}, {@code due}, {@code q}, {@code sort}, {@code page} (1-based). Unknown values fall back to the default.
 */
public record InboxParams(String view, String process, String caseId, String due, String q, String sort, int page) {

    static final int PAGE_SIZE = 25;

    public static InboxParams of(String view, String process, String caseId, String due, String q, String sort, Integer page) {
        return new InboxParams(lower(valueOf(InboxView.class, view), InboxView.MINE), blank(process), blank(caseId),
                lower(valueOf(DueFilter.class, due), null), q == null ? "" : q.strip(),
                lower(valueOf(InboxSort.class, sort), InboxSort.CREATED_DESC), page == null || page < 1 ? 1 : page);
    }

    InboxFilter filter() {
        return new InboxFilter(InboxView.valueOf(upper(view)), process, caseId, due == null ? null : DueFilter.valueOf(upper(due)),
                q, InboxSort.valueOf(upper(sort)), page - 1, PAGE_SIZE);
    }

    /** This view's URL with one parameter changed (and back to page 1 unless the page is what changed). */
    public String with(String name, Object value) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/inbox");
        put(url, "view", name.equals("view") ? value : view);
        put(url, "process", name.equals("process") ? value : process);
        put(url, "case", name.equals("case") ? value : caseId);
        put(url, "due", name.equals("due") ? value : due);
        put(url, "q", name.equals("q") ? value : q);
        put(url, "sort", name.equals("sort") ? value : sort);
        if (name.equals("page")) {
            put(url, "page", value);
        }
        return url.encode().build().toUriString();
    }

    private static void put(UriComponentsBuilder url, String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            url.queryParam(name, value);
        }
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private static String lower(Enum<?> value, Enum<?> fallback) {
        Enum<?> chosen = value == null ? fallback : value;
        return chosen == null ? null : chosen.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String upper(String value) {
        return value.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

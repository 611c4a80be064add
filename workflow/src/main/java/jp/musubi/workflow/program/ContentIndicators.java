package jp.musubi.workflow.program;

import static jp.musubi.workflow.program.ProgramTexts.TEXTS;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.content.PublicationHistory;
import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.content.PublishedItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Indicators over the published content: posts count on the day they were first published and only
 * while they are still published (an article unpublished later no longer counts); events count on
 * the day they are held, once that day has come.
 */
@Configuration(proxyBeanMethods = false)
class ContentIndicators {

    /** The feature of the issues and their cases (Tochigi's issue-to-matching). */
    static final String ISSUE_MATCHING = "issue-matching";

    /** Key prefix of the workspace labels (program.workspace.issues …). */
    static final String WORKSPACE_LABEL = "program.workspace.";

    static final String ISSUES_PUBLISHED = "issues-published";
    static final String WEB_POSTS = "web-posts";
    static final String DX_CASE_ARTICLES = "dx-case-articles";
    static final String EVENT_INFO = "event-info";

    /** Published content of some workspaces and kinds, dated by first publication. */
    static final class PublishedItems {

        private final PublishedContent content;
        private final PublicationHistory history;

        PublishedItems(PublishedContent content, PublicationHistory history) {
            this.content = content;
            this.history = history;
        }

        List<IndicatorData.CountedRecord> firstPublished(String workspace, Predicate<PublishedItem> which, LocalDate from,
                                                         LocalDate to) {
            Map<String, Instant> first = IndicatorMemo.get(List.of("first-published", workspace),
                    () -> history.firstPublished(workspace));
            List<IndicatorData.CountedRecord> records = new ArrayList<>();
            for (PublishedItem item : all(workspace)) {
                if (!which.test(item)) {
                    continue;
                }
                Instant at = Optional.ofNullable(first.get(item.name())).orElse(item.lastActivated());
                if (at == null) {
                    continue;
                }
                LocalDate day = TokyoDays.dayOf(at);
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    records.add(new IndicatorData.CountedRecord(day, title(item), category(item), item.name(),
                            "/" + workspace + "/" + item.name()));
                }
            }
            return records;
        }

        /** Read once per dashboard or report: the issues feed three indicators, the events four. */
        List<PublishedItem> all(String workspace) {
            return IndicatorMemo.get(List.of("published", workspace), () -> content.findAll(workspace));
        }
    }

    @Bean
    PublishedItems programPublishedItems(PublishedContent content, PublicationHistory history) {
        return new PublishedItems(content, history);
    }

    @Bean
    Indicator issuesPublishedIndicator(PublishedItems items) {
        return Indicator.ofFeature(ISSUE_MATCHING,
                simple(ISSUES_PUBLISHED, (from, to) -> items.firstPublished("issues", item -> true, from, to)));
    }

    /** ホームページでの情報発信: every article published (月2回以上). */
    @Bean
    Indicator webPostsIndicator(PublishedItems items) {
        return simple(WEB_POSTS, (from, to) -> items.firstPublished("articles", item -> true, from, to));
    }

    @Bean
    Indicator dxCaseArticlesIndicator(PublishedItems items) {
        return simple(DX_CASE_ARTICLES, (from, to) -> items.firstPublished("articles",
                item -> "dx-case".equals(item.properties().get("category")), from, to));
    }

    /** イベント情報の発信: event pages and articles of the category イベント・セミナー. */
    @Bean
    Indicator eventInfoIndicator(PublishedItems items) {
        return simple(EVENT_INFO, (from, to) -> {
            List<IndicatorData.CountedRecord> records = new ArrayList<>(items.firstPublished("events", item -> true, from, to));
            records.addAll(items.firstPublished("articles", item -> "event".equals(item.properties().get("category")), from, to));
            return records;
        });
    }

    @Bean
    Indicator workshopsIndicator(PublishedItems items, Clock clock) {
        return Indicator.ofFeature("workshops", heldEvents("workshops", "workshop", items, clock));
    }

    @Bean
    Indicator kickoffIndicator(PublishedItems items, Clock clock) {
        return Indicator.ofFeature("kickoff", heldEvents("kickoff", "kickoff", items, clock));
    }

    @Bean
    Indicator reportMeetingsIndicator(PublishedItems items, Clock clock) {
        return heldEvents("report-meetings", "report-meeting", items, clock);
    }

    @Bean
    Indicator opinionExchangesIndicator(PublishedItems items, Clock clock) {
        return heldEvents("opinion-exchanges", "opinion-exchange", items, clock);
    }

    // 展示会の開催 ("exhibitions") is contributed by workflow.exhibition: held exhibitions with selected exhibitors only.

    /** Published events of one kind whose start day lies in the period and has come (held, not just announced). */
    static Indicator heldEvents(String id, String eventType, PublishedItems items, Clock clock) {
        return simple(id, (from, to) -> {
            LocalDate today = JapaneseTimes.today(clock);
            List<IndicatorData.CountedRecord> records = new ArrayList<>();
            for (PublishedItem event : items.all("events")) {
                if (!eventType.equals(event.properties().get("eventType"))) {
                    continue;
                }
                LocalDate day = startDay(event.properties().get("startAt"));
                if (day != null && !day.isBefore(from) && !day.isAfter(to) && !day.isAfter(today)) {
                    Object venue = event.properties().get("venue");
                    records.add(new IndicatorData.CountedRecord(day, title(event), venue == null ? "" : venue.toString(),
                            event.name(), "/events/" + event.name()));
                }
            }
            return records;
        });
    }

    private static LocalDate startDay(Object startAt) {
        if (startAt == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(startAt.toString()).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    interface Collector {
        List<IndicatorData.CountedRecord> collect(LocalDate from, LocalDate to);
    }

    static Indicator simple(String id, Collector collector) {
        return new Indicator() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public IndicatorData collect(LocalDate from, LocalDate to) {
                return IndicatorData.of(collector.collect(from, to));
            }
        };
    }

    static String title(PublishedItem item) {
        Object title = item.properties().get("title");
        return title == null ? item.name() : title.toString();
    }

    private static String category(PublishedItem item) {
        Object category = item.properties().get("category");
        if (category == null) {
            return TEXTS.get(WORKSPACE_LABEL + item.workspace());
        }
        String key = "program.category." + category;
        return TEXTS.has(key) ? TEXTS.get(key) : category.toString();
    }
}

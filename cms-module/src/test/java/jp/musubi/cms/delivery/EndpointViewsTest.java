package jp.musubi.cms.delivery;

import static jp.musubi.cms.delivery.testdata.DeliveryTestData.notice;
import static jp.musubi.cms.delivery.testdata.DeliveryTestData.place;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jp.musubi.cms.delivery.testdata.DeliveryTestData;
import jp.musubi.cms.delivery.testdata.InMemoryContentChangeLog;
import jp.musubi.cms.delivery.testdata.InMemoryPublishedContent;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import jp.musubi.contenttypes.definition.DeliveryEndpointDefinition;
import org.junit.jupiter.api.Test;

class EndpointViewsTest {

    private static final ContentTypeRegistry REGISTRY = DeliveryTestData.registry();
    private static final DeliveryEndpointDefinition NOTICES = REGISTRY.findEndpoint("notices").orElseThrow();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    private final InMemoryContentChangeLog log = new InMemoryContentChangeLog();
    private final InMemoryPublishedContent content = new InMemoryPublishedContent(log);
    private final PublishedSnapshots snapshots = new PublishedSnapshots(content, log,
            DeliveryProperties.defaults(), System::nanoTime, CLOCK);
    private final EndpointViews views = new EndpointViews(snapshots, REGISTRY, CLOCK);

    private EndpointView view() {
        snapshots.sync();
        return views.view(NOTICES);
    }

    private static String json(EndpointView view, String name) {
        return new String(view.byName().get(name).json(), StandardCharsets.UTF_8);
    }

    @Test
    void unchangedNodesAreReusedAndOnlyThePublishedOneIsRenderedAgain() {
        content.publish(notice("a").with("title", "旧").build());
        content.publish(notice("b").with("title", "t").build());
        EndpointView first = view();
        assertThat(view()).as("nothing changed").isSameAs(first);

        content.publish(notice("a").with("title", "新").build());
        EndpointView second = view();

        assertThat(second.byName().get("b")).isSameAs(first.byName().get("b"));
        assertThat(second.byName().get("a")).isNotSameAs(first.byName().get("a"));
        assertThat(json(second, "a")).contains("新").doesNotContain("旧");
    }

    @Test
    void aChangeInAReferencedWorkspaceRendersTheReferencingNodesAgain() {
        content.publish(place("hall").with("title", "県民ホール").build());
        content.publish(notice("a").with("title", "t").with("place", "hall").build());
        EndpointView first = view();

        content.publish(place("hall").with("title", "新県民ホール").build());
        EndpointView second = view();

        assertThat(json(second, "a")).contains("新県民ホール");
        assertThat(json(first, "a")).doesNotContain("新県民ホール");
    }

    @Test
    void aReferenceIntoTheSameWorkspaceFollowsItsTarget() {
        DeliveryEndpointDefinition nearby = REGISTRY.findEndpoint("places-nearby").orElseThrow();
        content.publish(place("hall").with("title", "県民ホール").with("nearby", "annex").build());
        content.publish(place("annex").with("title", "別館").build());
        snapshots.sync();
        assertThat(new String(views.view(nearby).byName().get("hall").json(), StandardCharsets.UTF_8)).contains("別館");

        content.publish(place("annex").with("title", "新館").build());
        snapshots.sync();

        assertThat(new String(views.view(nearby).byName().get("hall").json(), StandardCharsets.UTF_8))
                .contains("新館").doesNotContain("別館");
    }

    @Test
    void nodesAreInCreationOrderAndLastModifiedIsTheLatestActivation() {
        content.publish(notice("late").with("title", "t").created("2026-05-01T00:00:00Z")
                .activated("2026-05-02T00:00:00Z").build());
        content.publish(notice("early").with("title", "t").created("2026-02-01T00:00:00Z")
                .activated("2026-06-01T00:00:00Z").build());

        EndpointView view = view();

        assertThat(view.nodes()).extracting(DeliveryNode::name).containsExactly("early", "late");
        assertThat(view.lastModified()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
    }

    @Test
    void anEmptyEndpointStillHasALastModified() {
        assertThat(view().lastModified()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
    }
}

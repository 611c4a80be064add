package jp.musubi.cms.delivery;

import static jp.musubi.cms.delivery.testdata.DeliveryTestData.notice;
import static jp.musubi.cms.delivery.testdata.DeliveryTestData.place;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.content.PublishedItem;
import jp.musubi.cms.delivery.testdata.DeliveryTestData;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import jp.musubi.contenttypes.definition.DeliveryEndpointDefinition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NodeRendererTest {

    private static final ContentTypeRegistry REGISTRY = DeliveryTestData.registry();
    private static final DeliveryEndpointDefinition NOTICES = REGISTRY.findEndpoint("notices").orElseThrow();
    private static final DeliveryEndpointDefinition PLACES = REGISTRY.findEndpoint("places").orElseThrow();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NodeRenderer renderer = new NodeRenderer(REGISTRY);
    private final Map<String, PublishedItem> places = new HashMap<>();

    private JsonNode render(PublishedItem item, DeliveryEndpointDefinition endpoint) {
        NodeRenderer.Rendered rendered = renderer.render(item, endpoint,
                (workspace, name) -> workspace.equals(DeliveryTestData.PLACES) ? places.get(name) : null);
        return JSON.readTree(DeliveryJson.node(rendered.node()));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.propertyNames().forEach(keys::add);
        return keys;
    }

    @Test
    void systemFieldsComeFirstInMagnoliasOrderWithTokyoDates() {
        UUID id = UUID.fromString("7f1c2a4e-0000-4000-8000-000000000001");
        PublishedItem item = notice("winter-fair").id(id).with("title", "冬のフェア")
                .created("2026-10-31T15:00:00Z").modified("2026-11-02T01:02:03.456Z").activated("2026-11-03T00:00:00Z")
                .build();

        JsonNode node = render(item, NOTICES);

        assertThat(keys(node)).containsExactly("@name", "@path", "@id", "@nodeType", "mgnl:created",
                "mgnl:lastModified", "mgnl:lastActivated", "mgnl:activationStatus", "title", "@nodes");
        assertThat(node.get("@name").asString()).isEqualTo("winter-fair");
        assertThat(node.get("@path").asString()).isEqualTo("/winter-fair");
        assertThat(node.get("@id").asString()).isEqualTo(id.toString());
        assertThat(node.get("@nodeType").asString()).isEqualTo("mgnl:notice");
        assertThat(node.get("mgnl:created").asString()).isEqualTo("2026-11-01T00:00:00.000+09:00");
        assertThat(node.get("mgnl:lastModified").asString()).isEqualTo("2026-11-02T10:02:03.456+09:00");
        assertThat(node.get("mgnl:lastActivated").asString()).isEqualTo("2026-11-03T09:00:00.000+09:00");
        assertThat(node.get("mgnl:activationStatus").asString()).isEqualTo("published");
        assertThat(node.get("title").asString()).isEqualTo("冬のフェア");
        assertThat(node.get("@nodes").isArray()).isTrue();
        assertThat(node.get("@nodes")).isEmpty();
    }

    @Test
    void aPublishedItemEditedSinceIsModified() {
        JsonNode node = render(notice("edited").with("title", "t").status(PublicationStatus.MODIFIED).build(), NOTICES);

        assertThat(node.get("mgnl:activationStatus").asString()).isEqualTo("modified");
    }

    @Test
    void propertiesKeepTheirJsonTypesInDefinitionOrder() {
        PublishedItem item = notice("typed")
                .with("fee", new BigDecimal("1500.50"))
                .with("title", "型の確認")
                .with("tags", List.of("防災", "農業"))
                .with("priority", 3L)
                .with("score", 4.5)
                .with("featured", true)
                .with("publishedOn", "2026-12-10")
                .with("startAt", "2026-12-10T13:30")
                .with("body", "<p>本文</p>")
                .with("category", "news")
                .build();

        JsonNode node = render(item, NOTICES);

        assertThat(keys(node)).containsSubsequence("title", "category", "tags", "priority", "score", "fee",
                "featured", "publishedOn", "startAt", "body", "@nodes");
        assertThat(node.get("tags").isArray()).isTrue();
        assertThat(node.get("tags").get(0).asString()).isEqualTo("防災");
        assertThat(node.get("tags").get(1).asString()).isEqualTo("農業");
        assertThat(node.get("priority").isIntegralNumber()).isTrue();
        assertThat(node.get("priority").asLong()).isEqualTo(3);
        assertThat(node.get("score").asDouble()).isEqualTo(4.5);
        assertThat(node.get("featured").isBoolean()).isTrue();
        assertThat(node.get("publishedOn").asString()).isEqualTo("2026-12-10");
        assertThat(node.get("startAt").asString()).isEqualTo("2026-12-10T13:30");
        assertThat(node.get("body").asString()).isEqualTo("<p>本文</p>");
        assertThat(node.get("category").asString()).isEqualTo("news");
        String raw = new String(DeliveryJson.node(renderer.render(item, NOTICES, (w, n) -> null).node()),
                StandardCharsets.UTF_8);
        assertThat(raw).contains("\"fee\":1500.50");
    }

    @Test
    void absentPropertiesAreLeftOut() {
        JsonNode node = render(notice("sparse").with("title", "t").with("tags", List.of()).build(), NOTICES);

        assertThat(node.has("tags")).isFalse();
        assertThat(node.has("priority")).isFalse();
    }

    @Test
    void assetsBecomeIdAndDamLink() {
        PublishedItem item = notice("with-assets").with("title", "t")
                .with("image", "img-1").with("attachments", List.of("doc-1", "doc-2")).build();

        JsonNode node = render(item, NOTICES);

        assertThat(keys(node.get("image"))).containsExactly("@id", "@link");
        assertThat(node.get("image").get("@id").asString()).isEqualTo("img-1");
        assertThat(node.get("image").get("@link").asString()).isEqualTo("/dam/img-1");
        assertThat(node.get("attachments")).hasSize(2);
        assertThat(node.get("attachments").get(1).get("@id").asString()).isEqualTo("doc-2");
        assertThat(node.get("attachments").get(1).get("@link").asString()).isEqualTo("/dam/doc-2");
    }

    @Test
    void subModelsBecomeChildNodesListedInNodes() {
        UUID id = UUID.randomUUID();
        PublishedItem item = notice("with-children").id(id).with("title", "t")
                .with("address", Map.of("city", "宇都宮市"))
                .with("sessions", List.of(Map.of("label", "第1部", "handout", "h-1"), Map.of("label", "第2部")))
                .build();

        JsonNode node = render(item, NOTICES);

        assertThat(node.get("@nodes")).extracting(JsonNode::asString).containsExactly("address", "sessions");
        JsonNode address = node.get("address");
        assertThat(keys(address)).containsExactly("@name", "@path", "@id", "@nodeType", "city", "@nodes");
        assertThat(address.get("@name").asString()).isEqualTo("address");
        assertThat(address.get("@path").asString()).isEqualTo("/with-children/address");
        assertThat(address.get("@nodeType").asString()).isEqualTo("mgnl:contentNode");
        assertThat(address.get("@id").asString()).isNotEqualTo(id.toString())
                .isEqualTo(render(item, NOTICES).get("address").get("@id").asString());
        assertThat(address.get("city").asString()).isEqualTo("宇都宮市");

        JsonNode sessions = node.get("sessions");
        assertThat(sessions.get("@nodes")).extracting(JsonNode::asString).containsExactly("0", "1");
        assertThat(sessions.get("0").get("@path").asString()).isEqualTo("/with-children/sessions/0");
        assertThat(sessions.get("0").get("label").asString()).isEqualTo("第1部");
        assertThat(sessions.get("0").get("handout").get("@link").asString()).isEqualTo("/dam/h-1");
        assertThat(sessions.get("1").get("label").asString()).isEqualTo("第2部");
    }

    @Test
    void referencesAreReplacedByThePublishedNodeWithoutFurtherNesting() {
        places.put("hall", place("hall").with("title", "県民ホール").with("nearby", "annex")
                .with("ownerPhone", "028-111-2222").activated("2026-11-20T00:00:00Z").build());
        places.put("annex", place("annex").with("title", "別館").build());
        PublishedItem item = notice("at-hall").with("title", "t").with("place", "hall")
                .with("mainPlace", "hall").activated("2026-11-10T00:00:00Z").build();

        NodeRenderer.Rendered rendered = renderer.render(item, NOTICES, (w, n) -> places.get(n));
        JsonNode node = JSON.readTree(DeliveryJson.node(rendered.node()));

        JsonNode hall = node.get("place");
        assertThat(keys(hall)).containsExactly("@name", "@path", "@id", "@nodeType", "mgnl:created",
                "mgnl:lastModified", "mgnl:lastActivated", "mgnl:activationStatus", "title", "nearby", "@nodes");
        assertThat(hall.get("@nodeType").asString()).isEqualTo("mgnl:place");
        assertThat(hall.get("title").asString()).isEqualTo("県民ホール");
        assertThat(hall.get("nearby").isString()).as("the target's own reference stays a name").isTrue();
        assertThat(hall.get("nearby").asString()).isEqualTo("annex");
        assertThat(node.get("mainPlace").asString()).as("not resolved by the endpoint").isEqualTo("hall");
        assertThat(rendered.lastModified()).as("an embedded node's activation counts")
                .isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
    }

    @Test
    void multipleReferencesKeepOnlyPublishedTargets() {
        places.put("hall", place("hall").with("title", "県民ホール").build());
        places.put("annex", place("annex").with("title", "別館").build());
        PublishedItem item = notice("many").with("title", "t")
                .with("related", List.of("annex", "gone", "hall")).with("place", "gone").build();

        NodeRenderer.Rendered rendered = renderer.render(item, NOTICES, (w, n) -> places.get(n));
        JsonNode node = JSON.readTree(DeliveryJson.node(rendered.node()));

        assertThat(node.get("related")).extracting(n -> n.get("@name").asString()).containsExactly("annex", "hall");
        assertThat(node.has("place")).as("a reference to an unpublished item is omitted").isFalse();
        assertThat(rendered.unresolvedWorkspaces()).containsExactly(DeliveryTestData.PLACES);
        assertThat(renderer.render(notice("fine").with("title", "t").with("place", "hall").build(), NOTICES,
                (w, n) -> places.get(n)).unresolvedWorkspaces()).isEmpty();
    }

    @Test
    void personalDataIsNeverWrittenAtAnyLevel() {
        places.put("hall", place("hall").with("title", "県民ホール").with("ownerPhone", "028-111-2222").build());
        PublishedItem item = notice("private").with("title", "t")
                .with("contactName", "山田太郎").with("contactEmail", "yamada@example.jp")
                .with("address", Map.of("city", "宇都宮市", "residentName", "佐藤花子"))
                .with("place", "hall")
                .with("notDefined", "定義にない値")
                .build();

        String json = new String(DeliveryJson.node(renderer.render(item, NOTICES, (w, n) -> places.get(n)).node()),
                StandardCharsets.UTF_8);

        assertThat(json).contains("宇都宮市", "県民ホール")
                .doesNotContain("contactName", "山田太郎", "contactEmail", "yamada@example.jp",
                        "residentName", "佐藤花子", "ownerPhone", "028-111-2222", "notDefined", "定義にない値");
    }

    @Test
    void anItemOfAnEndpointWithoutReferencesKeepsNames() {
        JsonNode node = render(place("hall").with("title", "県民ホール").with("nearby", "annex").build(), PLACES);

        assertThat(node.get("nearby").asString()).isEqualTo("annex");
    }
}

package jp.musubi.contenttypes.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import jp.musubi.contenttypes.definition.PropertyType.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedDefinitionsTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private final ContentTypeRegistry registry = ContentTypeRegistry.loadFromClasspath();

    @Test
    void everyContentTypeLoadsWithItsWorkspaceAndNodeType() {
        assertThat(registry.types())
                .extracting(ContentTypeDefinition::name, ContentTypeDefinition::workspace, ContentTypeDefinition::nodeType)
                .containsExactly(
                        tuple("article", "articles", "mgnl:article"),
                        tuple("event", "events", "mgnl:event"),
                        tuple("issue", "issues", "mgnl:issue"),
                        tuple("member", "members", "mgnl:member"),
                        tuple("municipality", "municipalities", "mgnl:municipality"),
                        tuple("page", "pages", "mgnl:page"),
                        tuple("seed", "seeds", "mgnl:seed"),
                        tuple("talent", "talents", "mgnl:talent"));
    }

    @Test
    void everyTypeAndPropertyHasAJapaneseLabel() {
        for (ContentTypeDefinition type : registry.types()) {
            assertThat(type.label()).as(type.name()).matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
            for (PropertyDefinition property : type.properties()) {
                assertThat(property.label()).as(type.name() + "." + property.name())
                        .matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
            }
        }
    }

    @Test
    void issueMatchesTheContentModel() {
        ContentTypeDefinition issue = registry.type("issue");

        assertThat(issue.properties()).extracting(PropertyDefinition::name).containsExactly(
                "title", "municipality", "department", "summary", "background", "currentSituation", "direction",
                "tags", "scope", "proposalDeadline", "attachments", "publicStatus",
                "contactPerson", "contactEmail", "contactPhone");
        assertThat(issue.properties()).filteredOn(PropertyDefinition::required).extracting(PropertyDefinition::name)
                .containsExactly("title", "municipality", "department", "summary", "background", "currentSituation");
        assertThat(issue.property("municipality").orElseThrow().type()).isEqualTo(PropertyType.reference("municipality"));
        PropertyDefinition summary = issue.property("summary").orElseThrow();
        assertThat(summary.maxLength()).isEqualTo(400);
        assertThat(summary.multiline()).isTrue();
        assertThat(issue.property("background").orElseThrow().type().kind()).isEqualTo(Kind.RICH_TEXT);
        assertThat(issue.property("tags").orElseThrow().multiple()).isTrue();
        assertThat(issue.property("proposalDeadline").orElseThrow().type().kind()).isEqualTo(Kind.DATE);
        assertThat(issue.property("attachments").orElseThrow()).matches(p -> p.multiple() && p.type().kind() == Kind.ASSET);
        assertThat(issue.property("scope").orElseThrow().options()).extracting(PropertyOption::value)
                .containsExactly("wide-area", "common", "local");
        assertThat(issue.property("publicStatus").orElseThrow().options())
                .extracting(PropertyOption::value, PropertyOption::label)
                .containsExactly(tuple("recruiting", "募集中"), tuple("selecting", "選定中"),
                        tuple("matched", "マッチング済"), tuple("closed", "終了"));
        assertThat(issue.properties()).filteredOn(PropertyDefinition::personalData).extracting(PropertyDefinition::name)
                .containsExactly("contactPerson", "contactEmail", "contactPhone");
        assertThat(issue.deliverableProperties()).extracting(PropertyDefinition::name)
                .doesNotContain("contactPerson", "contactEmail", "contactPhone").contains("title", "publicStatus");
    }

    @Test
    void aProgrammeIsOfferedTheEventKindsOfItsOwnFeaturesOnly() {
        ClassLoader loader = ContentTypeRegistry.class.getClassLoader();
        ContentTypeRegistry kumamoto = ContentTypeRegistry.of(
                DefinitionFiles.fromClasspath(loader, ContentTypeRegistry.CONTENT_TYPES_DIRECTORY),
                DefinitionFiles.fromClasspath(loader, ContentTypeRegistry.DELIVERY_ENDPOINTS_DIRECTORY),
                java.util.Set.of("consultation", "talents", "exhibitions", "surveys", "open-event")::contains);

        assertThat(kumamoto.type("event").property("eventType").orElseThrow().options()).extracting(PropertyOption::value)
                .containsExactly("report-meeting", "opinion-exchange", "exhibition", "seminar", "open-event");
        assertThat(registry.type("event").property("eventType").orElseThrow().options())
                .filteredOn(option -> option.feature() != null).extracting(PropertyOption::feature)
                .containsExactly("kickoff", "workshops", "open-event");
    }

    @Test
    void otherTypesMatchTheContentModel() {
        assertThat(registry.type("seed").property("member").orElseThrow().type()).isEqualTo(PropertyType.reference("member"));
        assertThat(registry.type("seed").property("fields").orElseThrow().multiple()).isTrue();
        assertThat(registry.type("article").property("category").orElseThrow().options()).extracting(PropertyOption::value)
                .containsExactly("issue", "seed", "system", "dx-case", "event", "news");
        assertThat(registry.type("article").property("lead").orElseThrow().maxLength()).isEqualTo(300);
        assertThat(registry.type("article").property("newsletter").orElseThrow().type().kind()).isEqualTo(Kind.BOOLEAN);
        ContentTypeDefinition event = registry.type("event");
        assertThat(event.property("startAt").orElseThrow()).matches(p -> p.required() && p.type().kind() == Kind.DATE_TIME);
        assertThat(event.property("capacity").orElseThrow()).matches(p -> p.type().kind() == Kind.LONG
                && p.min().compareTo(BigDecimal.ONE) == 0 && p.max() == null);
        assertThat(event.property("eventType").orElseThrow().options()).extracting(PropertyOption::value)
                .containsExactly("kickoff", "workshop", "report-meeting", "opinion-exchange", "exhibition", "seminar", "open-event");
        assertThat(event.property("industry").orElseThrow()).matches(p -> !p.required() && p.type().kind() == Kind.STRING);
        assertThat(event.property("industry").orElseThrow().options()).extracting(PropertyOption::label)
                .startsWith("福祉", "建設", "農業");
        assertThat(registry.type("member").property("kind").orElseThrow().options()).extracting(PropertyOption::value)
                .containsExactly("company", "university", "lab", "organization");
        assertThat(registry.type("member").properties()).noneMatch(PropertyDefinition::personalData);
        assertThat(registry.type("municipality").properties()).extracting(PropertyDefinition::name)
                .containsExactly("title", "kana", "code");
        assertThat(registry.type("page").properties()).extracting(PropertyDefinition::name).containsExactly("title", "body");
    }

    @Test
    void everyEndpointResolvesItsWorkspaceToAType() {
        assertThat(registry.endpoints()).extracting(DeliveryEndpointDefinition::name).containsExactly(
                "articles", "events", "issues", "members", "municipalities", "pages", "seeds", "talents");
        for (DeliveryEndpointDefinition endpoint : registry.endpoints()) {
            ContentTypeDefinition type = registry.typeOf(endpoint);
            assertThat(registry.findTypeByWorkspace(endpoint.workspace())).contains(type);
            assertThat(endpoint.nodeTypes()).containsExactly(type.nodeType());
            assertThat(endpoint.rootPath()).isEqualTo("/");
            assertThat(endpoint.limit()).isPositive();
        }
        assertThat(registry.findEndpoint("municipalities").orElseThrow().limit()).isEqualTo(100);
    }

    @Test
    void endpointsResolveTheirReferencesIntoTheTargetTypesWorkspace() {
        DeliveryEndpointDefinition issues = registry.findEndpoint("issues").orElseThrow();
        assertThat(issues.references()).containsExactly(new ReferenceDefinition("municipality", "municipality", "municipalities"));
        assertThat(registry.findTypeByWorkspace(issues.referenceFor("municipality").orElseThrow().targetWorkspace()))
                .contains(registry.type("municipality"));
        assertThat(registry.findEndpoint("seeds").orElseThrow().referenceFor("member"))
                .contains(new ReferenceDefinition("member", "member", "members"));
        assertThat(registry.findEndpoint("articles").orElseThrow().references()).isEmpty();
    }

    @Test
    void lookupsOfUnknownNamesAreEmptyOrFail() {
        assertThat(registry.findType("issues")).isEmpty();
        assertThat(registry.findTypeByWorkspace("issue")).isEmpty();
        assertThat(registry.findEndpoint("issue")).isEmpty();
        assertThatThrownBy(() -> registry.type("news")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("news");
    }

    @Test
    void loadsTheSameDefinitionsFromDirectories() {
        ContentTypeRegistry fromDirectories = ContentTypeRegistry.loadFromDirectories(
                RESOURCES.resolve(ContentTypeRegistry.CONTENT_TYPES_DIRECTORY),
                RESOURCES.resolve(ContentTypeRegistry.DELIVERY_ENDPOINTS_DIRECTORY));

        assertThat(fromDirectories.types()).isEqualTo(registry.types());
        assertThat(fromDirectories.endpoints()).isEqualTo(registry.endpoints());
    }

    @Test
    void loadsTheSameDefinitionsFromAJar(@TempDir Path temp) throws IOException {
        Path jar = temp.resolve("content-types.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(RESOURCES.resolve("musubi"))) {
            // Directory entries too, as the maven-jar-plugin writes them: class loaders find
            // a directory in a jar only through its entry.
            for (Path path : files.toList()) {
                String name = RESOURCES.relativize(path).toString().replace('\\', '/');
                out.putNextEntry(new JarEntry(Files.isDirectory(path) ? name + "/" : name));
                if (Files.isRegularFile(path)) {
                    out.write(Files.readAllBytes(path));
                }
            }
            // A deeper file must not be taken for a definition.
            out.putNextEntry(new JarEntry("musubi/content-types/old/"));
            out.putNextEntry(new JarEntry("musubi/content-types/old/issue.yaml"));
            out.write("not: a definition".getBytes());
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ContentTypeRegistry fromJar = ContentTypeRegistry.loadFromClasspath(loader,
                    ContentTypeRegistry.CONTENT_TYPES_DIRECTORY, ContentTypeRegistry.DELIVERY_ENDPOINTS_DIRECTORY);

            assertThat(fromJar.types()).isEqualTo(registry.types());
            assertThat(fromJar.endpoints()).isEqualTo(registry.endpoints());
        }
    }

    @Test
    void typeNamesRoundTripToMagnoliasSpelling() {
        List<String> spelled = registry.types().stream().flatMap(t -> t.properties().stream())
                .map(p -> p.type().toString()).distinct().sorted().toList();
        assertThat(spelled).containsExactly("Boolean", "Date", "DateTime", "Long", "String", "asset",
                "reference:member", "reference:municipality", "richText");
    }
}

package jp.musubi.contenttypes.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each case is a directory under src/test/resources/broken/ with one mistake in it. */
class BrokenDefinitionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            unknown-type                        | thing.yaml  | property 'note'                    | unknown type 'string'
            unknown-reference                   | thing.yaml  | property 'owner'                   | references unknown content type 'company'
            duplicate-property                  | thing.yaml  | property 'title'                   | duplicate property name
            options-on-long                     | thing.yaml  | property 'capacity'                | 'options' is only allowed on String properties
            max-length-on-rich-text             | thing.yaml  | property 'body'                    | 'maxLength' is only allowed on String properties
            min-on-string                       | thing.yaml  | property 'code'                    | min/max are only allowed on Long, Double and Decimal
            min-above-max                       | thing.yaml  | property 'capacity'                | min 10 is greater than max 1
            fractional-long-min                 | thing.yaml  | property 'capacity'                | must be integers
            missing-label                       | thing.yaml  | property 'note'                    | 'label' is required
            misspelt-flag                       | thing.yaml  | property 'note'                    | unknown key 'requird'
            duplicate-option                    | thing.yaml  | property 'status'.options[1]       | appears twice
            bad-pattern                         | thing.yaml  | property 'code'                    | not a valid regular expression
            wrong-node-type                     | thing.yaml  | model                              | nodeType must be 'mgnl:thing', not 'mgnl:issue'
            missing-workspace                   | thing.yaml  | datasource                         | 'workspace' is required
            duplicate-workspace                 | thing.yaml  | datasource.workspace               | workspace 'things' is already used by content type 'owner'
            unused-sub-model                    | thing.yaml  | subModel 'address'                 | no property has this sub-model as its type
            nested-sub-model                    | thing.yaml  | subModel 'address' property 'building' | a sub-model cannot contain sub-model property 'address'
            sub-model-unknown-reference         | thing.yaml  | subModel 'address' property 'city' | references unknown content type 'city'
            endpoint-unknown-workspace          | stuff.yaml  | workspace                          | no content type is stored in workspace 'stuff'
            endpoint-wrong-node-type            | things.yaml | nodeTypes                          | node type 'mgnl:owner' is not stored in workspace 'things'
            endpoint-bad-type                   | things.yaml | $type                              | only jcrDeliveryEndpoint_v2 is supported
            endpoint-bad-root-path              | things.yaml | rootPath                           | must start with '/'
            endpoint-reference-not-reference    | things.yaml | reference 'title'                  | propertyName 'title' is a String property, not a reference property
            endpoint-reference-unknown-property | things.yaml | reference 'owner'                  | propertyName 'ownr' is not a property of content type 'thing'
            endpoint-reference-wrong-workspace  | things.yaml | reference 'owner'                  | targetWorkspace 'things' does not hold the referenced type 'owner'
            """)
    void brokenDefinitionNamesFileElementAndReason(String brokenCase, String file, String element, String reason) {
        ContentDefinitionException e = catchThrowableOfType(ContentDefinitionException.class, () -> load(brokenCase));

        assertThat(e).as("loading broken/%s must fail", brokenCase).isNotNull();
        assertThat(e.file()).endsWith("broken/" + brokenCase + "/" + directoryOf(file) + "/" + file);
        assertThat(e.element()).isEqualTo(element);
        assertThat(e.reason()).contains(reason);
        assertThat(e.getMessage()).contains(file, element, reason);
    }

    @Test
    void invalidYamlNamesTheFile() {
        assertThatThrownBy(() -> load("not-yaml"))
                .isInstanceOf(ContentDefinitionException.class)
                .hasMessageStartingWith("broken/not-yaml/content-types/thing.yaml: not valid YAML");
    }

    @Test
    void duplicateYamlKeysAreRefused() {
        assertThatThrownBy(() -> load("duplicate-yaml-key"))
                .isInstanceOf(ContentDefinitionException.class)
                .hasMessageContaining("thing.yaml")
                .hasMessageContaining("Duplicate")
                .hasMessageContaining("label")
                .hasMessageContaining("line 12");
    }

    @Test
    void noContentTypesAtAllIsAnError() {
        assertThatThrownBy(() -> ContentTypeRegistry.loadFromDirectories(Path.of("does-not-exist"), Path.of("nor-this")))
                .isInstanceOf(ContentDefinitionException.class)
                .hasMessageContaining("does-not-exist")
                .hasMessageContaining("no content type definitions");
    }

    @Test
    void aTypeDefinedTwiceIsAnError() {
        DefinitionFile page = new DefinitionFile("a/page.yaml", """
                label: 固定ページ
                datasource: {workspace: pages}
                model: {nodeType: "mgnl:page", properties: [{name: title, label: タイトル}]}
                """);
        DefinitionFile again = new DefinitionFile("b/page.yaml", page.content().replace("pages", "pages2"));

        assertThatThrownBy(() -> ContentTypeRegistry.of(List.of(page, again), List.of()))
                .isInstanceOf(ContentDefinitionException.class)
                .hasMessage("b/page.yaml: content type 'page' is defined twice");
    }

    @Test
    void typeDefaultsToStringAsInMagnolia() {
        ContentTypeRegistry registry = ContentTypeRegistry.of(List.of(new DefinitionFile("page.yaml", """
                label: 固定ページ
                datasource: {workspace: pages}
                model: {nodeType: "mgnl:page", properties: [{name: title, label: タイトル}]}
                """)), List.of());

        assertThat(registry.type("page").property("title").orElseThrow().type()).isEqualTo(PropertyType.of(PropertyType.Kind.STRING));
    }

    private static ContentTypeRegistry load(String brokenCase) {
        return ContentTypeRegistry.loadFromClasspath(BrokenDefinitionsTest.class.getClassLoader(),
                "broken/" + brokenCase + "/content-types", "broken/" + brokenCase + "/delivery-endpoints");
    }

    private static String directoryOf(String file) {
        return file.equals("thing.yaml") || file.equals("owner.yaml") ? "content-types" : "delivery-endpoints";
    }
}

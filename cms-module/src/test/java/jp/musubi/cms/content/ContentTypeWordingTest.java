package jp.musubi.cms.content;

import static org.assertj.core.api.Assertions.assertThat;

import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import jp.musubi.contenttypes.definition.DefinitionFile;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The content types' labels in the programme's word for its local governments (栃木: 市町, 熊本: 市町村). */
class ContentTypeWordingTest {

    private final ApplicationContextRunner content = new ApplicationContextRunner()
            .withUserConfiguration(ContentTypesConfiguration.class);

    @Test
    void kumamotosEditorSaysMunicipalitiesAsKumamotoDoes() {
        content.withPropertyValues("musubi.site.local-government-term=市町村").run(context -> {
            ContentTypeRegistry registry = context.getBean(ContentTypeRegistry.class);
            assertThat(registry.type("municipality").label()).isEqualTo("市町村");
            assertThat(registry.type("municipality").property("title").orElseThrow().label()).isEqualTo("市町村名");
            assertThat(registry.type("member").property("city").orElseThrow().label()).isEqualTo("所在地（市町村名）");
            assertThat(registry.type("municipality").workspace()).isEqualTo("municipalities");
        });
    }

    @Test
    void tochigiAndAnUnsetTermKeepTheDefinitionsAsWritten() {
        for (String[] properties : new String[][] {{"musubi.site.local-government-term=市町"}, {}}) {
            content.withPropertyValues(properties).run(context -> {
                ContentTypeRegistry registry = context.getBean(ContentTypeRegistry.class);
                assertThat(registry.type("municipality").label()).isEqualTo("市町");
                assertThat(registry.type("member").property("city").orElseThrow().label()).isEqualTo("所在地（市町名）");
            });
        }
    }

    @Test
    void onlyLabelsChangeAndTheProgrammesOwnWordStays() {
        DefinitionFile file = new DefinitionFile("thing.yaml", """
                # 市町: a comment stays
                label: 市町
                properties:
                  - name: city
                    label: 市町村・市町の名前
                    description: 市町
                """);

        assertThat(ContentTypesConfiguration.inProgrammeWords(file, "市町村").content()).isEqualTo("""
                # 市町: a comment stays
                label: 市町村
                properties:
                  - name: city
                    label: 市町村・市町村の名前
                    description: 市町
                """);
    }
}

package jp.musubi.cms.content;

import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import jp.musubi.contenttypes.definition.ContentValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and validates the content type and endpoint definitions once; a broken one stops start-up. */
@Configuration(proxyBeanMethods = false)
class ContentTypesConfiguration {

    @Bean
    ContentTypeRegistry contentTypeRegistry() {
        return ContentTypeRegistry.loadFromClasspath();
    }

    @Bean
    ContentValidator contentValidator(ContentTypeRegistry registry) {
        return new ContentValidator(registry);
    }
}

package jp.musubi.cms.content;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.cms.common.Messages;
import jp.musubi.cms.feature.FeatureProperties;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import jp.musubi.contenttypes.definition.ContentValidator;
import jp.musubi.contenttypes.definition.DefinitionFile;
import jp.musubi.contenttypes.definition.DefinitionFiles;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Loads and validates the content type and endpoint definitions once; a broken one stops start-up. */
@Configuration(proxyBeanMethods = false)
class ContentTypesConfiguration {

    /** The programme's word for its local governments (栃木: 市町, 熊本: 市町村), as {@code SiteProperties} binds it. */
    static final String LOCAL_GOVERNMENT_TERM = "musubi.site.local-government-term";
    static final String FEATURES = "musubi.features";

    private static final Pattern LABEL_LINE = Pattern.compile("(?m)^(\\s*(?:-\\s*)?label:[ \\t]*)(.*)$");

    @Bean
    ContentTypeRegistry contentTypeRegistry(Environment environment) {
        ClassLoader loader = ContentTypeRegistry.class.getClassLoader();
        String term = environment.getProperty(LOCAL_GOVERNMENT_TERM);
        List<DefinitionFile> types = DefinitionFiles.fromClasspath(loader, ContentTypeRegistry.CONTENT_TYPES_DIRECTORY)
                .stream().map(file -> inProgrammeWords(file, term)).toList();
        return ContentTypeRegistry.of(types,
                DefinitionFiles.fromClasspath(loader, ContentTypeRegistry.DELIVERY_ENDPOINTS_DIRECTORY),
                enabledFeatures(environment));
    }

    /**
     * The programme's switches, bound here from the environment rather than taken from the {@code Features} bean,
     * which collects every module's routes and would make the content types wait for all of them.
     */
    static Predicate<String> enabledFeatures(Environment environment) {
        FeatureProperties switches = Binder.get(environment).bind(FEATURES, FeatureProperties.class)
                .orElseGet(() -> new FeatureProperties(null));
        return switches::enables;
    }

    @Bean
    ContentValidator contentValidator(ContentTypeRegistry registry) {
        return new ContentValidator(registry);
    }

    /**
     * The definitions' labels name local governments with the product's default word
     * ({@code site.defaultLocalGovernmentTerm}, Tochigi's 市町); a programme with another word (Kumamoto's 市町村)
     * gets its own in the editor's fields and messages. Labels only: names, workspaces and comments stay.
     */
    static DefinitionFile inProgrammeWords(DefinitionFile file, String term) {
        String base = Messages.of("i18n/site").get("site.defaultLocalGovernmentTerm");
        if (term == null || term.isBlank() || term.equals(base)) {
            return file;
        }
        // 市町 inside 市町村 is the programme's word already.
        String rest = term.startsWith(base) ? term.substring(base.length()) : "";
        Pattern word = Pattern.compile(Pattern.quote(base) + (rest.isEmpty() ? "" : "(?!" + Pattern.quote(rest) + ")"));
        Matcher line = LABEL_LINE.matcher(file.content());
        StringBuilder content = new StringBuilder();
        while (line.find()) {
            String label = word.matcher(line.group(2)).replaceAll(Matcher.quoteReplacement(term));
            line.appendReplacement(content, Matcher.quoteReplacement(line.group(1) + label));
        }
        line.appendTail(content);
        return new DefinitionFile(file.location(), content.toString());
    }
}

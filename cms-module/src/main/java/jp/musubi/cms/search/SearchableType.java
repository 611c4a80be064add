package jp.musubi.cms.search;

import java.util.List;
import java.util.Optional;

import jp.musubi.contenttypes.definition.ContentTypeDefinition;
import jp.musubi.contenttypes.definition.PropertyDefinition;
import jp.musubi.contenttypes.definition.PropertyType;

/**
 * What the index takes from one content type. Only deliverable properties: personal data never
 * enters the index, so it can neither be found nor shown in a highlight.
 *
 * @param textProperties    String and richText properties, searched and highlighted
 * @param keywordProperties properties with exact values to filter and count by: String with options,
 *                          multiple String (tags, fields), and references (a seed's member)
 */
record SearchableType(ContentTypeDefinition type, List<PropertyDefinition> textProperties,
                      List<PropertyDefinition> keywordProperties) {

    SearchableType {
        textProperties = List.copyOf(textProperties);
        keywordProperties = List.copyOf(keywordProperties);
    }

    static SearchableType of(ContentTypeDefinition type) {
        List<PropertyDefinition> deliverable = type.deliverableProperties();
        return new SearchableType(type,
                deliverable.stream().filter(SearchableType::isText).toList(),
                deliverable.stream().filter(SearchableType::isKeyword).toList());
    }

    String workspace() {
        return type.workspace();
    }

    Optional<PropertyDefinition> keywordProperty(String name) {
        return keywordProperties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static boolean isText(PropertyDefinition property) {
        PropertyType.Kind kind = property.type().kind();
        return kind == PropertyType.Kind.STRING || kind == PropertyType.Kind.RICH_TEXT;
    }

    private static boolean isKeyword(PropertyDefinition property) {
        PropertyType.Kind kind = property.type().kind();
        return kind == PropertyType.Kind.REFERENCE
                || kind == PropertyType.Kind.STRING && (property.hasOptions() || property.multiple());
    }
}

package jp.musubi.cms.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.cms.asset.AssetService;
import jp.musubi.contenttypes.definition.ContentTypeDefinition;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import jp.musubi.contenttypes.definition.PropertyDefinition;
import jp.musubi.contenttypes.definition.PropertyType.Kind;
import jp.musubi.contenttypes.definition.Violation;
import org.springframework.stereotype.Component;

/**
 * Checks what only the store knows, on validated values: that every reference names an existing
 * item of its target type and every asset property an uploaded asset. Collects the references so
 * they can be recorded with the revision.
 */
@Component
class ReferenceChecker {

    private final ContentTypeRegistry registry;
    private final ContentRepository items;
    private final AssetService assets;

    ReferenceChecker(ContentTypeRegistry registry, ContentRepository items, AssetService assets) {
        this.registry = registry;
        this.items = items;
        this.assets = assets;
    }

    void check(ContentTypeDefinition type, Map<String, Object> values, List<Violation> violations,
               List<ReferenceTarget> references) {
        group(type, type.properties(), values, "", violations, references);
    }

    private void group(ContentTypeDefinition type, List<PropertyDefinition> properties, Map<?, ?> values,
                       String prefix, List<Violation> violations, List<ReferenceTarget> references) {
        for (PropertyDefinition property : properties) {
            Object value = values.get(property.name());
            if (value == null) {
                continue;
            }
            String path = prefix + property.name();
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    single(type, property, list.get(i), path + "[" + i + "]", violations, references);
                }
            } else {
                single(type, property, value, path, violations, references);
            }
        }
    }

    private void single(ContentTypeDefinition type, PropertyDefinition property, Object value, String path,
                        List<Violation> violations, List<ReferenceTarget> references) {
        switch (property.type().kind()) {
            case REFERENCE -> {
                ContentTypeDefinition target = registry.type(property.type().target());
                String name = value.toString();
                if (items.exists(target.workspace(), name)) {
                    references.add(new ReferenceTarget(path, target.workspace(), name));
                } else {
                    violations.add(new Violation(path, ContentMessages.missingReference(property.label(),
                            target.label(), name)));
                }
            }
            case ASSET -> {
                Optional<UUID> id = AssetService.parse(value.toString());
                if (id.isEmpty()) {
                    violations.add(new Violation(path, ContentMessages.notAssetId(property.label())));
                } else if (!assets.exists(id.get())) {
                    violations.add(new Violation(path, ContentMessages.missingAsset(property.label(), value.toString())));
                }
            }
            case SUB_MODEL -> {
                if (value instanceof Map<?, ?> map) {
                    group(type, type.subModel(property.type().target()).orElseThrow().properties(), map,
                            path + ".", violations, references);
                }
            }
            default -> {
                // checked by ContentValidator alone
            }
        }
    }
}

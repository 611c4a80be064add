package jp.musubi.cms.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.musubi.contenttypes.definition.ContentTypeDefinition;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;

/** The searchable content types, by workspace, as the content type registry defines them. */
final class SearchSchema {

    private final Map<String, SearchableType> byWorkspace = new LinkedHashMap<>();
    private final List<String> allTextProperties;

    SearchSchema(ContentTypeRegistry registry) {
        Set<String> textProperties = new LinkedHashSet<>();
        for (ContentTypeDefinition type : registry.types()) {
            SearchableType searchable = SearchableType.of(type);
            byWorkspace.put(type.workspace(), searchable);
            searchable.textProperties().forEach(p -> textProperties.add(p.name()));
        }
        this.allTextProperties = List.copyOf(new ArrayList<>(textProperties));
    }

    Optional<SearchableType> find(String workspace) {
        return Optional.ofNullable(workspace == null ? null : byWorkspace.get(workspace));
    }

    Collection<SearchableType> types() {
        return byWorkspace.values();
    }

    Set<String> workspaces() {
        return byWorkspace.keySet();
    }

    /** Names of the text properties of a workspace, or of every workspace when it is null. */
    List<String> textProperties(String workspace) {
        if (workspace == null) {
            return allTextProperties;
        }
        return find(workspace).map(t -> t.textProperties().stream().map(p -> p.name()).toList()).orElse(List.of());
    }
}

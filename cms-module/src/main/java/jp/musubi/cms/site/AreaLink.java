package jp.musubi.cms.site;

import java.util.Set;

/**
 * A link in the shared header that leads a user to an area of the product.
 * Each module registers the areas it has as beans; the header shows those the user may enter.
 *
 * @param label Japanese label shown in the header
 * @param path  the area's entry path
 * @param roles roles (without {@code ROLE_}) that may enter; empty means everyone, including the public
 * @param order position in the header, ascending
 */
public record AreaLink(String label, String path, Set<String> roles, int order) {

    public AreaLink {
        roles = Set.copyOf(roles);
    }

    public static AreaLink everyone(String label, String path, int order) {
        return new AreaLink(label, path, Set.of(), order);
    }

    public static AreaLink forRoles(String label, String path, int order, String... roles) {
        return new AreaLink(label, path, Set.of(roles), order);
    }

    public boolean visibleTo(Set<String> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}

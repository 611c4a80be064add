package jp.musubi.cms.content;

import java.util.regex.Pattern;

/** Item names ({@code @name}): lower-case ASCII slugs, the last segment of the item's path. */
public final class ItemNames {

    public static final int MAX_LENGTH = 80;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private ItemNames() {
    }

    public static boolean isValid(String name) {
        return name != null && name.length() <= MAX_LENGTH && SLUG.matcher(name).matches();
    }

    public static String path(String name) {
        return "/" + name;
    }
}

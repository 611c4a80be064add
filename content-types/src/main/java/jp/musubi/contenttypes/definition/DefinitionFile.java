package jp.musubi.contenttypes.definition;

import java.util.Objects;

/**
 * The text of one definition file and where it came from. The definition's name is the file
 * name without {@code .yaml}, as in Magnolia, where the file name names the content type or
 * endpoint.
 */
public record DefinitionFile(String location, String content) {

    static final String EXTENSION = ".yaml";

    public DefinitionFile {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(content, "content");
    }

    public String name() {
        String fileName = location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
        return fileName.endsWith(EXTENSION)
                ? fileName.substring(0, fileName.length() - EXTENSION.length()) : fileName;
    }
}

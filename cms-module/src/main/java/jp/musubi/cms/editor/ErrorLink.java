package jp.musubi.cms.editor;

import java.util.List;
import java.util.Map;

/** One line of the error summary at the top of a form: the message, linked to its field. */
public record ErrorLink(String href, String message) {

    static List<ErrorLink> of(Map<String, String> errors) {
        return errors.entrySet().stream()
                .map(error -> new ErrorLink("#" + fieldId(error.getKey()), error.getValue()))
                .toList();
    }

    static String fieldId(String path) {
        return switch (path) {
            case "name" -> "item-name";
            case "comment" -> "revision-comment";
            default -> EditorFields.fieldId(path);
        };
    }
}

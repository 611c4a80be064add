package jp.musubi.cms.revision;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.musubi.cms.common.Messages;
import jp.musubi.contenttypes.definition.ContentTypeDefinition;
import jp.musubi.contenttypes.definition.PropertyDefinition;
import jp.musubi.contenttypes.definition.PropertyType.Kind;
import jp.musubi.contenttypes.definition.SubModelDefinition;

/**
 * Stored values as a reader of the diff sees them: option labels instead of codes, はい/いいえ,
 * rich text as plain text with its images named by their alternative text. Stored rich text is
 * the sanitizer's output, so simple patterns suffice to read it.
 */
final class ReadableValues {

    static final Messages TEXTS = Messages.of("i18n/revision");

    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>");
    private static final Pattern ALT = Pattern.compile("\\balt=\"([^\"]*)\"");
    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*?\\bhref=\"([^\"]*)\"[^>]*>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern BLOCK_END = Pattern.compile("</(p|h[1-6]|li|tr|blockquote|figcaption|caption)>|<br\\s*/?>");
    private static final Pattern CELL_END = Pattern.compile("</t[dh]>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    private ReadableValues() {
    }

    /**
     * How a diff names what a stored id points to: a referenced item by its title, an asset by its file
     * name, rather than by ids nobody recognizes.
     */
    interface Names {
        Names IDS = new Names() {
        };

        /** @param targetType the referenced content type's name, e.g. member */
        default String reference(String targetType, String name) {
            return name;
        }

        default String asset(String id) {
            return id;
        }
    }

    static String of(ContentTypeDefinition type, PropertyDefinition property, Object value) {
        return of(type, property, value, Names.IDS);
    }

    static String of(ContentTypeDefinition type, PropertyDefinition property, Object value, Names names) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> single(type, property, v, names)).filter(s -> !s.isEmpty())
                    .collect(Collectors.joining(property.type().kind() == Kind.RICH_TEXT
                            || property.type().kind() == Kind.SUB_MODEL ? "\n" : TEXTS.get("revision.valueSeparator")));
        }
        return single(type, property, value, names);
    }

    private static String single(ContentTypeDefinition type, PropertyDefinition property, Object value, Names names) {
        if (value == null) {
            return "";
        }
        return switch (property.type().kind()) {
            case BOOLEAN -> TEXTS.get(Boolean.TRUE.equals(value) ? "revision.yes" : "revision.no");
            case RICH_TEXT -> richText(value.toString());
            case ASSET -> TEXTS.get("revision.asset", names.asset(value.toString()));
            case REFERENCE -> names.reference(property.type().target(), value.toString());
            case STRING -> property.findOption(value.toString()).map(o -> o.label()).orElse(value.toString());
            case SUB_MODEL -> subModel(type, property, value, names);
            default -> value.toString();
        };
    }

    private static String subModel(ContentTypeDefinition type, PropertyDefinition property, Object value, Names names) {
        SubModelDefinition subModel = type.subModel(property.type().target()).orElse(null);
        if (subModel == null || !(value instanceof Map<?, ?> map)) {
            return value.toString();
        }
        return subModel.properties().stream()
                .filter(p -> map.get(p.name()) != null)
                .map(p -> p.label() + "：" + of(type, p, map.get(p.name()), names))
                .collect(Collectors.joining(" / "));
    }

    /** Plain text of sanitized rich text; images and link targets stay visible, as they matter to a reviewer. */
    static String richText(String html) {
        String text = replace(IMAGE, html, m -> {
            Matcher alt = ALT.matcher(m.group());
            return TEXTS.get("revision.image", alt.find() && !alt.group(1).isBlank() ? alt.group(1) : TEXTS.get("revision.noAltText"));
        });
        text = replace(LINK, text, m -> m.group(2) + "（" + m.group(1) + "）");
        text = CELL_END.matcher(text).replaceAll(" | ");
        text = BLOCK_END.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = replace(ENTITY, text, m -> entity(m.group(1)));
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> new String(Character.toChars(name.startsWith("#x")
                    ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1))));
        };
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

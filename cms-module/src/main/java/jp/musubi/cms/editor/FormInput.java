package jp.musubi.cms.editor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jp.musubi.cms.asset.Asset;
import jp.musubi.cms.asset.AssetRejectedException;
import jp.musubi.cms.asset.AssetService;
import jp.musubi.contenttypes.definition.ContentTypeDefinition;
import jp.musubi.contenttypes.definition.PropertyDefinition;
import jp.musubi.contenttypes.definition.PropertyType.Kind;
import jp.musubi.contenttypes.definition.Violation;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Reads the generated form back into property values for {@code ContentService}. What the form
 * itself can check is checked here (an uploaded file's content, images without alternative text);
 * everything else is left to the content type's validation, so both paths give the same messages.
 */
@Component
class FormInput {

    private static final Pattern SEPARATORS = Pattern.compile("[,、，\\n]");
    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\balt\\s*=\\s*(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);

    private final AssetService assets;
    private final EditorMessages messages;

    FormInput(AssetService assets, EditorMessages messages) {
        this.assets = assets;
        this.messages = messages;
    }

    /** The values read, and the problems found before the content type's validation. */
    record Read(Map<String, Object> values, List<Violation> violations) {
    }

    /**
     * @param stored the stored values: properties this form cannot edit keep them
     */
    Read read(ContentTypeDefinition type, HttpServletRequest request, Map<String, Object> stored, String user) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> values = group(type, type.properties(), "", request, stored == null ? Map.of() : stored,
                user, violations);
        return new Read(values, violations);
    }

    private Map<String, Object> group(ContentTypeDefinition type, List<PropertyDefinition> properties, String prefix,
                                      HttpServletRequest request, Map<?, ?> stored, String user,
                                      List<Violation> violations) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (PropertyDefinition property : properties) {
            String path = prefix + property.name();
            String param = EditorFields.PARAM_PREFIX + path;
            String[] raw = request.getParameterValues(param);
            Widget widget = EditorFields.widget(property);
            switch (widget) {
                case READ_ONLY -> {
                    if (stored.get(property.name()) != null) {
                        values.put(property.name(), stored.get(property.name()));
                    }
                }
                case SUB_MODEL -> values.put(property.name(), group(type,
                        type.subModel(property.type().target()).orElseThrow().properties(), path + ".", request,
                        stored.get(property.name()) instanceof Map<?, ?> map ? map : Map.of(), user, violations));
                case CHECKBOX -> values.put(property.name(), raw != null && Arrays.asList(raw).contains("true"));
                case CHECKBOXES -> values.put(property.name(), raw == null ? List.of()
                        : Arrays.stream(raw).filter(v -> !v.isBlank()).toList());
                case TAGS, LINES -> values.put(property.name(), split(first(raw)));
                case ASSET -> values.put(property.name(), asset(property, path, first(raw), request, user, violations));
                case RICH_TEXT -> {
                    String html = first(raw);
                    checkImages(property, path, html, violations);
                    values.put(property.name(), html);
                }
                default -> values.put(property.name(), first(raw));
            }
        }
        return values;
    }

    private static String first(String[] raw) {
        return raw == null || raw.length == 0 ? "" : raw[0];
    }

    static List<String> split(String text) {
        return SEPARATORS.splitAsStream(text).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** An uploaded file replaces the typed asset id; a refused upload keeps the previous id. */
    private String asset(PropertyDefinition property, String path, String typedId, HttpServletRequest request,
                         String user, List<Violation> violations) {
        // Security's request wrappers hide the multipart request; look beneath them.
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            MultipartFile file = multipart.getFile("upload." + path);
            if (file != null && !file.isEmpty()) {
                try (InputStream in = file.getInputStream()) {
                    Asset asset = assets.upload(file.getOriginalFilename(), in, user);
                    return asset.id().toString();
                } catch (AssetRejectedException e) {
                    violations.add(new Violation(path, messages.get("editor.upload.refused", property.label(), e.getMessage())));
                } catch (IOException e) {
                    violations.add(new Violation(path, messages.get("editor.upload.failed", property.label())));
                }
            }
        }
        return typedId;
    }

    /** Accessibility (JIS X 8341-3): every image in rich text needs a text alternative. */
    private void checkImages(PropertyDefinition property, String path, String html, List<Violation> violations) {
        Matcher image = IMAGE.matcher(html);
        int count = 0;
        while (image.find()) {
            count++;
            Matcher alt = ALT.matcher(image.group());
            String text = !alt.find() ? "" : alt.group(2) != null ? alt.group(2) : alt.group(3);
            if (text.isBlank()) {
                violations.add(new Violation(path, messages.get("editor.image.noAlt", property.label(), count)));
            }
        }
    }
}

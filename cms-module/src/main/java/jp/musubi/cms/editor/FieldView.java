package jp.musubi.cms.editor;

import java.util.List;

import jp.musubi.contenttypes.definition.PropertyOption;

/**
 * One input of the generated form.
 *
 * @param param     the request parameter ({@code f.title}, {@code f.address.city})
 * @param id        the element id ({@code f-title})
 * @param value     the single value as typed or stored ("" when empty)
 * @param values    the chosen values of a multiple property with options
 * @param hint      what the field expects, or null
 * @param error     the message next to the field, or null
 * @param target    the workspace a reference points to, or null
 * @param children  the fields of a sub-model
 */
public record FieldView(String param, String id, String label, Widget widget, boolean required, boolean multiple,
                        List<PropertyOption> options, String value, List<String> values, String hint, String error,
                        String target, List<FieldView> children) {

    public boolean hasError() {
        return error != null;
    }

    /** aria-describedby: the hint and the error, when present. */
    public String describedBy() {
        String ids = (hint == null ? "" : id + "-hint") + (error == null ? "" : " " + id + "-error");
        return ids.isBlank() ? null : ids.strip();
    }

    public boolean chosen(String option) {
        return values.contains(option) || value.equals(option);
    }
}

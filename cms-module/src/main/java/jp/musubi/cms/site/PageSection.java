package jp.musubi.cms.site;

import java.util.Map;

/**
 * One section of a public page: the template that holds a fragment named {@code section}, rendered
 * with the variable {@code section} bound to {@link #model()}. Whatever the fragment shows is public:
 * no personal data.
 *
 * @param template the template's name, e.g. {@code exhibition/page-section}
 */
public record PageSection(String template, Map<String, Object> model) {

    public PageSection {
        model = Map.copyOf(model);
    }
}

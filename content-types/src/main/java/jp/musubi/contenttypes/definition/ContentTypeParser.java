package jp.musubi.contenttypes.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jp.musubi.contenttypes.definition.PropertyType.Kind;

/**
 * Reads one content type file and checks everything that can be checked within it. Checks that
 * need the other files (reference targets, unique workspaces) are the registry's.
 */
final class ContentTypeParser {

    static final Pattern TYPE_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    static final Pattern WORKSPACE_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    // camelCase like Magnolia's; also keeps clear of '@name' and 'mgnl:*' in the delivery JSON.
    private static final Pattern PROPERTY_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    private ContentTypeParser() {
    }

    static ContentTypeDefinition parse(DefinitionFile file) {
        YamlSection root = YamlSection.parse(file);
        String name = file.name();
        if (!TYPE_NAME.matcher(name).matches()) {
            throw root.error("content type name '" + name + "' (the file name) must match " + TYPE_NAME);
        }
        root.allowOnly("label", "datasource", "model");
        String label = root.requiredString("label");

        YamlSection datasource = root.section("datasource");
        datasource.allowOnly("workspace");
        String workspace = datasource.requiredString("workspace");
        if (!WORKSPACE_NAME.matcher(workspace).matches()) {
            throw datasource.error("workspace '" + workspace + "' must match " + WORKSPACE_NAME);
        }

        YamlSection model = root.section("model");
        model.allowOnly("nodeType", "properties", "subModels");
        String nodeType = model.requiredString("nodeType");
        if (!nodeType.equals("mgnl:" + name)) {
            throw model.error("nodeType must be 'mgnl:" + name + "', not '" + nodeType + "'");
        }

        List<YamlSection> subModelSections = model.sections("subModels",
                s -> "subModel '" + s.requiredString("name") + "'");
        Set<String> subModelNames = new LinkedHashSet<>();
        for (YamlSection section : subModelSections) {
            String subModelName = section.requiredString("name");
            if (PropertyType.isBuiltIn(subModelName) || !PROPERTY_NAME.matcher(subModelName).matches()) {
                throw section.error("sub-model name must match " + PROPERTY_NAME + " and not be a built-in type");
            }
            if (!subModelNames.add(subModelName)) {
                throw section.error("duplicate sub-model name");
            }
        }

        List<PropertyDefinition> properties = properties(model, "property", subModelNames, false);
        if (properties.isEmpty()) {
            throw model.error("'properties' must list at least one property");
        }
        List<SubModelDefinition> subModels = new ArrayList<>();
        for (YamlSection section : subModelSections) {
            subModels.add(subModel(section, subModelNames));
        }
        checkEverySubModelUsed(model, properties, subModels);
        return new ContentTypeDefinition(name, label, workspace, nodeType, properties, subModels);
    }

    private static SubModelDefinition subModel(YamlSection section, Set<String> subModelNames) {
        section.allowOnly("name", "properties");
        String name = section.requiredString("name");
        List<PropertyDefinition> properties = properties(section, "subModel '" + name + "' property", subModelNames, true);
        if (properties.isEmpty()) {
            throw section.error("'properties' must list at least one property");
        }
        return new SubModelDefinition(name, properties);
    }

    private static List<PropertyDefinition> properties(YamlSection owner, String elementPrefix,
                                                       Set<String> subModelNames, boolean inSubModel) {
        List<PropertyDefinition> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlSection section : owner.sections("properties",
                s -> elementPrefix + " '" + s.requiredString("name") + "'")) {
            PropertyDefinition property = property(section, subModelNames);
            // One level only: nesting sub-models adds little for our types and invites cycles.
            if (property.type().kind() == Kind.SUB_MODEL && inSubModel) {
                throw section.error("a sub-model cannot contain sub-model property '" + property.type() + "'");
            }
            if (!names.add(property.name())) {
                throw section.error("duplicate property name");
            }
            result.add(property);
        }
        return result;
    }

    private static PropertyDefinition property(YamlSection p, Set<String> subModelNames) {
        p.allowOnly("name", "label", "type", "required", "multiple", "i18n", "multiline",
                "maxLength", "min", "max", "pattern", "options", "personalData", "readOnly");
        String name = p.requiredString("name");
        if (!PROPERTY_NAME.matcher(name).matches()) {
            throw p.error("property name must match " + PROPERTY_NAME);
        }
        String label = p.requiredString("label");
        // Magnolia's default type is String.
        String typeText = p.has("type") ? p.requiredString("type") : Kind.STRING.yamlName();
        PropertyType type;
        try {
            type = PropertyType.parse(typeText, subModelNames);
        } catch (IllegalArgumentException e) {
            throw p.error(e.getMessage());
        }
        if (type.kind() == Kind.REFERENCE && !TYPE_NAME.matcher(type.target()).matches()) {
            throw p.error("'" + typeText + "' does not name a content type");
        }
        Kind kind = type.kind();
        boolean isString = kind == Kind.STRING;

        boolean multiline = p.flag("multiline");
        requireOnlyFor(p, multiline, isString, "multiline");
        Integer maxLength = p.optionalPositiveInt("maxLength");
        requireOnlyFor(p, maxLength != null, isString, "maxLength");
        String pattern = p.optionalString("pattern");
        requireOnlyFor(p, pattern != null, isString, "pattern");
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw p.error("pattern is not a valid regular expression: " + e.getDescription());
            }
        }
        List<PropertyOption> options = options(p);
        requireOnlyFor(p, !options.isEmpty(), isString, "options");

        BigDecimal min = p.optionalNumber("min");
        BigDecimal max = p.optionalNumber("max");
        if ((min != null || max != null) && !kind.isNumeric()) {
            throw p.error("min/max are only allowed on Long, Double and Decimal properties, not on " + type);
        }
        if (kind == Kind.LONG && (!isIntegral(min) || !isIntegral(max))) {
            throw p.error("min/max of a Long property must be integers");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw p.error("min " + min + " is greater than max " + max);
        }
        return new PropertyDefinition(name, label, type, p.flag("required"), p.flag("multiple"),
                p.flag("i18n"), multiline, maxLength, min, max, pattern, options, p.flag("personalData"), p.flag("readOnly"));
    }

    private static List<PropertyOption> options(YamlSection p) {
        List<PropertyOption> options = new ArrayList<>();
        // Values and labels share one namespace because input may give either.
        Set<String> seen = new HashSet<>();
        for (YamlSection option : p.sections("options")) {
            option.allowOnly("value", "label", "feature");
            String value = option.requiredString("value");
            String label = option.requiredString("label");
            String feature = option.optionalString("feature");
            if (!seen.add(value) || !label.equals(value) && !seen.add(label)) {
                throw option.error("option value or label appears twice ('" + value + "' / '" + label + "')");
            }
            options.add(new PropertyOption(value, label, feature));
        }
        return options;
    }

    private static void requireOnlyFor(YamlSection p, boolean present, boolean allowed, String key) {
        if (present && !allowed) {
            throw p.error("'" + key + "' is only allowed on String properties");
        }
    }

    private static boolean isIntegral(BigDecimal number) {
        return number == null || number.stripTrailingZeros().scale() <= 0;
    }

    private static void checkEverySubModelUsed(YamlSection model, List<PropertyDefinition> properties,
                                               List<SubModelDefinition> subModels) {
        for (SubModelDefinition subModel : subModels) {
            boolean used = properties.stream().anyMatch(p -> p.type().equals(PropertyType.subModel(subModel.name())));
            if (!used) {
                throw model.as("subModel '" + subModel.name() + "'").error("no property has this sub-model as its type");
            }
        }
    }
}

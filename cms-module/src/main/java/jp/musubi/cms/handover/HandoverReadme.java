package jp.musubi.cms.handover;

import static jp.musubi.cms.handover.HandoverTexts.TEXTS;

import java.util.List;
import java.util.TreeSet;

/** The archive's README.md: the format, then every file with its section and every column with its SQL type. */
final class HandoverReadme {

    private HandoverReadme() {
    }

    static String render(HandoverExport.Manifest manifest, List<HandoverExport.TableDoc> tables) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(TEXTS.get("handover.readme.title", manifest.programme())).append("\n\n");
        md.append(TEXTS.get("handover.readme.intro", manifest.exportedAt(), manifest.schemaVersion())).append("\n\n");
        md.append("## ").append(TEXTS.get("handover.readme.format.title")).append("\n\n");
        md.append(TEXTS.get("handover.readme.format.body")).append("\n\n");
        md.append("## ").append(TEXTS.get("handover.readme.files.title")).append("\n\n");
        md.append("| ").append(TEXTS.get("handover.readme.files.header")).append(" |\n|---|---|---|---|\n");
        md.append("| `").append(HandoverExport.README).append("` | - | - | ")
                .append(TEXTS.get("handover.readme.files.readme")).append(" |\n");
        md.append("| `").append(HandoverExport.MANIFEST).append("` | - | - | ")
                .append(TEXTS.get("handover.readme.files.manifest")).append(" |\n");
        long assets = 0;
        for (HandoverExport.ManifestFile file : manifest.files()) {
            if (file.table() != null) {
                md.append("| `").append(file.name()).append("` | ").append(sectionTitle(tables, file.section()))
                        .append(" | ").append(file.rows()).append(" | `").append(file.table()).append("` |\n");
            } else {
                assets++;
            }
        }
        md.append("| `assets/<id>` | ").append(sectionTitle(tables, "assets")).append(" | ").append(assets)
                .append(" | ").append(TEXTS.get("handover.readme.files.assets")).append(" |\n\n");
        md.append("## ").append(TEXTS.get("handover.readme.sections.title")).append("\n\n");
        String currentSection = null;
        for (HandoverExport.TableDoc table : tables) {
            if (!table.section().id().equals(currentSection)) {
                currentSection = table.section().id();
                md.append("### ").append(table.section().title()).append("\n\n")
                        .append(table.section().description()).append("\n\n");
            }
            md.append("#### `").append(table.file()).append("`\n\n");
            table.section().rowCondition(table.table()).ifPresent(condition -> md.append(
                    TEXTS.get("handover.readme.partial", condition)).append("\n\n"));
            md.append("| ").append(TEXTS.get("handover.readme.columns.header")).append(" |\n|---|---|---|---|\n");
            for (HandoverSchema.Column column : table.columns()) {
                md.append("| `").append(column.name()).append("` | `").append(column.sqlType()).append("` | ")
                        .append(TEXTS.get(column.nullable() ? "handover.readme.nullable" : "handover.readme.notNull"))
                        .append(" | ").append(HandoverValues.documented(HandoverValues.kind(column))).append(" |\n");
            }
            md.append('\n');
        }
        md.append("## ").append(TEXTS.get("handover.readme.excluded.title")).append("\n\n");
        new TreeSet<>(HandoverCatalog.EXCLUDED).forEach(table -> md.append("- `").append(table).append("`: ")
                .append(TEXTS.get("handover.excluded." + table)).append('\n'));
        md.append("- ").append(TEXTS.get("handover.readme.excluded.flowable")).append("\n\n");
        md.append("## ").append(TEXTS.get("handover.readme.import.title")).append("\n\n");
        md.append(TEXTS.get("handover.readme.import.body")).append('\n');
        return md.toString();
    }

    private static String sectionTitle(List<HandoverExport.TableDoc> tables, String id) {
        return tables.stream().filter(t -> t.section().id().equals(id)).findFirst()
                .map(t -> t.section().title()).orElse(id);
    }
}

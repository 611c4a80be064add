package jp.musubi.cms.common;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One part of the handover archive (cms.handover, 引継ぎデータ): the tables a feature owns, in insert order (the import also
 * orders all tables by their foreign keys). Each feature contributes its own as a bean (ordered by
 * {@code @Order}; the contract lives here so that any module may contribute without depending on the
 * archive's module), with its Japanese title and description from its own bundle
 * ({@code handover.<id>.title} / {@code .description}).
 *
 * @param tables       table names in lower case, as in the Flyway migrations or Flowable's schema
 * @param seededTables tables a migration already fills in a new installation (replaced on import,
 *                     ignored by the emptiness check)
 * @param withAssets   whether the section also carries the asset files ({@code assets/<id>})
 * @param partialTables tables of which only some rows are the programme's, with the SQL condition selecting
 *                      them: only those rows are exported, a new installation's own rows stay and do not make
 *                      it count as not empty (Flowable's byte arrays: the history variables', not the deployments')
 */
public record HandoverSection(String id, String title, String description, List<String> tables,
                              Set<String> seededTables, boolean withAssets, Map<String, String> partialTables) {

    public HandoverSection {
        tables = List.copyOf(tables);
        seededTables = Set.copyOf(seededTables);
        partialTables = Map.copyOf(partialTables);
    }

    /** @param bundle the feature's bundle holding {@code handover.<id>.title} and {@code .description} */
    public static HandoverSection of(String bundle, String id, String... tables) {
        Messages texts = Messages.of(bundle);
        return new HandoverSection(id, texts.get("handover." + id + ".title"), texts.get("handover." + id + ".description"),
                List.of(tables), Set.of(), false, Map.of());
    }

    /** The same section, of which these tables a new installation already holds. */
    public HandoverSection withSeededTables(String... seeded) {
        return new HandoverSection(id, title, description, tables, Set.of(seeded), withAssets, partialTables);
    }

    /** The same section, with the asset files of its rows. */
    public HandoverSection carryingAssets() {
        return new HandoverSection(id, title, description, tables, seededTables, true, partialTables);
    }

    /** The same section, with {@code table} added as a partial table whose rows {@code condition} selects. */
    public HandoverSection withPartialTable(String table, String condition) {
        List<String> more = new java.util.ArrayList<>(tables);
        more.add(table);
        Map<String, String> partial = new java.util.HashMap<>(partialTables);
        partial.put(table, condition);
        return new HandoverSection(id, title, description, more, seededTables, withAssets, partial);
    }

    /** The SQL condition of the rows exported of {@code table}; none: all rows. */
    public java.util.Optional<String> rowCondition(String table) {
        return java.util.Optional.ofNullable(partialTables.get(table));
    }
}

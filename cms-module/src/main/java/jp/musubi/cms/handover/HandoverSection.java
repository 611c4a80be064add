package jp.musubi.cms.handover;

import java.util.List;
import java.util.Set;

/**
 * One part of the handover archive: the tables a feature owns, in insert order (the import also
 * orders all tables by their foreign keys). Its Japanese title and description are
 * {@code handover.section.<id>.title} / {@code .description} in {@code i18n/handover.properties}.
 *
 * @param tables       table names in lower case, as in the Flyway migrations or Flowable's schema
 * @param seededTables tables a migration already fills in a new installation (replaced on import,
 *                     ignored by the emptiness check)
 * @param withAssets   whether the section also carries the asset files ({@code assets/<id>})
 */
public record HandoverSection(String id, List<String> tables, Set<String> seededTables, boolean withAssets) {

    public HandoverSection {
        tables = List.copyOf(tables);
        seededTables = Set.copyOf(seededTables);
    }

    public static HandoverSection of(String id, String... tables) {
        return new HandoverSection(id, List.of(tables), Set.of(), false);
    }

    public String title() {
        return HandoverTexts.TEXTS.get("handover.section." + id + ".title");
    }

    public String description() {
        return HandoverTexts.TEXTS.get("handover.section." + id + ".description");
    }
}

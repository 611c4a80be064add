package jp.musubi.webapp.operations;

import java.util.List;

/** A heading of the 稼働状況 page and its lines. */
public record HealthSection(String title, List<HealthRow> rows) {

    public boolean attention() {
        return rows.stream().anyMatch(HealthRow::attention);
    }
}

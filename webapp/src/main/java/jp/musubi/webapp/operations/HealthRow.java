package jp.musubi.webapp.operations;

/** One line of the 稼働状況 page: what, its value in words, and whether someone should look at it. */
public record HealthRow(String label, String value, boolean attention) {
}

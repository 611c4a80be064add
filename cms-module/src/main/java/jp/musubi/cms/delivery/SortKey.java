package jp.musubi.cms.delivery;

/** One {@code orderBy} entry: a field and its direction. */
record SortKey(DeliveryField field, boolean descending) {
}

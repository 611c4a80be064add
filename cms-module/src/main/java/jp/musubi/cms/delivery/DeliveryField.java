package jp.musubi.cms.delivery;

/**
 * A field a delivery query may filter or order by: a deliverable top-level property or one of
 * the system fields {@code @name}, {@code mgnl:created}, {@code mgnl:lastModified}, {@code mgnl:lastActivated}.
 */
record DeliveryField(String name, FieldKind kind, boolean multiple) {
}

package jp.musubi.cms.delivery;

/** Compares two values of the same {@link FieldKind}. */
final class Values {

    private Values() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Comparable<?> a, Comparable<?> b) {
        // Both sides come from the same FieldKind, hence the same class.
        return ((Comparable) a).compareTo(b);
    }
}

package jp.musubi.contenttypes.definition;

/**
 * The outcome of converting one raw value: a canonical value, blank (no value), an error to
 * report, or {@code REPORTED} when the errors inside it (items, sub-model fields) are already
 * reported and the value must count neither as present nor as missing.
 */
record Conversion(State state, Object value, String error) {

    enum State { VALUE, BLANK, ERROR, REPORTED }

    private static final Conversion BLANK = new Conversion(State.BLANK, null, null);
    private static final Conversion REPORTED = new Conversion(State.REPORTED, null, null);

    static Conversion of(Object value) {
        return new Conversion(State.VALUE, value, null);
    }

    static Conversion blank() {
        return BLANK;
    }

    static Conversion error(String message) {
        return new Conversion(State.ERROR, null, message);
    }

    static Conversion reported() {
        return REPORTED;
    }

    boolean isError() {
        return state == State.ERROR;
    }

    boolean isBlank() {
        return state == State.BLANK;
    }
}

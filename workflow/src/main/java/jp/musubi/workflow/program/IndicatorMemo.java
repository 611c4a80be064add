package jp.musubi.workflow.program;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the indicators of one computation (a dashboard, a report) read more than once — a workspace's published
 * items, its first publications, an indicator over one period — is read once: within {@link #within}, {@link #get}
 * keeps each value by its key on the current thread, and the scope ends with the computation, so nothing outlives the
 * request (a later request sees new data). Outside a scope {@link #get} just reads.
 */
final class IndicatorMemo {

    private static final ThreadLocal<Map<Object, Object>> SCOPE = new ThreadLocal<>();

    private IndicatorMemo() {
    }

    static <T> T within(Supplier<T> work) {
        if (SCOPE.get() != null) {
            return work.get();
        }
        SCOPE.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            SCOPE.remove();
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T get(Object key, Supplier<T> read) {
        Map<Object, Object> memo = SCOPE.get();
        if (memo == null) {
            return read.get();
        }
        if (memo.containsKey(key)) {
            return (T) memo.get(key);
        }
        // Not computeIfAbsent: a read may itself use the memo.
        T value = read.get();
        memo.put(key, value);
        return value;
    }
}

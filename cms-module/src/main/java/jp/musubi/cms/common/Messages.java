package jp.musubi.cms.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The Japanese texts of one feature, read from its UTF-8 bundle on the class path
 * ({@code i18n/<feature>.properties}). Services and checks use it without a MessageSource, so they stay
 * constructible in plain unit tests; pages keep using Spring's {@code #{…}} keys.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** @param baseName the bundle's class-path name without {@code .properties}, e.g. {@code i18n/issuecase} */
    public static Messages of(String baseName) {
        return new Messages(ResourceBundle.getBundle(baseName, Locale.ROOT, Messages.class.getClassLoader(), NO_FALLBACK));
    }

    /**
     * The text of {@code key} with {@code {0}}, {@code {1}}… replaced by the arguments. Numbers are put in
     * as written ({@code 2026}, not MessageFormat's {@code 2,026}); a text without arguments is returned as
     * written, so an apostrophe in it needs no escaping.
     */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            plain[i] = arguments[i] == null ? "" : arguments[i] instanceof CharSequence ? arguments[i] : String.valueOf(arguments[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.JAPANESE).format(plain);
    }

    public boolean has(String key) {
        try {
            bundle.getString(key);
            return true;
        } catch (MissingResourceException missing) {
            return false;
        }
    }

    public Set<String> keys() {
        return bundle.keySet();
    }
}

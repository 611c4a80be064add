package jp.musubi.webapp.error;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The Japanese wording of an error, by status and, where it says more, by the exception behind it. */
@Component
class ErrorWording {

    private static final int MAX_ECHOED_VALUE = 40;

    private final MessageSource messages;

    ErrorWording(MessageSource messages) {
        this.messages = messages;
    }

    ErrorText of(int status, Throwable cause, String refusal) {
        String key = hasOwnWording(status) ? String.valueOf(status) : (status >= 500 ? "5xx" : "4xx");
        String title = message("error." + key + ".title");
        String detail = refusal != null ? refusal : detailOf(cause);
        return new ErrorText(status, title, detail != null ? detail : message("error." + key + ".detail"));
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.JAPANESE);
    }

    private String detailOf(Throwable cause) {
        if (cause instanceof MethodArgumentTypeMismatchException mismatch) {
            return message("error.parameter.invalid", mismatch.getName(), echoed(mismatch.getValue()));
        }
        if (cause instanceof MissingServletRequestParameterException missing) {
            return message("error.parameter.missing", missing.getParameterName());
        }
        return null;
    }

    private boolean hasOwnWording(int status) {
        return messages.getMessage("error." + status + ".title", null, null, Locale.JAPANESE) != null;
    }

    /** The refused value, shortened: it is the visitor's own input, shown back so they can find it. */
    private static String echoed(Object value) {
        String text = String.valueOf(value).replaceAll("\\p{Cntrl}", "");
        return text.length() <= MAX_ECHOED_VALUE ? text : text.substring(0, MAX_ECHOED_VALUE) + "…";
    }
}

package jp.musubi.webapp.error;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A multipart request the container cannot parse (a file name with NUL, a broken body) fails before any
 * controller runs, so no feature's handler sees it: answer 400 with the reason instead of a 500.
 * Too-large uploads are left to the features, which refuse them with their own message.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class MultipartRefusals implements HandlerExceptionResolver {

    private final ErrorWording wording;

    MultipartRefusals(ErrorWording wording) {
        this.wording = wording;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        if (!(ex instanceof MultipartException) || ex instanceof MaxUploadSizeExceededException) {
            return null;
        }
        boolean badName = hasCause(ex, InvalidFileNameException.class);
        request.setAttribute(ErrorRefusal.ATTRIBUTE,
                wording.message(badName ? "error.upload.fileName" : "error.upload.unreadable"));
        try {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (IOException closed) {
            return null;
        }
        return new ModelAndView();
    }

    private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}

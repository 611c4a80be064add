package jp.musubi.cms.editor;

import jakarta.servlet.http.HttpServletRequest;
import jp.musubi.cms.content.ContentNotFoundException;
import jp.musubi.cms.site.SiteLayoutAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Editor pages answer an unknown item or a malformed request with a Japanese page, not a stack trace. */
@ControllerAdvice(basePackageClasses = EditorErrors.class)
class EditorErrors {

    private final SiteLayoutAdvice layout;
    private final EditorMessages messages;

    EditorErrors(SiteLayoutAdvice layout, EditorMessages messages) {
        this.layout = layout;
        this.messages = messages;
    }

    /** Exception handlers' views do not get the layout's model attributes by themselves. */
    private ModelAndView page(HttpStatus status, String heading, String message, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("editor/problem", status);
        page.addObject("site", layout.site());
        page.addObject("navigation", layout.navigation());
        page.addObject("currentPath", layout.currentPath(request));
        page.addObject("heading", heading);
        page.addObject("message", message);
        return page;
    }

    @ExceptionHandler(ContentNotFoundException.class)
    ModelAndView notFound(ContentNotFoundException e, HttpServletRequest request) {
        return page(HttpStatus.NOT_FOUND, messages.get("editor.notFound"), e.getMessage(), request);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView badRequest(Exception e, HttpServletRequest request) {
        return page(HttpStatus.BAD_REQUEST, messages.get("editor.badRequest"), messages.get("editor.badRequest.detail"),
                request);
    }
}

package jp.musubi.webapp.editor;

import jp.musubi.cms.content.ContentNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Editor pages answer an unknown item or a malformed request with a Japanese page, not a stack trace. */
@ControllerAdvice(basePackageClasses = EditorErrors.class)
class EditorErrors {

    @ExceptionHandler(ContentNotFoundException.class)
    ModelAndView notFound(ContentNotFoundException e) {
        ModelAndView page = new ModelAndView("editor/problem", HttpStatus.NOT_FOUND);
        page.addObject("heading", "見つかりません");
        page.addObject("message", e.getMessage());
        return page;
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView badRequest(Exception e) {
        ModelAndView page = new ModelAndView("editor/problem", HttpStatus.BAD_REQUEST);
        page.addObject("heading", "リクエストが正しくありません");
        page.addObject("message", "必要な項目が足りないか、形式が正しくありません。画面を開き直してから、もう一度お試しください。");
        return page;
    }
}

package jp.musubi.cms.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A page that is not published (or never existed): the Japanese 404 page, whatever the reason. */
final class NotFound {

    private NotFound() {
    }

    static ResponseStatusException page() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}

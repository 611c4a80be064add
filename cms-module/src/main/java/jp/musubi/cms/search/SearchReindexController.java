package jp.musubi.cms.search;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/cms/search/reindex}: rebuilds this node's index from the database (ADMIN, see SecurityConfiguration). */
@RestController
class SearchReindexController {

    private final ContentSearch search;

    SearchReindexController(ContentSearch search) {
        this.search = search;
    }

    @PostMapping("/api/cms/search/reindex")
    ReindexResult reindex() {
        return new ReindexResult(search.rebuild());
    }

    /** @param indexed how many published items the new index holds */
    record ReindexResult(int indexed) {
    }
}

package jp.musubi.workflow.municipal;

import jp.musubi.cms.content.ContentService;
import org.springframework.stereotype.Component;

/** The Japanese name (宇都宮市) of a municipality item of the CMS. */
@Component
class Municipalities {

    private final ContentService content;

    Municipalities(ContentService content) {
        this.content = content;
    }

    String title(String name) {
        if (name == null) {
            return "";
        }
        return content.find("municipalities", name).map(item -> item.properties().get("title"))
                .map(Object::toString).orElse(name);
    }
}

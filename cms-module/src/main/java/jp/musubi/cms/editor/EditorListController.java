package jp.musubi.cms.editor;

import java.util.List;

import jp.musubi.cms.content.ContentService;
import jp.musubi.contenttypes.definition.ContentTypeDefinition;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import jp.musubi.contenttypes.definition.PropertyDefinition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** コンテンツ編集: the content types, and per type the list of items with search, filters and paging. */
@Controller
class EditorListController {

    private final ContentTypeRegistry registry;
    private final ContentService content;
    private final ItemLister lister;

    EditorListController(ContentTypeRegistry registry, ContentService content, ItemLister lister) {
        this.registry = registry;
        this.content = content;
        this.lister = lister;
    }

    @GetMapping("/editor")
    String types(Model model) {
        model.addAttribute("types", registry.types());
        return "editor/index";
    }

    @GetMapping("/editor/{workspace}")
    String list(@PathVariable String workspace, @RequestParam(required = false) String q,
                @RequestParam(required = false) String status, @RequestParam(required = false) String category,
                @RequestParam(required = false) String author, @RequestParam(required = false) String tag,
                @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
                Model model) {
        ContentTypeDefinition type = content.type(workspace);
        ItemListQuery query = new ItemListQuery(q, status, category, author, tag, sort, page);
        model.addAttribute("type", type);
        model.addAttribute("workspace", workspace);
        model.addAttribute("query", query);
        model.addAttribute("categories", type.property("category").filter(PropertyDefinition::hasOptions)
                .map(PropertyDefinition::options).orElse(List.of()));
        model.addAttribute("hasTags", type.property("tags").isPresent());
        model.addAttribute("result", lister.list(workspace, query));
        return "editor/list";
    }
}

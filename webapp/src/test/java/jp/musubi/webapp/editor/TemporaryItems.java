package jp.musubi.webapp.editor;

import java.util.ArrayList;
import java.util.List;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.workflow.approval.PublicationProcess;
import org.flowable.engine.RuntimeService;

/**
 * Items a test created through the editor, removed afterwards: the webapp's tests share one
 * database whose demo content other tests count.
 */
final class TemporaryItems {

    private final List<String[]> items = new ArrayList<>();

    void add(String workspace, String name) {
        items.add(new String[] {workspace, name});
    }

    void removeAll(ContentService content, PublicationService publication, RuntimeService runtime) {
        for (String[] ref : items) {
            String workspace = ref[0];
            String name = ref[1];
            ContentItem item = content.find(workspace, name).orElse(null);
            if (item == null) {
                continue;
            }
            runtime.createProcessInstanceQuery().processDefinitionKey(PublicationProcess.KEY)
                    .processInstanceBusinessKey(PublicationProcess.businessKey(workspace, name)).list()
                    .forEach(process -> runtime.deleteProcessInstance(process.getId(), "test cleanup"));
            if (item.approvalPending() || item.scheduled() != null) {
                publication.reject(workspace, name, "test cleanup", "editor");
            }
            if (item.publishedRevision() != null) {
                publication.unpublish(workspace, name, "editor");
            }
            content.delete(workspace, name, "editor");
        }
        items.clear();
    }
}

package jp.musubi.cms.content;

/** An item named by its workspace and name. */
public record ItemRef(String workspace, String name) {

    @Override
    public String toString() {
        return workspace + "/" + name;
    }
}

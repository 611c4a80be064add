package jp.musubi.workflow.inbox;

import java.util.Set;

/** Who is working in the inbox: the login name and the role names (Flowable candidate groups). */
public record InboxUser(String username, Set<String> roles) {

    public InboxUser {
        roles = Set.copyOf(roles);
    }
}

package jp.musubi.cms.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import org.springframework.stereotype.Component;

/**
 * Japanese names of the outbox's mail kinds, for the admin pages, collected from the
 * {@link MailKind} beans of the features that send them. Two beans for one kind stop start-up.
 */
@Component
class MailKinds {

    private final Map<String, String> labels;

    MailKinds(List<MailKind> kinds) {
        Map<String, String> byName = new HashMap<>();
        for (MailKind kind : kinds) {
            if (byName.putIfAbsent(kind.name(), kind.label()) != null) {
                throw new IllegalStateException("two mail kinds named " + kind.name());
            }
        }
        this.labels = Map.copyOf(byName);
    }

    /** The kind's label, or its name for a kind no feature contributes (any more). */
    String label(String kind) {
        return labels.getOrDefault(kind, kind);
    }
}

package jp.musubi.cms.newsletter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.springframework.stereotype.Component;

/**
 * The member registry as cms-module's tests see it (the real one lives in the workflow module):
 * members with an opt-in flag, recipients = opted-in members ordered by key. A test replaces the
 * whole list with {@link #reset}, so each test knows exactly who the members are.
 */
@Component
public class TestMembers implements NewsletterRecipients, NewsletterOptOut {

    private final Map<String, Member> members = new ConcurrentSkipListMap<>();
    /** Member key → random unsubscribe id, as the real registry keeps it. */
    private final Map<String, String> unsubscribeIds = new ConcurrentSkipListMap<>();

    public record Member(String key, String email, String name, boolean optedIn) {
    }

    public void reset(List<Member> newMembers) {
        members.clear();
        unsubscribeIds.clear();
        newMembers.forEach(member -> {
            members.put(member.key(), member);
            unsubscribeIds.put(member.key(), NewsletterRecipient.newUnsubscribeId());
        });
    }

    public String unsubscribeId(String key) {
        return unsubscribeIds.get(key);
    }

    public boolean optedIn(String key) {
        return members.get(key).optedIn();
    }

    @Override
    public List<NewsletterRecipient> after(String afterKey, int limit) {
        List<NewsletterRecipient> page = new ArrayList<>();
        members.values().stream()
                .filter(Member::optedIn)
                .filter(member -> afterKey == null || member.key().compareTo(afterKey) > 0)
                .sorted(Comparator.comparing(Member::key))
                .limit(limit)
                .forEach(member -> page.add(new NewsletterRecipient(member.key(), member.email(), member.name(),
                        unsubscribeIds.get(member.key()))));
        return page;
    }

    @Override
    public long count() {
        return members.values().stream().filter(Member::optedIn).count();
    }

    @Override
    public OptOutResult optOut(String unsubscribeId) {
        String key = unsubscribeIds.entrySet().stream().filter(entry -> entry.getValue().equals(unsubscribeId))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        Member member = key == null ? null : members.get(key);
        if (member == null) {
            return OptOutResult.UNKNOWN;
        }
        if (!member.optedIn()) {
            return OptOutResult.ALREADY_OPTED_OUT;
        }
        members.put(key, new Member(member.key(), member.email(), member.name(), false));
        return OptOutResult.OPTED_OUT;
    }
}

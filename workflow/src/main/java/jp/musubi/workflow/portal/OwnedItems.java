package jp.musubi.workflow.portal;

import static jp.musubi.workflow.portal.PortalTexts.TEXTS;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentNotFoundException;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.content.ContentStateException;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.workflow.approval.PublicationRequests;

/**
 * The items of one workspace that member organizations write themselves (seeds, 人材情報): scoped to the
 * organization by the item's {@code member} reference whatever name a request carries, and saved and
 * submitted for approval in one step. Runs inside the calling service's transaction.
 *
 * @param <I> the form's input
 */
final class OwnedItems<I> {

    /** The member profiles an item references by organization key. */
    private static final String MEMBERS = "members";

    private final ContentService content;
    private final PublicationService publication;
    private final PublicationRequests requests;
    private final String workspace;
    private final String nameInfix;
    private final String pendingKey;
    private final Supplier<RuntimeException> notOwn;
    private final BiConsumer<Map<String, Object>, I> writable;

    /**
     * @param nameInfix  new items are named {@code <organization>-<infix>-<random hex>}
     * @param pendingKey the message refusing a change while the item awaits approval
     * @param writable   puts the form's fields into the item's properties
     */
    OwnedItems(ContentService content, PublicationService publication, PublicationRequests requests, String workspace,
               String nameInfix, String pendingKey, Supplier<RuntimeException> notOwn,
               BiConsumer<Map<String, Object>, I> writable) {
        this.content = content;
        this.publication = publication;
        this.requests = requests;
        this.workspace = workspace;
        this.nameInfix = nameInfix;
        this.pendingKey = pendingKey;
        this.notOwn = notOwn;
        this.writable = writable;
    }

    /**
     * Every item of the organization, drafts included: the items whose revisions reference the member's
     * profile, read one by one and kept if their current revision still does.
     */
    List<SeedView> forOrganization(String organizationKey) {
        return content.referrers(workspace, MEMBERS, organizationKey).stream()
                .flatMap(name -> content.find(workspace, name).stream())
                .filter(item -> organizationKey.equals(item.properties().get("member")))
                .map(item -> MemberSeeds.view(workspace, item, requests))
                .toList();
    }

    SeedView own(String organizationKey, String name) {
        return MemberSeeds.view(workspace, ownItem(organizationKey, name), requests);
    }

    /** The item, unless it does not exist or belongs to another organization (then {@code notOwn}). */
    ContentItem ownItem(String organizationKey, String name) {
        Optional<ContentItem> item;
        try {
            item = content.find(workspace, name);
        } catch (ContentNotFoundException e) {
            item = Optional.empty();
        }
        return item.filter(i -> organizationKey.equals(i.properties().get("member"))).orElseThrow(notOwn);
    }

    /**
     * Saves the input as a new revision (a new item when {@code name} is null) and submits it for approval:
     * in the caller's transaction, a refused submission leaves no unsubmitted revision behind.
     *
     * @return the item's name
     */
    String saveAndSubmit(String organizationKey, String name, Long expectedVersion, I input, String comment,
                         String user) {
        Map<String, Object> properties = new LinkedHashMap<>();
        String itemName = name;
        if (name == null) {
            itemName = newName(organizationKey);
            properties.put("member", organizationKey);
            writable.accept(properties, input);
            content.create(workspace, itemName, properties, TEXTS.get("portal.seed.version.created"), user);
        } else {
            ContentItem item = ownItem(organizationKey, name);
            if (item.approvalPending()) {
                throw new ContentStateException(TEXTS.get(pendingKey));
            }
            // Keep what the form does not show (a seed's image and 導入実績), and the organization as stored.
            properties.putAll(item.properties());
            writable.accept(properties, input);
            content.update(workspace, name, expectedVersion == null ? -1 : expectedVersion, properties,
                    TEXTS.get("portal.seed.version.changed"), user);
        }
        publication.submit(workspace, itemName, comment.isBlank() ? null : comment.strip(), null, false, user);
        return itemName;
    }

    private String newName(String organizationKey) {
        String prefix = organizationKey.length() > 60 ? organizationKey.substring(0, 60) : organizationKey;
        return prefix + "-" + nameInfix + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}

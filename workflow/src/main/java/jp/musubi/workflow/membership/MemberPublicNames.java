package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.input.InputChecks;
import org.springframework.stereotype.Component;

/**
 * The readable, stable name of a member's public page ({@code /members/nasuno-denshi} rather than
 * {@code /members/member-1}): chosen by the secretariat at screening, suggested from the applicant's
 * website, and never changed afterwards (it is the member's registry key and CMS name).
 */
@Component
class MemberPublicNames {

    static final int MAX_LENGTH = 40;
    private static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])");
    private static final java.util.Set<String> GENERIC = java.util.Set.of("www", "web", "home", "info", "co", "or", "ac",
            "go", "ne", "lg", "jp", "com", "net", "org", "example");

    private final MembershipApplicationRepository applications;
    private final ContentService content;

    MemberPublicNames(MembershipApplicationRepository applications, ContentService content) {
        this.applications = applications;
        this.content = content;
    }

    /** From the website's host (www.nasuno-denshi.example.jp → nasuno-denshi), else member-{id}; free of collisions. */
    String suggest(StoredApplication stored) {
        String base = fromUrl(stored.application().profile().url());
        if (base == null) {
            return MembershipAdmissionDelegate.organizationKey(stored.id());
        }
        String candidate = base;
        for (int n = 2; taken(candidate, stored.id()) && n < 100; n++) {
            candidate = base + "-" + n;
        }
        return taken(candidate, stored.id()) ? MembershipAdmissionDelegate.organizationKey(stored.id()) : candidate;
    }

    /** @return the checked name, or null when blank (the suggestion is used then) */
    String check(String value, long applicationId, InputChecks checks) {
        String name = InputChecks.clean(value);
        if (name == null) {
            return applications.find(applicationId).map(this::suggest).orElse(null);
        }
        name = name.toLowerCase(Locale.ROOT);
        if (!NAME.matcher(name).matches()) {
            checks.add("publicName", TEXTS.get("membership.publicName.format"));
        } else if (taken(name, applicationId)) {
            checks.add("publicName", TEXTS.get("membership.publicName.taken", name));
        }
        return name;
    }

    private boolean taken(String name, long applicationId) {
        return applications.publicNameTaken(name, applicationId)
                || content.find(MembershipAdmissionDelegate.MEMBERS, name).isPresent();
    }

    private static String fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            for (String label : host.toLowerCase(Locale.ROOT).split("\\.")) {
                if (!GENERIC.contains(label) && NAME.matcher(label).matches()) {
                    return label;
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}

package jp.musubi.workflow.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the member registry's organizations for other features, which never use its repository. */
@Service
public class Organizations {

    private static final String ACTIVE = "ACTIVE";

    private final OrganizationRepository organizations;

    Organizations(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /** The organization with this key while it is a member; empty for an unknown key or once it has withdrawn. */
    @Transactional(readOnly = true)
    public Optional<Organization> active(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return organizations.findByKey(key).filter(organization -> ACTIVE.equals(organization.status()));
    }

    /**
     * Organizations that joined on a day in {@code [from, to]} (both inclusive, the registry's join
     * dates), withdrawn ones included with their status: the caller decides what it counts.
     */
    @Transactional(readOnly = true)
    public List<Organization> joinedBetween(LocalDate from, LocalDate to) {
        return organizations.joinedBetween(from, to);
    }
}

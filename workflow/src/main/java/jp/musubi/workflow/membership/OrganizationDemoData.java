package jp.musubi.workflow.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jp.musubi.cms.demo.DemoDataReader;
import jp.musubi.cms.demo.DemoDataSection;
import org.springframework.stereotype.Component;

/** The member organizations of {@code seeds/organizations.yml}, with their private contacts. */
@Component
class OrganizationDemoData implements DemoDataSection {

    private final OrganizationRepository organizations;

    OrganizationDemoData(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Override
    public String name() {
        return "organizations";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load(DemoDataReader reader) {
        for (DemoOrganization org : reader.read("organizations.yml", OrganizationsFile.class).organizations()) {
            organizations.insert(org.key(), org.name(), OrganizationKind.valueOf(org.kind().toUpperCase(Locale.ROOT)),
                    org.joinedOn(), org.newsletterOptIn(), org.contact());
        }
    }

    record OrganizationsFile(List<DemoOrganization> organizations) {
    }

    record DemoOrganization(String key, String name, String kind, LocalDate joinedOn,
                            OrganizationContact contact, boolean newsletterOptIn) {
    }
}

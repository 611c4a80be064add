package jp.musubi.workflow.exhibition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.demo.DemoDataReader;
import jp.musubi.cms.demo.DemoDataSection;
import jp.musubi.cms.demo.DemoDates;
import jp.musubi.workflow.membership.Organizations;
import org.springframework.stereotype.Component;

/** The demo exhibition's recruitment and applications, from {@code seeds/exhibitions.yml}; after the events (80). */
@Component
class ExhibitionDemoData implements DemoDataSection {

    static final String DEMO_USER = "secretariat";

    private final ExhibitionRepository repository;
    private final Organizations organizations;
    private final Clock clock;

    ExhibitionDemoData(ExhibitionRepository repository, Organizations organizations, Clock clock) {
        this.repository = repository;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "exhibitions";
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public void load(DemoDataReader reader) {
        if (!reader.exists("exhibitions.yml")) {
            return;
        }
        for (DemoRecruitment r : reader.read("exhibitions.yml", ExhibitionsFile.class).recruitments()) {
            LocalDate deadline = DemoDates.date(r.deadline(), LocalDate.now(clock.withZone(JapaneseTimes.ZONE)));
            repository.insertRecruitment(new Recruitment(r.event(), deadline, r.limit(), r.boothOptions(), r.guidance(),
                    DEMO_USER, clock.instant()), clock.instant());
            for (DemoApplication a : r.applications() == null ? List.<DemoApplication>of() : r.applications()) {
                String name = organizations.find(a.organization()).orElseThrow().name();
                long id = repository.insertApplication(r.event(), a.organization(), name,
                        new ApplicationInput(a.booth(), a.powerNeeded(), a.boothNotes(), a.products(), a.seeds()),
                        DEMO_USER, clock.instant());
                ApplicationStatus status = ApplicationStatus.valueOf(a.status());
                if (status != ApplicationStatus.APPLIED) {
                    repository.decide(id, status, DEMO_USER, clock.instant());
                }
            }
        }
    }

    record ExhibitionsFile(List<DemoRecruitment> recruitments) {
    }

    record DemoRecruitment(String event, String deadline, int limit, List<String> boothOptions, String guidance,
                           List<DemoApplication> applications) {
    }

    record DemoApplication(String organization, String booth, boolean powerNeeded, String boothNotes, String products,
                           List<String> seeds, String status) {
    }
}

package jp.musubi.workflow.issuecase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.musubi.cms.site.ContentView;
import jp.musubi.cms.site.ProposalCalls;
import jp.musubi.cms.site.SiteCatalog;
import org.springframework.stereotype.Component;

/** The issues open for proposals now: shown as 募集中 on the site, the case recruiting, the deadline not passed. */
@Component
class OpenProposalCalls implements ProposalCalls {

    /** An open call: the issue's page and the case that receives the proposals. */
    record OpenCall(String pageName, String title, long caseId) {
    }

    private final SiteCatalog catalog;
    private final IssueCaseRepository cases;
    private final CaseClock clock;

    OpenProposalCalls(SiteCatalog catalog, IssueCaseRepository cases, CaseClock clock) {
        this.catalog = catalog;
        this.cases = cases;
        this.clock = clock;
    }

    List<OpenCall> open() {
        LocalDate today = clock.today();
        return catalog.newest(SiteCatalog.ISSUES).stream()
                .flatMap(issue -> call(issue, today).stream())
                .toList();
    }

    Optional<OpenCall> find(String pageName) {
        if (pageName == null || pageName.isBlank()) {
            return Optional.empty();
        }
        return catalog.find(SiteCatalog.ISSUES, pageName).flatMap(issue -> call(issue, clock.today()));
    }

    @Override
    public boolean acceptsProposals(String issueName) {
        return find(issueName).isPresent();
    }

    private Optional<OpenCall> call(ContentView issue, LocalDate today) {
        if (!"recruiting".equals(issue.text("publicStatus"))) {
            return Optional.empty();
        }
        return cases.findByPage(issue.name())
                .filter(c -> c.status() == IssueCaseStatus.RECRUITING)
                .filter(c -> c.proposalDeadline() == null || !c.proposalDeadline().isBefore(today))
                .map(c -> new OpenCall(issue.name(), issue.title(), c.id()));
    }
}

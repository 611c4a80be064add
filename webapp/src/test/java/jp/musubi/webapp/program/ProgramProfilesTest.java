package jp.musubi.webapp.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jp.musubi.workflow.program.ProgramProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Both programmes' targets and deliverables bind from the shipped configuration. */
class ProgramProfilesTest {

    static ProgramProperties bind(String... files) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        for (String file : files) {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
            sources.forEach(source -> environment.getPropertySources().addFirst(source));
        }
        return Binder.get(environment).bind("musubi.program", ProgramProperties.class).get();
    }

    @Test
    void tochigiIsTheDefault() throws Exception {
        ProgramProperties tochigi = bind("application.yml");
        assertThat(tochigi.fiscalYear()).isEqualTo(2026);
        assertThat(tochigi.targets()).extracting(ProgramProperties.Target::id).containsExactly("new-members",
                "member-newsletters", "issues-published", "proposals-per-issue", "selection-meetings-per-issue",
                "selected-solutions", "workshops", "kickoff", "kickoff-attendance", "report-meetings", "opinion-exchanges", "web-posts",
                "issues-selected-q2", "issues-selected-quarterly");
        assertThat(tochigi.targets().get(1).from()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(tochigi.targets().get(3).per()).isEqualTo(ProgramProperties.Per.ISSUE);
        assertThat(tochigi.deliverables()).extracting(ProgramProperties.Deliverable::due)
                .containsExactly(LocalDate.of(2026, 4, 17), LocalDate.of(2026, 12, 21), LocalDate.of(2027, 3, 31));
    }

    @Test
    void kumamotoProfileReplacesTheLists() throws Exception {
        ProgramProperties kumamoto = bind("application.yml", "application-kumamoto.yml");
        assertThat(kumamoto.fiscalYear()).isEqualTo(2025);
        assertThat(kumamoto.targets()).extracting(ProgramProperties.Target::indicator).containsExactly("new-members",
                "dx-case-articles", "event-info", "consultation-companies-informed", "consultation-companies-contacted",
                "exhibitions", "survey-targets", "survey-response-rate", "open-event-attendance");
        // 回答率30%: a percentage of those surveyed, not 30 records.
        assertThat(kumamoto.targets().get(7).per()).isEqualTo(ProgramProperties.Per.RATE);
        assertThat(kumamoto.deliverables()).extracting(ProgramProperties.Deliverable::title)
                .containsExactly("成果報告書", "DXの機運醸成の状況に係る調査報告書");
    }
}

package jp.musubi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are Spring Modulith application modules (each {@code package-info.java} names
 * its allowed dependencies); this verifies the graph and writes {@code docs/modules/}.
 */
class ModularityTests {

    /** Relative to the webapp module, where Maven runs this test: the repository's docs/modules/. */
    private static final String DOCS = "../docs/modules";

    private final ApplicationModules modules = ApplicationModules.of(MusubiApplication.class);

    @Test
    void modulesOnlyUseWhatTheyDeclare() {
        modules.verify();
    }

    @Test
    void verificationRefusesAForbiddenDependency() {
        // The production classes plus one test fixture that makes cms.asset use workflow.account.
        ImportOption withFixture = location -> new ImportOption.DoNotIncludeTests().includes(location)
                || location.contains("/jp/musubi/cms/asset/ForbiddenDependencyFixture.class");
        ApplicationModules withForbiddenDependency = ApplicationModules.of(MusubiApplication.class, withFixture);

        Violations violations = catchViolations(withForbiddenDependency);

        System.out.println("Expected violations of the fixture:\n" + violations.getMessage());
        assertThat(violations.getMessage())
                .contains("cms.asset")
                .contains("workflow.account")
                .contains("ForbiddenDependencyFixture")
                .contains("AccountRepository");
    }

    @Test
    void writesModuleDiagramsAndCanvases() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        ModuleDocs.sortUnorderedRuns(Path.of(DOCS));
    }

    private static Violations catchViolations(ApplicationModules modules) {
        return assertThatExceptionOfType(Violations.class).isThrownBy(modules::verify).actual();
    }
}

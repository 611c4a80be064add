package jp.musubi.workflow.modeler;

import static jp.musubi.workflow.modeler.ModelerTexts.TEXTS;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moves the running cases of an older version to the latest one (form on the list page), when
 * Flowable's migration validation allows it; the outcome is shown on the list in Japanese.
 */
@Controller
class ModelerMigrationController {

    private final CaseMigrations migrations;

    ModelerMigrationController(CaseMigrations migrations) {
        this.migrations = migrations;
    }

    @PostMapping("/modeler/{key}/migrations")
    String migrate(@PathVariable String key, @RequestParam(required = false) String fromVersion,
                   RedirectAttributes redirect) {
        Integer version = parse(fromVersion);
        if (version == null) {
            redirect.addFlashAttribute("migrationErrors", List.of(TEXTS.get("modeler.java.migration.versionRequired")));
            return "redirect:/modeler";
        }
        try {
            long moved = migrations.migrateToLatest(key, version);
            redirect.addFlashAttribute("migrationDone",
                    TEXTS.get("modeler.java.migration.done", version, moved));
        } catch (MigrationRefusedException refused) {
            redirect.addFlashAttribute("migrationErrors", refused.reasons());
        } catch (UnknownProcessException unknown) {
            redirect.addFlashAttribute("migrationErrors", List.of(TEXTS.get("modeler.java.migration.unknown")));
        }
        return "redirect:/modeler";
    }

    private static Integer parse(String value) {
        if (value == null || !value.strip().matches("\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(value.strip());
    }
}

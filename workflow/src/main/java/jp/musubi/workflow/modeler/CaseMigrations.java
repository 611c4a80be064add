package jp.musubi.workflow.modeler;

import static jp.musubi.workflow.modeler.ModelerTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.migration.ProcessInstanceMigrationBuilder;
import org.flowable.engine.migration.ProcessInstanceMigrationValidationResult;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the running cases of an older version to the latest version of the same process, only when
 * Flowable's migration validation says every one of them can move (each waits in an activity that
 * still exists under the same id); otherwise none moves.
 */
@Service
@Transactional
public class CaseMigrations {

    private final ProcessEngine engine;
    private final RepositoryService repository;
    private final RuntimeService runtime;

    CaseMigrations(ProcessEngine engine, RepositoryService repository, RuntimeService runtime) {
        this.engine = engine;
        this.repository = repository;
        this.runtime = runtime;
    }

    /**
     * Migrates the running cases of {@code fromVersion} of {@code key} to its latest version.
     *
     * @return how many cases moved
     * @throws MigrationRefusedException when the validation finds a case that cannot move (none moved)
     * @throws UnknownProcessException   when the process or the version does not exist
     */
    public long migrateToLatest(String key, int fromVersion) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult();
        ProcessDefinition source = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .processDefinitionVersion(fromVersion).singleResult();
        if (latest == null || source == null) {
            throw new UnknownProcessException(key);
        }
        if (source.getId().equals(latest.getId())) {
            throw new MigrationRefusedException(List.of(TEXTS.get("modeler.java.migration.alreadyLatest", fromVersion)));
        }
        long running = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
        ProcessInstanceMigrationBuilder migration = engine.getProcessMigrationService()
                .createProcessInstanceMigrationBuilder().migrateToProcessDefinition(latest.getId());
        ProcessInstanceMigrationValidationResult validation = migration.validateMigrationOfProcessInstances(source.getId());
        if (validation.hasErrors()) {
            List<String> reasons = new ArrayList<>();
            for (String message : validation.getValidationMessages()) {
                reasons.add(TEXTS.get("modeler.java.migration.invalid", message));
            }
            throw new MigrationRefusedException(reasons);
        }
        migration.migrateProcessInstances(source.getId());
        return running;
    }
}

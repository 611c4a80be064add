package jp.musubi.webapp.fault;

import jp.musubi.webapp.support.HttpVisitor;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A completion the application acknowledged survives {@code kill -9} right after the answer, on the
 * embedded default (H2 file database in a fresh directory, demo data). Forks the product twice.
 */
@Tag("fault")
class CompletionSurvivesCrashTest {

    @TempDir
    Path workDir;

    @Test
    void anApprovalAnsweredJustBeforeTheCrashIsThereAfterTheRestart() throws Exception {
        AcknowledgedCompletion scenario = new AcknowledgedCompletion("h2");
        String[] embedded = {};
        String task;
        ForkedMusubi first = ForkedMusubi.start(workDir, Map.of(), embedded);
        try {
            scenario.apply(first);
            HttpVisitor secretariat = HttpVisitor.loggedIn(first.uri(""), "secretariat", AcknowledgedCompletion.DEMO_PASSWORD);
            task = scenario.screeningTask(secretariat);
            scenario.approve(secretariat, task);
        } finally {
            first.kill();
        }
        try (ForkedMusubi second = ForkedMusubi.start(workDir, Map.of(), embedded)) {
            scenario.assertStillApproved(second, task);
        }
    }
}

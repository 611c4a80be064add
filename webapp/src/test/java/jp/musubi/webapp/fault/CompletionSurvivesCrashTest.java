package jp.musubi.webapp.fault;

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
        new AcknowledgedCompletion("h2").surviveCrash(workDir, Map.of());
    }
}

package jp.musubi.webapp.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A command of the product ({@code --musubi.backup.to=…}) in a JVM of its own, as an operator runs it. */
final class ForkedCommand {

    private static final Duration DEADLINE = Duration.ofMinutes(3);

    record Result(int exitCode, String output, Duration took) {
    }

    private ForkedCommand() {
    }

    static Result run(Path workDir, String... arguments) throws IOException, InterruptedException {
        return run(workDir, java.util.Map.of(), arguments);
    }

    static Result run(Path workDir, java.util.Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", ForkedMusubi.testClassPath(),
                "jp.musubi.MusubiApplication",
                "--logging.level.root=warn"));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(workDir, "command-", ".log");
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("command did not finish in " + DEADLINE + ":\n" + Files.readString(log));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String output = Files.readString(log);
        Files.delete(log);
        return new Result(process.exitValue(), output, took);
    }
}

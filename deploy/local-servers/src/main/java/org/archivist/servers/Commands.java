package org.archivist.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs short helper commands (initdb, pg_ctl, useradd) to completion. */
final class Commands {

    record Result(int exitCode, String output) {
    }

    private Commands() {
    }

    static Result run(List<String> command, Path workDir, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }

    static String check(List<String> command, Path workDir) {
        return check(command, workDir, Map.of());
    }

    static String check(List<String> command, Path workDir, Map<String, String> env) {
        Result result = run(command, workDir, env);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("failed (exit " + result.exitCode() + "): "
                    + String.join(" ", command) + "\n" + result.output());
        }
        return result.output();
    }
}

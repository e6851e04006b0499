package org.archivist.servers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The few user-account operations needed to run servers that refuse root. */
final class OsUsers {

    private OsUsers() {
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static boolean exists(String user) {
        return Commands.run(List.of("id", "-u", user), Path.of("."), java.util.Map.of()).exitCode() == 0;
    }

    /** Creates a system account without login or home if it does not exist yet. */
    static void ensureSystemUser(String user) {
        if (!exists(user)) {
            Commands.check(List.of("useradd", "--system", "--user-group", "--no-create-home",
                    "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", user), Path.of("."));
        }
    }

    /** Gives {@code user} the folder and all below it, when running as root; a no-op otherwise. */
    static void chownTree(Path dir, String user) {
        if (isRoot()) {
            Commands.check(List.of("chown", "-R", user + ":", dir.toString()), Path.of("."));
        }
    }

    /**
     * Lets other accounts walk down to {@code dir}: a clone in a private folder (mode 700) would
     * otherwise hide the project from the accounts the servers run as.
     */
    static void ensureTraversable(Path dir) {
        if (!isRoot()) {
            return;
        }
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            try {
                java.util.Set<java.nio.file.attribute.PosixFilePermission> perms =
                        java.nio.file.Files.getPosixFilePermissions(p);
                if (java.nio.file.Files.isDirectory(p)
                        && !perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                    perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
                    java.nio.file.Files.setPosixFilePermissions(p, perms);
                    System.err.println("[local-servers] made " + p + " traversable (o+x) for the server accounts");
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Prefixes a command so that it runs as {@code user} when this JVM is root. */
    static List<String> as(String user, List<String> command) {
        if (!isRoot()) {
            return command;
        }
        List<String> full = new ArrayList<>(List.of("runuser", "-u", user, "--"));
        full.addAll(command);
        return full;
    }
}

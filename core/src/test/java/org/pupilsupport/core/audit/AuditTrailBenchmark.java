package org.pupilsupport.core.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Stream;

import org.pupilsupport.core.audit.AuditChains.AuditQuery;
import org.pupilsupport.core.audit.SyntheticAuditTraffic.Sample;
import org.pupilsupport.core.startup.DatabaseMigrations;
import org.pupilsupport.core.tenancy.TenantEntityManagers;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

/**
 * How fast the audit viewer answers on a trail of millions of entries. Builds a fresh database with the
 * real changelog, fills it with two years of synthetic traffic whose hash chains are real, verifies the
 * chains, then times every query shape the viewer runs, through EclipseLink with the viewer's own JPQL
 * ({@link AuditViewerQueries}), and prints the median, 95th percentile and slowest run of each.
 *
 * <p>It prints figures and passes or fails nothing: a timing depends on the machine, and a timed test
 * fails on a busy one. How to run it, and the figures it gave, are in {@code docs/benchmarks.md}.
 *
 * <p>System properties: {@code benchmark.entries} (default 2,000,000), {@code benchmark.runs} (measured
 * runs per query shape, default 50), {@code benchmark.seed}, and for a database other than a fresh
 * embedded Derby, {@code benchmark.jdbc.url}, {@code benchmark.jdbc.user}, {@code benchmark.jdbc.password}
 * (the database must have no audit entries yet).
 *
 * <p>{@code -Dbenchmark.reuse=true} times the queries again on the database an earlier run left, with the
 * same entries and seed, after applying any new changesets: the way to try an index without reloading.
 */
public final class AuditTrailBenchmark {

    /** The viewer's page size (rows="25" on the audit trail page). */
    private static final int PAGE_SIZE = 25;
    private static final int INSERT_BATCH = 1_000;

    private record Settings(long entries, int runs, long seed, String jdbcUrl, String user, String password, Path workDirectory,
            boolean reuse) {

        static Settings fromSystemProperties() {
            return new Settings(
                    Long.getLong("benchmark.entries", 2_000_000),
                    Integer.getInteger("benchmark.runs", 50),
                    Long.getLong("benchmark.seed", 20261129),
                    System.getProperty("benchmark.jdbc.url"),
                    System.getProperty("benchmark.jdbc.user"),
                    System.getProperty("benchmark.jdbc.password"),
                    Paths.get(System.getProperty("benchmark.work.dir", "target/benchmark")).toAbsolutePath(),
                    Boolean.getBoolean("benchmark.reuse"));
        }

        boolean freshDerby() {
            return jdbcUrl == null || jdbcUrl.isBlank();
        }

        int warmUpRuns() {
            return Math.max(2, runs / 5);
        }
    }

    /** One thing the viewer asks; returns how many rows it found (or the count it counted). */
    private interface ViewerCall {
        long run(AuditViewerQueries queries);
    }

    /**
     * A query shape and how to draw a fresh set of parameters for each run. A slow shape, known to take
     * seconds on Derby, is run a tenth as often, so that a full run stays within minutes.
     */
    private record Shape(String name, boolean slow, Function<Random, ViewerCall> withParameters) {

        Shape(String name, Function<Random, ViewerCall> withParameters) {
            this(name, false, withParameters);
        }

        int runs(Settings settings) {
            return slow ? Math.max(3, settings.runs() / 10) : settings.runs();
        }

        int warmUpRuns(Settings settings) {
            return slow ? 1 : settings.warmUpRuns();
        }
    }

    private final Settings settings;
    private final PrintStream out = System.out;

    private AuditTrailBenchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        // The loader binds UTC wall-clock times through java.sql.Timestamp, which shifts a time that falls
        // in the JVM zone's daylight-saving gap; in UTC there is none, so every stored hash stays valid.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        new AuditTrailBenchmark(Settings.fromSystemProperties()).run();
    }

    private void run() throws SQLException {
        String url = settings.freshDerby() ? freshDerbyUrl() : settings.jdbcUrl();
        out.printf("Audit trail benchmark: %,d entries, %d measured runs per query shape after %d warm-up runs%n",
                settings.entries(), settings.runs(), settings.warmUpRuns());
        out.printf("Machine: %d cores, %s %s, max heap %,d MiB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);

        List<String> summary = new ArrayList<>();
        List<Sample> samples;
        try (Connection connection = DriverManager.getConnection(url, settings.user(), settings.password())) {
            DatabaseMetaData database = connection.getMetaData();
            out.printf("Database: %s %s at %s%n", database.getDatabaseProductName(), database.getDatabaseProductVersion(), url);
            long started = System.nanoTime();
            DatabaseMigrations.migrate(connection);
            summary.add(String.format("Schema migrated by the changelog in %.1f s", seconds(started)));
            out.println(summary.get(summary.size() - 1));

            SyntheticAuditTraffic traffic = new SyntheticAuditTraffic(settings.entries(), settings.seed());
            long existing = existingEntries(connection);
            if (existing == 0) {
                summary.add(load(connection, traffic));
            } else if (settings.reuse() && existing == settings.entries()) {
                // The same seed gives the same traffic: replayed, not stored, for the query parameters.
                while (traffic.hasNext()) {
                    traffic.next();
                }
                summary.add(String.format("Reused the %,d entries already loaded", existing));
            } else {
                throw new IllegalStateException("The benchmark needs a database without audit entries (or, with benchmark.reuse,"
                        + " exactly the benchmark.entries of an earlier run); this one has " + existing);
            }
            summary.add(refreshStatistics(connection));
            summary.add(verifyChains(connection));
            samples = traffic.samples();
            out.printf("Traffic: kingston and richmond (about half each) and the installation's chain (1%%); %,d children and %,d users"
                    + " in the boroughs; %,d kingston entries sampled for query parameters%n",
                    traffic.childrenInBoroughs(), traffic.usersInBoroughs(), samples.size());
        }

        List<QueryTimings> timings = timeViewerQueries(url, samples);
        if (settings.freshDerby()) {
            shutDownDerby(url);
        }

        out.println();
        out.println("Summary");
        summary.forEach(line -> out.println("  " + line));
        out.printf("  Viewer queries in borough %s, through EclipseLink, parameters varied from run to run (ms):%n",
                SyntheticAuditTraffic.MEASURED_BOROUGH);
        out.printf("  %-40s %5s %9s %9s %9s %12s%n", "query shape", "runs", "p50", "p95", "max", "rows/count");
        for (QueryTimings shape : timings) {
            out.printf("  %-40s %5d %9.1f %9.1f %9.1f %12.0f%n", shape.shape(), shape.runs(), shape.percentileMillis(50),
                    shape.percentileMillis(95), shape.maxMillis(), shape.averageRows());
        }
    }

    private String freshDerbyUrl() {
        Path database = settings.workDirectory().resolve("derby-audit");
        if (!settings.reuse()) {
            deleteRecursively(database);
        }
        try {
            Files.createDirectories(settings.workDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("derby.stream.error.file", settings.workDirectory().resolve("derby.log").toString());
        return "jdbc:derby:" + database + ";create=true";
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the previous benchmark database " + root, e);
        }
    }

    /** Loading onto an existing chain would fork it: a run starts from nothing, or reuses an earlier run's entries. */
    private static long existingEntries(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM AUDIT_ENTRY")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** JDBC batches, committed batch by batch as a bulk load would be; returns the summary line. */
    private String load(Connection connection, SyntheticAuditTraffic traffic) throws SQLException {
        connection.setAutoCommit(false);
        UtcTimestampConverter utc = new UtcTimestampConverter();
        long started = System.nanoTime();
        long loaded = 0;
        long reportEvery = Math.max(1, settings.entries() / 10);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO AUDIT_ENTRY (ID, TENANT_ID, SEQUENCE_NO, OCCURRED_AT,"
                + " USERNAME, ROLE_NAMES, ACTION, SUBJECT_TYPE, SUBJECT_ID, REASON, REQUEST_ID, OUTCOME, CLIENT_ADDRESS, DETAILS,"
                + " PREVIOUS_HASH, ENTRY_HASH) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            while (traffic.hasNext()) {
                SyntheticAuditTraffic.Generated generated = traffic.next();
                AuditEntry entry = generated.entry();
                // The row id is not hashed, and AuditEntry keeps its own to itself: any unique id will do.
                insert.setString(1, java.util.UUID.randomUUID().toString());
                insert.setString(2, generated.chain());
                insert.setLong(3, entry.sequenceNumber());
                insert.setTimestamp(4, Timestamp.valueOf(utc.convertToDatabaseColumn(entry.occurredAt())));
                insert.setString(5, entry.username());
                insert.setString(6, entry.roleNames());
                insert.setString(7, entry.action().name());
                insert.setString(8, entry.subjectType());
                insert.setString(9, entry.subjectId());
                insert.setString(10, entry.reason());
                insert.setString(11, entry.requestId());
                insert.setString(12, entry.outcome().name());
                insert.setString(13, entry.clientAddress());
                insert.setString(14, entry.details());
                insert.setString(15, entry.previousHash());
                insert.setString(16, entry.entryHash());
                insert.addBatch();
                loaded++;
                if (loaded % INSERT_BATCH == 0 || !traffic.hasNext()) {
                    insert.executeBatch();
                    connection.commit();
                }
                if (loaded % reportEvery == 0) {
                    out.printf("  loaded %,d entries, %,.0f a second so far%n", loaded, loaded / seconds(started));
                }
            }
        }
        storeHeadsAndAnchors(connection, traffic);
        connection.commit();
        double took = seconds(started);
        String line = String.format("Loaded %,d entries (hashes computed by the real chain head) in %.1f s: %,.0f entries a second",
                loaded, took, loaded / took);
        out.println(line);
        return line;
    }

    /** As the application leaves them: each chain's head, and an anchor at it, so verification checks both. */
    private static void storeHeadsAndAnchors(Connection connection, SyntheticAuditTraffic traffic) throws SQLException {
        try (PreparedStatement head = connection.prepareStatement(
                "INSERT INTO AUDIT_CHAIN_HEAD (CHAIN_ID, TENANT_ID, LAST_SEQUENCE_NO, LAST_HASH) VALUES (?, ?, ?, ?)");
                PreparedStatement anchor = connection.prepareStatement(
                        "INSERT INTO AUDIT_ANCHOR (ID, TENANT_ID, SEQUENCE_NO, HEAD_HASH, RECORDED_AT) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            for (Map.Entry<String, AuditChainHead> chain : traffic.heads().entrySet()) {
                head.setString(1, chain.getKey());
                head.setString(2, chain.getKey());
                head.setLong(3, chain.getValue().lastSequenceNumber());
                head.setString(4, chain.getValue().lastHash());
                head.executeUpdate();
                anchor.setString(1, java.util.UUID.randomUUID().toString());
                anchor.setString(2, chain.getKey());
                anchor.setLong(3, chain.getValue().lastSequenceNumber());
                anchor.setString(4, chain.getValue().lastHash());
                anchor.executeUpdate();
            }
        }
    }

    /**
     * What each database's own statistics upkeep (Derby's index statistics daemon, PostgreSQL's autovacuum)
     * would have done long before a trail reached this size; done at once here so the plans do not depend on
     * when the daemon last ran.
     */
    private String refreshStatistics(Connection connection) throws SQLException {
        long started = System.nanoTime();
        if (connection.getMetaData().getDatabaseProductName().startsWith("Apache Derby")) {
            try (PreparedStatement update = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(CURRENT SCHEMA, 'AUDIT_ENTRY', NULL)")) {
                update.execute();
            }
            connection.commit();
        } else {
            connection.setAutoCommit(true);
            try (Statement vacuum = connection.createStatement()) {
                vacuum.execute("VACUUM ANALYZE AUDIT_ENTRY");
            }
            connection.setAutoCommit(false);
        }
        String line = String.format("Statistics refreshed in %.1f s", seconds(started));
        out.println(line);
        return line;
    }

    /** The command-line verifier, over every chain: the whole trail read in order and every hash recomputed. */
    private String verifyChains(Connection connection) throws SQLException {
        long started = System.nanoTime();
        int status = VerifyAuditChains.verifyAll(connection, out);
        double took = seconds(started);
        // it only read, but Derby will not close a connection inside a transaction
        connection.commit();
        if (status != VerifyAuditChains.INTACT) {
            throw new IllegalStateException("The loaded chains do not verify: the benchmark's data is not what the application writes");
        }
        String line = String.format("Verified every chain (%,d entries) in %.1f s: %,.0f entries a second", settings.entries(), took,
                settings.entries() / took);
        out.println(line);
        return line;
    }

    private List<QueryTimings> timeViewerQueries(String loaderUrl, List<Sample> samples) {
        Map<String, Object> properties = new HashMap<>();
        // Outside a server: a local transaction and plain JDBC in place of the server's JTA data source.
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.url", loaderUrl.replace(";create=true", ""));
        properties.put("jakarta.persistence.jdbc.driver", loaderUrl.startsWith("jdbc:derby:") ? "org.apache.derby.jdbc.EmbeddedDriver" : "org.postgresql.Driver");
        if (settings.user() != null) {
            properties.put("jakarta.persistence.jdbc.user", settings.user());
        }
        if (settings.password() != null) {
            properties.put("jakarta.persistence.jdbc.password", settings.password());
        }
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("pupilsupport", properties);
        try {
            List<Shape> shapes = shapes(factory, samples);
            Random random = new Random(settings.seed() + 1);
            out.println("Warming up every query shape");
            for (Shape shape : shapes) {
                for (int i = 0; i < shape.warmUpRuns(settings); i++) {
                    timeOnce(factory, shape, random);
                }
            }
            List<QueryTimings> timings = new ArrayList<>();
            for (Shape shape : shapes) {
                QueryTimings measured = new QueryTimings(shape.name(), shape.runs(settings));
                for (int i = 0; i < shape.runs(settings); i++) {
                    long[] elapsedAndRows = timeOnce(factory, shape, random);
                    measured.add(elapsedAndRows[0], elapsedAndRows[1]);
                }
                out.printf("  %-40s p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms%n", shape.name(), measured.percentileMillis(50),
                        measured.percentileMillis(95), measured.maxMillis());
                timings.add(measured);
            }
            return timings;
        } finally {
            factory.close();
        }
    }

    /** One request's worth: an entity manager for the borough, one query, closed. */
    private static long[] timeOnce(EntityManagerFactory factory, Shape shape, Random random) {
        ViewerCall call = shape.withParameters().apply(random);
        long started = System.nanoTime();
        EntityManager entityManager = factory.createEntityManager(Map.of(TenantEntityManagers.TENANT_PROPERTY, SyntheticAuditTraffic.MEASURED_BOROUGH));
        long found;
        try {
            found = call.run(new AuditViewerQueries(entityManager));
        } finally {
            entityManager.close();
        }
        long elapsed = System.nanoTime() - started;
        if (found == 0) {
            throw new IllegalStateException(shape.name() + " found nothing: its parameters come from stored entries, so the query or"
                    + " the data is wrong, and timing it would measure nothing");
        }
        return new long[] {elapsed, found};
    }

    /**
     * Every query the viewer sends: a page and its count for each kind of filter, deeper pages, and the
     * list of everything about one child. Parameters come from real entries, so each run finds something.
     */
    private List<Shape> shapes(EntityManagerFactory factory, List<Sample> samples) {
        List<Sample> aboutChildren = samples.stream().filter(s -> "child".equals(s.subjectType()) && s.subjectId() != null).toList();
        Function<Random, AuditQuery> byChild = r -> new AuditQuery(pick(aboutChildren, r).subjectId(), null, null, null, null);
        Function<Random, AuditQuery> byUser = r -> new AuditQuery(null, pick(samples, r).username(), null, null, null);
        Function<Random, AuditQuery> byActionAndDates = r -> {
            Sample sample = pick(samples, r);
            LocalDate day = sample.day();
            return new AuditQuery(null, null, sample.action(), day.minusDays(r.nextInt(15)), day.plusDays(r.nextInt(15)));
        };
        Function<Random, AuditQuery> byUserAndDates = r -> {
            Sample sample = pick(samples, r);
            LocalDate day = sample.day();
            return new AuditQuery(null, sample.username(), null, day.minusDays(r.nextInt(15)), day.plusDays(r.nextInt(15)));
        };
        Function<Random, AuditQuery> byDates = r -> {
            LocalDate day = pick(samples, r).day();
            return new AuditQuery(null, null, null, day.minusDays(r.nextInt(15)), day.plusDays(r.nextInt(15)));
        };
        Function<Random, AuditQuery> everything = r -> new AuditQuery(null, null, null, null, null);
        long measuredEntries = countEverything(factory);

        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape("page 1: child", r -> firstPage(byChild.apply(r))));
        shapes.add(new Shape("count: child", r -> count(byChild.apply(r))));
        shapes.add(new Shape("who viewed child (entriesAbout)", r -> {
            String child = pick(aboutChildren, r).subjectId();
            return queries -> queries.about("child", child).size();
        }));
        shapes.add(new Shape("page 1: user", r -> firstPage(byUser.apply(r))));
        shapes.add(new Shape("count: user", r -> count(byUser.apply(r))));
        shapes.add(new Shape("page 1: user + dates (<=29 days)", r -> firstPage(byUserAndDates.apply(r))));
        shapes.add(new Shape("count: user + dates", r -> count(byUserAndDates.apply(r))));
        shapes.add(new Shape("page 1: action + dates (<=29 days)", r -> firstPage(byActionAndDates.apply(r))));
        shapes.add(new Shape("count: action + dates", r -> count(byActionAndDates.apply(r))));
        shapes.add(new Shape("page 1: dates (<=29 days)", r -> firstPage(byDates.apply(r))));
        shapes.add(new Shape("count: dates", r -> count(byDates.apply(r))));
        shapes.add(new Shape("page 1: everything", r -> firstPage(everything.apply(r))));
        shapes.add(new Shape("count: everything", r -> count(everything.apply(r))));
        shapes.add(new Shape("page 100-199: everything", r -> {
            int first = PAGE_SIZE * (99 + r.nextInt(100));
            return queries -> queries.page(everything.apply(r), first, PAGE_SIZE).size();
        }));
        shapes.add(new Shape("last page: everything", true, r -> {
            int first = (int) ((measuredEntries - 1) / PAGE_SIZE * PAGE_SIZE);
            return queries -> queries.page(everything.apply(r), first, PAGE_SIZE).size();
        }));
        return shapes;
    }

    private static long countEverything(EntityManagerFactory factory) {
        EntityManager entityManager = factory.createEntityManager(Map.of(TenantEntityManagers.TENANT_PROPERTY, SyntheticAuditTraffic.MEASURED_BOROUGH));
        try {
            return new AuditViewerQueries(entityManager).count(new AuditQuery(null, null, null, null, null));
        } finally {
            entityManager.close();
        }
    }

    private static ViewerCall firstPage(AuditQuery query) {
        return queries -> queries.page(query, 0, PAGE_SIZE).size();
    }

    private static ViewerCall count(AuditQuery query) {
        return queries -> queries.count(query);
    }

    private static Sample pick(List<Sample> samples, Random random) {
        return samples.get(random.nextInt(samples.size()));
    }

    private void shutDownDerby(String url) {
        String database = url.replace(";create=true", "");
        try {
            DriverManager.getConnection(database + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (SQL state 08006).
            if (!"08006".equals(expected.getSQLState())) {
                out.println("Derby did not shut down cleanly: " + expected.getMessage());
            }
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000_000.0;
    }
}

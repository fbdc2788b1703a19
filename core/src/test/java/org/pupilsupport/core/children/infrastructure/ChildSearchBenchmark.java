package org.pupilsupport.core.children.infrastructure;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.pupilsupport.core.children.ScaleData;
import org.pupilsupport.core.children.ScaleData.Sample;
import org.pupilsupport.core.children.ctf.CtfImportTiming;
import org.pupilsupport.core.schools.gias.GiasImportTiming;
import org.pupilsupport.core.startup.DatabaseMigrations;
import org.pupilsupport.core.tenancy.TenantEntityManagers;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

/**
 * How fast officers' child searches answer on a county-sized borough, and how fast the GIAS and CTF imports
 * write beside a plain JDBC batch insert of the same rows. Builds a fresh database with the real changelog,
 * fills one borough with {@link ScaleData} (250,000 children by default: Kent's size), then times each kind
 * of search the search box understands, through EclipseLink with the search's own JPQL
 * ({@link ChildSearchQueries}): the first page of 25 and the count, each run with parameters drawn from the
 * generated children, so every run finds someone. Prints p50, p95 and slowest per shape.
 *
 * <p>It prints figures and passes or fails nothing: a timing depends on the machine. How to run it, and the
 * figures it gave, are in {@code docs/benchmarks.md}.
 *
 * <p>System properties: {@code benchmark.children} (default 250,000), {@code benchmark.runs} (measured runs
 * per shape, default 50), {@code benchmark.gias.rows} (default 20,000), {@code benchmark.ctf.pupils} (default
 * 2,000), {@code benchmark.seed}, and for a database other than a fresh embedded Derby in
 * {@code target/benchmark}, {@code benchmark.jdbc.url}, {@code benchmark.jdbc.user},
 * {@code benchmark.jdbc.password} (an empty database: the run adds a borough and schools to it).
 */
public final class ChildSearchBenchmark {

    private static final int PAGE_SIZE = 25;
    private static final int SAMPLES = 5_000;
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private record Settings(int children, int runs, int giasRows, int ctfPupils, long seed, String jdbcUrl, String user, String password,
            Path workDirectory) {

        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("benchmark.children", 250_000), Integer.getInteger("benchmark.runs", 50),
                    Integer.getInteger("benchmark.gias.rows", 20_000), Integer.getInteger("benchmark.ctf.pupils", 2_000),
                    Long.getLong("benchmark.seed", 20261129), blankAsNull(System.getProperty("benchmark.jdbc.url")),
                    blankAsNull(System.getProperty("benchmark.jdbc.user")), blankAsNull(System.getProperty("benchmark.jdbc.password")),
                    Paths.get(System.getProperty("benchmark.work.dir", "target/benchmark")).toAbsolutePath());
        }

        boolean freshDerby() {
            return jdbcUrl == null;
        }

        int warmUpRuns() {
            return Math.max(2, runs / 5);
        }

        private static String blankAsNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }

    /** A kind of search and how to draw the text typed for each run. */
    private record Shape(String name, Function<Random, String> typed) {
    }

    /** The measured runs of one shape: how long each took and what it found. */
    private static final class Timings {
        final String shape;
        final long[] nanos;
        final long[] found;
        int runs;

        Timings(String shape, int expectedRuns) {
            this.shape = shape;
            this.nanos = new long[expectedRuns];
            this.found = new long[expectedRuns];
        }

        void add(long elapsed, long rows) {
            nanos[runs] = elapsed;
            found[runs] = rows;
            runs++;
        }

        /** Nearest rank: a time some run actually took. */
        double percentileMillis(double percent) {
            long[] sorted = Arrays.copyOf(nanos, runs);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(percent / 100 * runs);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }

        double averageFound() {
            return Arrays.stream(found, 0, runs).average().orElse(0);
        }

        long minFound() {
            return Arrays.stream(found, 0, runs).min().orElse(0);
        }
    }

    private final Settings settings;
    private final PrintStream out = System.out;

    private ChildSearchBenchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        new ChildSearchBenchmark(Settings.fromSystemProperties()).run();
    }

    private void run() throws Exception {
        String url = settings.freshDerby() ? freshDerbyUrl() : settings.jdbcUrl();
        List<String> summary = new ArrayList<>();
        ScaleData.Borough borough = ScaleData.Borough.kent();
        ScaleData.Loaded loaded;
        out.printf(Locale.UK, "Child search and import benchmark: %,d children, %d measured runs per shape after %d warm-up runs%n",
                settings.children(), settings.runs(), settings.warmUpRuns());
        summary.add(String.format(Locale.UK, "Machine: %d cores, %s %s, max heap %,d MiB", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20));
        try (Connection connection = DriverManager.getConnection(url, settings.user(), settings.password())) {
            summary.add("Database: " + ScaleData.describe(connection));
            long started = System.nanoTime();
            DatabaseMigrations.migrate(connection);
            summary.add(String.format(Locale.UK, "Schema migrated by the changelog in %.1f s", seconds(started)));
            loaded = new ScaleData(settings.seed(), LocalDate.of(2026, 11, 29)).load(connection, borough, 0, settings.children(), SAMPLES);
            summary.add(loaded.summary());
            summary.add(refreshStatistics(connection));
        }
        summary.forEach(out::println);

        Map<String, Object> properties = new HashMap<>();
        // Outside a server: a local transaction and plain JDBC in place of the server's JTA data source.
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.url", url.replace(";create=true", ""));
        properties.put("jakarta.persistence.jdbc.driver", url.startsWith("jdbc:derby:") ? "org.apache.derby.jdbc.EmbeddedDriver"
                : "org.postgresql.Driver");
        if (settings.user() != null) {
            properties.put("jakarta.persistence.jdbc.user", settings.user());
        }
        if (settings.password() != null) {
            properties.put("jakarta.persistence.jdbc.password", settings.password());
        }
        List<Timings> timings;
        GiasImportTiming.Result gias;
        CtfImportTiming.Result ctf;
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("pupilsupport", properties);
        try {
            timings = timeSearches(factory, borough.tenantId(), loaded.samples());
            out.println("Timing the GIAS refresh and a JDBC insert of the same rows");
            try (Connection connection = DriverManager.getConnection(url, settings.user(), settings.password())) {
                connection.setAutoCommit(false);
                gias = GiasImportTiming.time(factory, connection, settings.giasRows(), settings.seed());
                out.println("Timing CTF reading and writing and a JDBC insert of the same rows");
                ctf = CtfImportTiming.time(connection, settings.ctfPupils(), firstSchoolUrn(connection, borough), settings.seed());
            }
        } finally {
            factory.close();
        }
        if (settings.freshDerby()) {
            shutDownDerby(url);
        }

        out.println();
        out.println("Summary");
        summary.forEach(line -> out.println("  " + line));
        out.printf(Locale.UK, "  Searches in borough %s through EclipseLink, text varied from run to run (ms):%n", borough.tenantId());
        out.printf(Locale.UK, "  %-44s %5s %8s %8s %8s %12s %9s%n", "search", "runs", "p50", "p95", "max", "found (avg)", "(min)");
        for (Timings shape : timings) {
            out.printf(Locale.UK, "  %-44s %5d %8.1f %8.1f %8.1f %12.0f %9d%n", shape.shape, shape.runs, shape.percentileMillis(50),
                    shape.percentileMillis(95), shape.percentileMillis(100), shape.averageFound(), shape.minFound());
        }
        out.printf(Locale.UK, "  GIAS: %,d rows; refresh (read + EclipseLink, 500 a transaction) %,.0f rows/s; JDBC batch insert %,.0f rows/s;"
                + " ratio %.1f (reading alone %,.0f rows/s)%n", gias.rows(), gias.refreshRowsPerSecond(), gias.jdbcRowsPerSecond(), gias.ratio(),
                gias.readRowsPerSecond());
        out.printf(Locale.UK, "  CTF: %,d pupils (%,d rows); read + JDBC write %,.0f pupils/s; JDBC insert of the same rows %,.0f pupils/s;"
                + " ratio %.2f%n", ctf.pupils(), ctf.rows(), ctf.ctfPupilsPerSecond(), ctf.jdbcPupilsPerSecond(), ctf.ratio());
    }

    /**
     * Every kind of text the search box understands, drawn from generated children: one name word (the
     * commonest surname, a surname of the long tail, the first three letters of a surname), two words
     * (forename and surname), a UPN, a former UPN, a date of birth and a postcode.
     */
    private List<Shape> shapes(List<Sample> samples) {
        Map<String, Long> surnameCounts = samples.stream().collect(Collectors.groupingBy(Sample::surname, Collectors.counting()));
        String commonest = surnameCounts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<Sample> rare = samples.stream().filter(s -> surnameCounts.get(s.surname()) == 1).toList();
        List<Sample> withFormerUpn = samples.stream().filter(s -> s.formerUpn() != null).toList();
        if (rare.isEmpty() || withFormerUpn.isEmpty()) {
            throw new IllegalStateException("Too few children to draw rare names and former UPNs from: raise benchmark.children");
        }
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape("one word: commonest surname (" + commonest + ")", r -> commonest.toLowerCase(Locale.ROOT)));
        shapes.add(new Shape("one word: rare surname", r -> pick(rare, r).surname()));
        shapes.add(new Shape("one word: 3 letters of a surname", r -> pick(samples, r).surname().substring(0, 3)));
        shapes.add(new Shape("two words: forename surname", r -> {
            Sample child = pick(samples, r);
            return child.forename() + " " + child.surname();
        }));
        shapes.add(new Shape("UPN", r -> pick(samples, r).upn()));
        shapes.add(new Shape("former UPN", r -> pick(withFormerUpn, r).formerUpn()));
        shapes.add(new Shape("date of birth", r -> pick(samples, r).dateOfBirth().format(TYPED_DATE)));
        shapes.add(new Shape("postcode", r -> pick(samples, r).postcode()));
        return shapes;
    }

    private List<Timings> timeSearches(EntityManagerFactory factory, String tenant, List<Sample> samples) {
        List<Shape> shapes = shapes(samples);
        Random random = new Random(settings.seed() + 1);
        out.println("Warming up every search");
        for (Shape shape : shapes) {
            for (int i = 0; i < settings.warmUpRuns(); i++) {
                String typed = shape.typed().apply(random);
                timeOnce(factory, tenant, shape.name(), q -> q.search(typed, 0, PAGE_SIZE).size());
                timeOnce(factory, tenant, shape.name(), q -> q.countMatching(typed));
            }
        }
        List<Timings> all = new ArrayList<>();
        for (Shape shape : shapes) {
            Timings page = new Timings(shape.name() + ": page 1", settings.runs());
            Timings count = new Timings(shape.name() + ": count", settings.runs());
            for (int i = 0; i < settings.runs(); i++) {
                String typed = shape.typed().apply(random);
                long[] pageRun = timeOnce(factory, tenant, shape.name(), q -> q.search(typed, 0, PAGE_SIZE).size());
                page.add(pageRun[0], pageRun[1]);
                long[] countRun = timeOnce(factory, tenant, shape.name(), q -> q.countMatching(typed));
                count.add(countRun[0], countRun[1]);
            }
            for (Timings each : List.of(page, count)) {
                out.printf(Locale.UK, "  %-54s p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms  found %,.0f%n", each.shape, each.percentileMillis(50),
                        each.percentileMillis(95), each.percentileMillis(100), each.averageFound());
                all.add(each);
            }
        }
        return all;
    }

    /** One request's worth: an entity manager for the borough, one query, closed. */
    private static long[] timeOnce(EntityManagerFactory factory, String tenant, String shape, Function<ChildSearchQueries, Number> call) {
        long started = System.nanoTime();
        EntityManager entityManager = factory.createEntityManager(Map.of(TenantEntityManagers.TENANT_PROPERTY, tenant));
        long found;
        try {
            found = call.apply(new ChildSearchQueries(entityManager)).longValue();
        } finally {
            entityManager.close();
        }
        long elapsed = System.nanoTime() - started;
        if (found == 0) {
            throw new IllegalStateException(shape + " found nothing: its text comes from generated children, so the query or the data is"
                    + " wrong, and timing it would measure nothing");
        }
        return new long[] {elapsed, found};
    }

    private static int firstSchoolUrn(Connection connection, ScaleData.Borough borough) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT MIN(URN) FROM SCHOOL WHERE LA_CODE = ?")) {
            query.setString(1, borough.laCode());
            try (var rows = query.executeQuery()) {
                rows.next();
                int urn = rows.getInt(1);
                connection.commit();
                return urn;
            }
        }
    }

    /**
     * What each database's own statistics upkeep would have done long before a borough reached this size;
     * done at once here so the plans do not depend on when the daemon last ran.
     */
    private String refreshStatistics(Connection connection) throws SQLException {
        long started = System.nanoTime();
        List<String> tables = List.of("CHILD", "CHILD_NAME_TOKEN", "CHILD_ADDRESS", "CHILD_ENROLMENT", "CHILD_FORMER_UPN",
                "CHILD_FORMER_SURNAME", "SCHOOL");
        if (connection.getMetaData().getDatabaseProductName().startsWith("Apache Derby")) {
            for (String table : tables) {
                try (PreparedStatement update = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(CURRENT SCHEMA, ?, NULL)")) {
                    update.setString(1, table);
                    update.execute();
                }
            }
            connection.commit();
        } else {
            connection.setAutoCommit(true);
            try (Statement vacuum = connection.createStatement()) {
                for (String table : tables) {
                    vacuum.execute("VACUUM ANALYZE " + table);
                }
            }
            connection.setAutoCommit(false);
        }
        return String.format(Locale.UK, "Statistics refreshed in %.1f s", seconds(started));
    }

    private String freshDerbyUrl() {
        Path database = settings.workDirectory().resolve("derby-children");
        deleteRecursively(database);
        try {
            Files.createDirectories(settings.workDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("derby.stream.error.file", settings.workDirectory().resolve("derby.log").toString());
        // Derby's default page cache (1,000 pages, 4 MB) is sized for small databases; a server running a county
        // would be given more, as it would a PostgreSQL shared_buffers. Set before Derby boots.
        if (System.getProperty("derby.storage.pageCacheSize") == null) {
            System.setProperty("derby.storage.pageCacheSize", "32000");
        }
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

    private void shutDownDerby(String url) {
        try {
            DriverManager.getConnection(url.replace(";create=true", "") + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (SQL state 08006).
            if (!"08006".equals(expected.getSQLState())) {
                out.println("Derby did not shut down cleanly: " + expected.getMessage());
            }
        }
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}

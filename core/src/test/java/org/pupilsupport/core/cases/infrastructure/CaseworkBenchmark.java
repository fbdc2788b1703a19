package org.pupilsupport.core.cases.infrastructure;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.pupilsupport.core.cases.CaseStatus;
import org.pupilsupport.core.cases.DeadlineKind;
import org.pupilsupport.core.cases.ExclusionCategory;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.cases.SuspensionAllowance;
import org.pupilsupport.core.children.ScaleData;
import org.pupilsupport.core.startup.DatabaseMigrations;
import org.pupilsupport.core.tenancy.TenantEntityManagers;

/**
 * How fast an officer's day and a child's cases load when a county-sized borough has years of casework. Builds a
 * fresh database with the real changelog, fills one borough with {@link ScaleData} children (250,000 by default:
 * Kent's size) and then cases by plain JDBC (150,000 by default: about three years of suspensions, missing-education
 * and other cases for such a county, most of them closed), with their tasks, spread over officers and teams.
 * It then times, through EclipseLink and the server's own JPQL ({@link CaseQueries}), each query the dashboard and
 * the case pages make: an officer's open cases, their tasks due this week, the borough's open cases by area, the
 * notifications awaiting allocation, a team's cases, a child's cases and a pupil's suspensions this year.
 *
 * <p>It prints figures and passes or fails nothing. How to run it, and the figures it gave, are in
 * {@code docs/benchmarks.md}. System properties: {@code benchmark.children} (default 250,000),
 * {@code benchmark.cases} (default 150,000), {@code benchmark.officers} (default 120), {@code benchmark.runs}
 * (default 50), {@code benchmark.seed}, {@code benchmark.work.dir}, and {@code benchmark.show.sql=true} to print the SQL
 * EclipseLink sends.
 */
public final class CaseworkBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final int TEAMS = 12;
    private static final int BATCH = 2_000;

    private final int childCount = Integer.getInteger("benchmark.children", 250_000);
    private final int caseCount = Integer.getInteger("benchmark.cases", 150_000);
    private final int officerCount = Integer.getInteger("benchmark.officers", 120);
    private final int runs = Integer.getInteger("benchmark.runs", 50);
    private final long seed = Long.getLong("benchmark.seed", 20261130);
    private final Path workDirectory = Paths.get(System.getProperty("benchmark.work.dir", "target/benchmark")).toAbsolutePath();
    private final PrintStream out = System.out;

    /** What the generated data holds that the timed queries need to be given. */
    private record Generated(List<String> officers, List<String> teams, List<String> childrenWithCases, List<String> childrenWithSuspensions,
                             int tasks) {
    }

    public static void main(String[] args) throws Exception {
        new CaseworkBenchmark().run();
    }

    private void run() throws Exception {
        String url = freshDerbyUrl();
        ScaleData.Borough borough = ScaleData.Borough.kent();
        List<String> summary = new ArrayList<>();
        summary.add(String.format(Locale.UK, "Machine: %d cores, %s %s, max heap %,d MiB", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20));
        Generated generated;
        try (Connection connection = DriverManager.getConnection(url)) {
            summary.add("Database: " + ScaleData.describe(connection));
            DatabaseMigrations.migrate(connection);
            ScaleData.Loaded loaded = new ScaleData(seed, TODAY).load(connection, borough, 0, childCount, 10);
            summary.add(loaded.summary());
            long started = System.nanoTime();
            generated = generateCases(connection, borough.tenantId());
            summary.add(String.format(Locale.UK, "%,d cases and %,d tasks for %,d officers in %d teams written in %.1f s", caseCount, generated.tasks(),
                    officerCount, TEAMS, (System.nanoTime() - started) / 1e9));
            refreshStatistics(connection);
        }
        summary.forEach(out::println);

        Map<String, Object> properties = new HashMap<>();
        // Outside a server: a local transaction and plain JDBC in place of the server's JTA data source.
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.url", url.replace(";create=true", ""));
        properties.put("jakarta.persistence.jdbc.driver", "org.apache.derby.jdbc.EmbeddedDriver");
        if (Boolean.getBoolean("benchmark.show.sql")) {
            properties.put("eclipselink.logging.level.sql", "FINE");
            properties.put("eclipselink.logging.parameters", "true");
        }
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("pupilsupport", properties);
        Map<String, long[]> timings = new LinkedHashMap<>();
        try {
            Random random = new Random(seed + 7);
            Map<String, Function<CaseQueries, Number>> queries = queries(generated, random);
            out.println("Warming up every query");
            for (int i = 0; i < Math.max(2, runs / 5); i++) {
                queries.forEach((name, query) -> timeOnce(factory, borough.tenantId(), query));
            }
            queries.keySet().forEach(name -> timings.put(name, new long[runs * 2]));
            for (int i = 0; i < runs; i++) {
                for (Map.Entry<String, Function<CaseQueries, Number>> query : queries.entrySet()) {
                    long[] result = timeOnce(factory, borough.tenantId(), query.getValue());
                    timings.get(query.getKey())[i] = result[0];
                    timings.get(query.getKey())[runs + i] = result[1];
                }
            }
        } finally {
            factory.close();
        }
        shutDownDerby(url);

        out.println();
        out.println("Summary");
        summary.forEach(line -> out.println("  " + line));
        out.printf(Locale.UK, "  Casework queries in borough %s through EclipseLink, a new entity manager each (ms):%n", borough.tenantId());
        out.printf(Locale.UK, "  %-52s %5s %8s %8s %8s %12s%n", "query", "runs", "p50", "p95", "max", "rows (avg)");
        timings.forEach((name, values) -> {
            long[] nanos = Arrays.copyOf(values, runs);
            double rows = Arrays.stream(values, runs, runs * 2).average().orElse(0);
            out.printf(Locale.UK, "  %-52s %5d %8.1f %8.1f %8.1f %12.1f%n", name, runs, percentile(nanos, 50), percentile(nanos, 95),
                    percentile(nanos, 100), rows);
        });
    }

    /** The dashboard's and case pages' queries, each drawing its parameters afresh for every run. */
    private Map<String, Function<CaseQueries, Number>> queries(Generated generated, Random random) {
        Map<String, Function<CaseQueries, Number>> queries = new LinkedHashMap<>();
        queries.put("an officer's open cases", q -> q.activeAllocatedTo(pick(generated.officers(), random)).size());
        queries.put("an officer's tasks due within 7 days", q -> q.openTasksOf(pick(generated.officers(), random), TODAY.plusDays(7)).size());
        queries.put("open cases by area (the chart)", q -> q.activeCountsByArea().size());
        queries.put("awaiting allocation: first 200", q -> q.awaitingAllocation(200).size());
        queries.put("awaiting allocation: count", CaseQueries::countAwaitingAllocation);
        queries.put("a team's open cases: first 200", q -> q.activeOfTeams(List.of(pick(generated.teams(), random)), 200).size());
        queries.put("a child's cases", q -> q.ofChild(pick(generated.childrenWithCases(), random)).size());
        queries.put("a pupil's suspensions this academic year", q -> q.suspensionsOf(pick(generated.childrenWithSuspensions(), random),
                SuspensionAllowance.academicYearStart(TODAY)).size());
        return queries;
    }

    /** One request's worth: an entity manager for the borough, one query, closed. */
    private static long[] timeOnce(EntityManagerFactory factory, String tenant, Function<CaseQueries, Number> query) {
        long started = System.nanoTime();
        EntityManager entityManager = factory.createEntityManager(Map.of(TenantEntityManagers.TENANT_PROPERTY, tenant));
        long rows;
        try {
            rows = query.apply(new CaseQueries(entityManager)).longValue();
        } finally {
            entityManager.close();
        }
        return new long[] {System.nanoTime() - started, rows};
    }

    /**
     * Cases over three years: most closed, a quarter of the recent ones open with one to three tasks, a few awaiting
     * allocation. Areas in rough proportion to national figures (suspensions far the most common).
     */
    private Generated generateCases(Connection connection, String tenant) throws SQLException {
        connection.setAutoCommit(false);
        Random random = new Random(seed);
        List<String> childIds = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID FROM CHILD WHERE TENANT_ID = ?")) {
            select.setString(1, tenant);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    childIds.add(rows.getString(1));
                }
            }
        }
        List<String> officers = new ArrayList<>();
        for (int i = 0; i < officerCount; i++) {
            officers.add("officer." + i);
        }
        List<String> teams = new ArrayList<>();
        for (int i = 0; i < TEAMS; i++) {
            teams.add(UUID.nameUUIDFromBytes(("team" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        }
        ServiceArea[] weighted = {ServiceArea.SUSPENSION_OR_EXCLUSION, ServiceArea.SUSPENSION_OR_EXCLUSION, ServiceArea.SUSPENSION_OR_EXCLUSION,
                ServiceArea.SUSPENSION_OR_EXCLUSION, ServiceArea.SUSPENSION_OR_EXCLUSION, ServiceArea.MISSING_EDUCATION, ServiceArea.MISSING_EDUCATION,
                ServiceArea.ELECTIVE_HOME_EDUCATION, ServiceArea.REDUCED_TIMETABLE, ServiceArea.HEALTH_NEEDS, ServiceArea.IN_YEAR_TRANSFER,
                ServiceArea.AT_RISK_OF_EXCLUSION, ServiceArea.MANAGED_MOVE, ServiceArea.ALTERNATIVE_PROVISION};
        List<String> childrenWithCases = new ArrayList<>();
        List<String> childrenWithSuspensions = new ArrayList<>();
        int tasks = 0;
        Timestamp now = Timestamp.valueOf(TODAY.atStartOfDay());
        try (PreparedStatement insertCase = connection.prepareStatement("INSERT INTO CASE_FILE (CASE_NUMBER, TENANT_ID, AREA, STATUS, CHILD_ID,"
                + " SOURCE, REFERRED_ON, SUMMARY, ALLOCATED_OFFICER, TEAM_ID, OPENED_ON, CLOSED_ON, OUTCOME, CREATED_AT, CREATED_BY, EXC_CATEGORY,"
                + " EXC_START, EXC_SESSIONS, EXC_NOTIFIED_ON, VERSION) VALUES (?, ?, ?, ?, ?, 'SCHOOL_NOTIFICATION', ?, 'Generated for the benchmark',"
                + " ?, ?, ?, ?, ?, ?, 'benchmark', ?, ?, ?, ?, 0)");
             PreparedStatement insertTask = connection.prepareStatement("INSERT INTO CASE_TASK (ID, TENANT_ID, CASE_NUMBER, KIND, DEADLINE_KEY,"
                     + " DUE_ON, CALENDAR, ASSIGNED_TO, DONE_ON, DONE_BY) VALUES (?, ?, ?, ?, ?, ?, 'benchmark calendar', ?, ?, ?)")) {
            for (int number = 1; number <= caseCount; number++) {
                ServiceArea area = weighted[random.nextInt(weighted.length)];
                String child = childIds.get(random.nextInt(childIds.size()));
                LocalDate referred = TODAY.minusDays(random.nextInt(3 * 365));
                boolean recent = referred.isAfter(TODAY.minusDays(120));
                int roll = random.nextInt(100);
                CaseStatus status = !recent ? CaseStatus.CLOSED : roll < 5 ? CaseStatus.REFERRED : roll < 35 ? CaseStatus.OPEN : CaseStatus.CLOSED;
                String officer = status == CaseStatus.REFERRED ? null : officers.get(random.nextInt(officers.size()));
                insertCase.setLong(1, number);
                insertCase.setString(2, tenant);
                insertCase.setString(3, area.name());
                insertCase.setString(4, status.name());
                insertCase.setString(5, child);
                insertCase.setDate(6, Date.valueOf(referred));
                insertCase.setString(7, officer);
                insertCase.setString(8, officer == null ? null : teams.get(Math.floorMod(officer.hashCode(), TEAMS)));
                insertCase.setDate(9, officer == null ? null : Date.valueOf(referred.plusDays(1)));
                insertCase.setDate(10, status == CaseStatus.CLOSED ? Date.valueOf(referred.plusDays(20 + random.nextInt(60))) : null);
                insertCase.setString(11, status == CaseStatus.CLOSED ? "NO_FURTHER_ACTION" : null);
                insertCase.setTimestamp(12, now);
                boolean suspension = area == ServiceArea.SUSPENSION_OR_EXCLUSION && random.nextInt(20) > 0;
                insertCase.setString(13, area == ServiceArea.SUSPENSION_OR_EXCLUSION
                        ? (suspension ? ExclusionCategory.SUSPENSION : ExclusionCategory.PERMANENT).name() : null);
                insertCase.setDate(14, area == ServiceArea.SUSPENSION_OR_EXCLUSION ? Date.valueOf(referred) : null);
                if (suspension) {
                    insertCase.setInt(15, 1 + random.nextInt(10));
                } else {
                    insertCase.setNull(15, java.sql.Types.INTEGER);
                }
                insertCase.setDate(16, area == ServiceArea.SUSPENSION_OR_EXCLUSION ? Date.valueOf(referred) : null);
                insertCase.addBatch();
                if (childrenWithCases.size() < 5_000) {
                    childrenWithCases.add(child);
                }
                if (suspension && referred.isAfter(SuspensionAllowance.academicYearStart(TODAY)) && childrenWithSuspensions.size() < 5_000) {
                    childrenWithSuspensions.add(child);
                }
                if (status != CaseStatus.CLOSED) {
                    int taskCount = 1 + random.nextInt(3);
                    for (int t = 0; t < taskCount; t++) {
                        DeadlineKind kind = DeadlineKind.values()[random.nextInt(DeadlineKind.values().length)];
                        boolean done = random.nextInt(3) == 0;
                        insertTask.setString(1, UUID.randomUUID().toString());
                        insertTask.setString(2, tenant);
                        insertTask.setLong(3, number);
                        insertTask.setString(4, kind.name());
                        insertTask.setString(5, kind.name() + ":" + t);
                        insertTask.setDate(6, Date.valueOf(TODAY.plusDays(random.nextInt(60) - 30)));
                        insertTask.setString(7, officer);
                        insertTask.setDate(8, done ? Date.valueOf(TODAY.minusDays(random.nextInt(10))) : null);
                        insertTask.setString(9, done ? officer : null);
                        insertTask.addBatch();
                        tasks++;
                    }
                }
                if (number % BATCH == 0) {
                    insertCase.executeBatch();
                    insertTask.executeBatch();
                    connection.commit();
                }
            }
            insertCase.executeBatch();
            insertTask.executeBatch();
            connection.commit();
        }
        return new Generated(officers, teams, childrenWithCases, childrenWithSuspensions.isEmpty() ? childrenWithCases : childrenWithSuspensions,
                tasks);
    }

    private void refreshStatistics(Connection connection) throws SQLException {
        for (String table : List.of("CASE_FILE", "CASE_TASK", "CHILD")) {
            try (PreparedStatement update = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(CURRENT SCHEMA, ?, NULL)")) {
                update.setString(1, table);
                update.execute();
            }
        }
        connection.commit();
    }

    private String freshDerbyUrl() {
        Path database = workDirectory.resolve("derby-casework");
        if (Files.exists(database)) {
            try (Stream<Path> paths = Files.walk(database)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove the previous benchmark database " + database, e);
            }
        }
        try {
            Files.createDirectories(workDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("derby.stream.error.file", workDirectory.resolve("derby-casework.log").toString());
        if (System.getProperty("derby.storage.pageCacheSize") == null) {
            System.setProperty("derby.storage.pageCacheSize", "32000");
        }
        return "jdbc:derby:" + database + ";create=true";
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

    private static double percentile(long[] nanos, double percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}

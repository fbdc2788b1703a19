package org.pupilsupport.core.schools.gias;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How fast a GIAS extract is read (no database): generates a full-size invented extract, or takes the file
 * given, reads it a few times to warm up, then times three reads and prints rows per second. Not part of
 * the build; run it from the repository root with:
 *
 * <pre>
 * mvn -o -q -pl core test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=org.pupilsupport.core.schools.gias.GiasReadBenchmark \
 *     -Dexec.args="[GIAS file] [rows to generate, default 50000]"
 * </pre>
 */
public final class GiasReadBenchmark {

    private static final int WARM_UP_READS = 3;
    private static final int TIMED_READS = 3;

    private GiasReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file;
        if (args.length > 0 && !args[0].matches("\\d+")) {
            file = Path.of(args[0]);
        } else {
            int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
            file = Files.createTempFile("gias-benchmark", ".csv");
            file.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(file)) {
                new GiasExtractGenerator(1, rows).writeTo(out);
            }
        }
        long size = Files.size(file);
        System.out.printf("Reading %s (%,d bytes)%n", file, size);
        for (int i = 0; i < WARM_UP_READS; i++) {
            read(file);
        }
        for (int i = 0; i < TIMED_READS; i++) {
            long started = System.nanoTime();
            Count count = read(file);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%,d rows (%,d rejected) in %.2f s: %,.0f rows/s, %.1f MB/s%n",
                    count.rows, count.rejected, seconds, count.rows / seconds, size / seconds / 1e6);
        }
    }

    private record Count(long rows, long rejected) {
    }

    private static Count read(Path file) throws IOException {
        long rows = 0;
        long rejected = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            GiasExtractReader reader = GiasExtractReader.open(in);
            for (GiasRow row = reader.next(); row != null; row = reader.next()) {
                rows++;
                if (row instanceof GiasRow.Rejected) {
                    rejected++;
                }
            }
        }
        return new Count(rows, rejected);
    }
}

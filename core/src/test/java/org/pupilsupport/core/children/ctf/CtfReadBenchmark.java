package org.pupilsupport.core.children.ctf;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How fast {@link CtfReader} reads a whole school's file, and that its memory stays flat as files grow.
 * Not a test: timings vary by machine, so nothing here can fail a build. Run it by hand:
 *
 * <pre>
 * cd /work/wt-ctf
 * mvn -o -q -B -pl core -am test-compile
 * java -Xmx64m -cp core/target/classes:core/target/test-classes \
 *      org.pupilsupport.core.children.ctf.CtfReadBenchmark 2000 20000
 * </pre>
 *
 * Each argument is a number of pupils (default 2,000 and 20,000). A file is generated in a temporary
 * directory, read twice (the first run warms the JIT), and the second run reports pupils per second, the
 * file size and the heap in use. The small {@code -Xmx} is the point: a reader that held the whole file
 * would run out of memory on the larger files; a streaming one shows about the same heap for every size.
 */
public final class CtfReadBenchmark {

    private CtfReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] { 2_000, 20_000 } : parse(args);
        // lifted only so the largest benchmark files are allowed; the memory bound comes from streaming
        CtfReader reader = new CtfReader(CtfReadingLimits.DEFAULT.withMaxFileBytes(1024L * 1024 * 1024));
        Path directory = Files.createTempDirectory("ctf-benchmark");
        try {
            for (int pupils : sizes) {
                Path file = CtfTestFiles.generated(directory, pupils);
                read(reader, file);
                Result result = read(reader, file);
                System.out.printf(Locale.UK, "%,9d pupils  %,7.1f MB  %,7d ms  %,9.0f pupils/s  heap in use at most %,5.1f MB%n",
                        result.pupils, Files.size(file) / 1_048_576.0, result.millis,
                        result.pupils * 1000.0 / Math.max(result.millis, 1), result.peakHeapBytes / 1_048_576.0);
                Files.delete(file);
            }
        } finally {
            Files.deleteIfExists(directory);
        }
    }

    private record Result(int pupils, long millis, long peakHeapBytes) {
    }

    private static Result read(CtfReader reader, Path file) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        int[] pupils = { 0 };
        long[] peak = { memory.getHeapMemoryUsage().getUsed() };
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, pupil -> {
                // the pupils are counted and dropped, as a preview that keeps only summaries would
                if (++pupils[0] % 250 == 0) {
                    peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
                }
            });
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(pupils[0], millis, peak[0]);
    }

    private static int[] parse(String[] args) {
        int[] sizes = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            sizes[i] = Integer.parseInt(args[i].replace("_", "").replace(",", ""));
        }
        return sizes;
    }
}

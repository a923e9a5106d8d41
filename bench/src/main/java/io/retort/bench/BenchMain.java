package io.retort.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the named benchmarks (all when none is named) and prints a table per benchmark.
 *
 * <pre>{@code
 * mvn -q -pl bench -am package exec:java -DskipTests -Dexec.args="pool"
 * }</pre>
 */
public final class BenchMain {

    private static final Map<String, Supplier<Bench>> BENCHES = new LinkedHashMap<>();

    static {
        BENCHES.put("pool", PoolSpreadBench::new);
        BENCHES.put("graph", GraphBench::new);
        BENCHES.put("uow", UowBench::new);
        BENCHES.put("query", QueryBench::new);
    }

    private BenchMain() {
    }

    public static void main(String[] args) {
        List<String> names = args.length == 0 ? List.copyOf(BENCHES.keySet()) : Arrays.asList(args);
        for (String name : names) {
            Supplier<Bench> bench = BENCHES.get(name);
            if (bench == null) {
                throw new IllegalArgumentException("Unknown benchmark '" + name + "'; known: " + BENCHES.keySet());
            }
            System.out.println("== " + name + " ==");
            bench.get().run();
        }
    }
}

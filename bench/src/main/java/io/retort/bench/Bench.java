package io.retort.bench;

/** One benchmark: runs its workloads and prints a table. */
interface Bench {

    /** Runs and prints; a benchmark program may block, library code never does. */
    void run();
}

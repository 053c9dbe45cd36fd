package se.vinr.ledger.benchmarks;

/**
 * One line of the report: a figure in events/s (one event per command) with JMH's 99.9% confidence half-width and the
 * lowest and highest of its measured iterations, its latency percentiles in ms, and the ceiling it is judged against
 * (NaN for the ceilings themselves).
 */
record Row(String benchmark, String store, int threads, double eventsPerSecond, double error, double low,
           double high, double p50Ms,
           double p99Ms, double ceiling, String ceilingName, long samples, String note) {

    /** This row judged against {@code ceiling} (NaN: not measured in this run), named {@code ceilingName}. */
    Row withCeiling(double ceiling, String ceilingName) {
        return new Row(benchmark, store, threads, eventsPerSecond, error, low, high, p50Ms, p99Ms, ceiling,
                ceilingName, samples, note);
    }

    double ratio() {
        return Double.isNaN(ceiling) || ceiling == 0 ? Double.NaN : eventsPerSecond / ceiling;
    }
}

package se.vinr.ledger.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import se.vinr.ledger.command.keyperson.RegisterKeyPerson;
import se.vinr.ledger.command.keyperson.ReportKeyPersonTotal;
import se.vinr.ledger.command.meeting.DefineMeetingSeries;
import se.vinr.ledger.command.meeting.RecordMeeting;
import se.vinr.ledger.command.organisation.RegisterUnit;
import se.vinr.ledger.command.organisation.ReportHeadcount;
import se.vinr.ledger.command.plan.DraftPlan;
import se.vinr.ledger.command.plan.ProposePlanRevision;
import se.vinr.ledger.command.plan.RecordIndicatorValue;
import se.vinr.ledger.command.plan.RecordPlanDecision;
import se.vinr.ledger.command.plan.ReportActivityStatus;
import se.vinr.ledger.command.screening.RecordScreenings;
import se.vinr.ledger.command.training.DefineCourse;
import se.vinr.ledger.command.training.RecordTrainingCompletion;
import se.vinr.ledger.events.common.CourseCode;
import se.vinr.ledger.events.common.KeyPersonId;
import se.vinr.ledger.events.common.MeetingSeriesId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.common.Source;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.keyperson.KeyPersonRole;
import se.vinr.ledger.events.organisation.Operator;
import se.vinr.ledger.events.plan.ActivityStatus;
import se.vinr.ledger.events.plan.ComplianceAnswer;
import se.vinr.ledger.events.plan.DecisionKind;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.Recurrence;
import se.vinr.ledger.events.screening.ScreeningInstrument;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.comparison.FindIndicatorComparison;
import se.vinr.ledger.query.comparison.IndicatorComparison;
import se.vinr.ledger.query.indicator.FindIndicators;
import se.vinr.ledger.query.indicator.MunicipalityIndicators;
import se.vinr.ledger.query.plan.FindPlan;
import se.vinr.ledger.query.plan.PlanDetails;
import se.vinr.ledger.query.projection.ProjectionAdmin;
import se.vinr.ledger.query.projection.ProjectionStatus;
import se.vinr.ledger.query.training.FindTrainingCoverage;
import se.vinr.ledger.query.training.TrainingCoverage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Query latency (issue 8, figure 3; issue 4's closing note): one municipality seeded through {@link Ledger#send} with
 * {@code units} units and about {@code events} tracking events in a realistic mix, an adopted plan with 4 goals, 20
 * activities (8 recurring) and 12 indicators of every source kind, and some hundred statuses and values; once every
 * projection has caught up, each view is asked through Axon's QueryGateway, as its controller asks it, by 1 and 16
 * threads, each call as of another day of the seeded period, and the latency of every call is recorded. Not JMH: seeding once per store and asking four views at two
 * thread counts on it fits no JMH fork, so this runs in {@link RunAll}'s JVM after the JMH figures.
 */
final class QueryLatencyBenchmark {

    static final String GROUP = "QueryLatencyBenchmark";
    static final String TARGET = "p99 < 25 ms at 16 clients";
    private static final PlanId PLAN = new PlanId("vinr-2023-2025");
    private static final CourseCode COURSE = new CourseCode("nck-webbkurs");
    private static final List<MeetingSeriesId> SERIES = List.of(new MeetingSeriesId("nyckelpersonstraffar"),
            new MeetingSeriesId("freda-arendegrupp"), new MeetingSeriesId("intern-samverkan"));
    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2025, 6, 30);
    /** Days between dates asked one after the other: prime to the seeded period's length, so each day comes up. */
    private static final long DATE_STRIDE = 7919;
    private static final String[] DEPARTMENTS = {"Individ- och familjeomsorg", "Äldreomsorg", "Funktionsstöd",
            "Skola", "Hälso- och sjukvård"};

    /** One view as its controller asks for it, as of a date. */
    record View(String name, Function<PointInTime, Object> ask) {
    }

    record Sizes(int units, int events, int calls, int warmupCalls, List<Integer> threads, int seedThreads) {

        static Sizes fromSystemProperties(boolean smoke) {
            return new Sizes(Integer.getInteger("bench.query.units", smoke ? 50 : 200),
                    Integer.getInteger("bench.query.events", smoke ? 5_000 : 50_000),
                    Integer.getInteger("bench.query.calls", smoke ? 200 : 1_000),
                    Integer.getInteger("bench.query.warmup-calls", smoke ? 50 : 300),
                    Arrays.stream(System.getProperty("bench.query.threads", "1,16").split(","))
                            .map(String::trim).map(Integer::valueOf).toList(),
                    Integer.getInteger("bench.query.seed-threads", 4));
        }
    }

    private final Sizes sizes;
    private final Random random = new Random(42);

    QueryLatencyBenchmark(Sizes sizes) {
        this.sizes = sizes;
    }

    /** Seeds a fresh {@code store} and measures every view at every thread count: one row each. */
    List<Row> run(String store) throws Exception {
        try (Ledger ledger = Ledger.start(Store.fresh(store))) {
            long started = System.nanoTime();
            setUp(ledger);
            bulk(ledger);
            long sent = System.nanoTime();
            long events = ledger.events();
            waitForProjections(ledger, events);
            long caughtUp = System.nanoTime();
            String seeding = "%d units, %,d events seeded in %.0f s (+%.0f s until every projection had caught up)"
                    .formatted(sizes.units(), events, (sent - started) / 1e9, (caughtUp - sent) / 1e9);
            System.out.println("  " + store + ": " + seeding);
            List<Row> rows = new ArrayList<>();
            ObjectMapper json = ledger.bean(ObjectMapper.class);
            for (View view : views(ledger.bean(QueryGateway.class))) {
                // the size of the answer, as the controller would write it, shows the view is not empty
                String answer = "answer %,d B of JSON as of %s".formatted(
                        json.writeValueAsBytes(view.ask().apply(asOf(0))).length, LAST);
                for (int threads : sizes.threads()) {
                    rows.add(measure(view, store, threads, answer + "; " + seeding));
                }
            }
            return rows;
        }
    }

    private List<View> views(QueryGateway gateway) {
        var m = Ledger.MUNICIPALITY;
        return List.of(
                new View("indicator view (FindIndicators)", at -> gateway.query(new FindIndicators(m, null, null,
                        null, at), ResponseTypes.instanceOf(MunicipalityIndicators.class)).join()),
                new View("plan view (FindPlan)", at -> gateway.query(new FindPlan(m, PLAN, at),
                        ResponseTypes.instanceOf(PlanDetails.class)).join()),
                new View("training coverage (FindTrainingCoverage)", at -> gateway.query(
                        new FindTrainingCoverage(m, at), ResponseTypes.instanceOf(TrainingCoverage.class)).join()),
                new View("comparison (FindIndicatorComparison)", at -> gateway.query(new FindIndicatorComparison(at),
                        ResponseTypes.instanceOf(IndicatorComparison.class)).join()));
    }

    /**
     * The date of the {@code call}-th call: the end of the seeded data first, then days spread over the whole seeded
     * period, so that no cache of one answer (the database's or ours) stands in for the work of a view.
     */
    private static PointInTime asOf(long call) {
        long days = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
        return new PointInTime(LAST.minusDays(call * DATE_STRIDE % days), null);
    }

    /** {@code calls} calls (at least one per thread) after {@code warmupCalls} unrecorded ones, spread over the threads. */
    private Row measure(View view, String store, int threads, String about) throws Exception {
        int perThread = Math.max(1, (sizes.calls() + threads - 1) / threads);
        int warmupPerThread = Math.max(1, sizes.warmupCalls() / threads);
        long[][] latencies = new long[threads][perThread];
        AtomicLong calls = new AtomicLong();
        // what a call costs the machine whatever else runs on it: H2 works in the calling thread, PostgreSQL not
        AtomicLong cpuNanos = new AtomicLong();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                long[] mine = latencies[t];
                done.add(pool.submit(() -> {
                    for (int i = 0; i < warmupPerThread; i++) {
                        view.ask().apply(asOf(calls.getAndIncrement()));
                    }
                    for (int i = 0; i < perThread; i++) {
                        PointInTime at = asOf(calls.getAndIncrement());
                        long cpuBefore = cpu.getCurrentThreadCpuTime();
                        long before = System.nanoTime();
                        view.ask().apply(at);
                        mine[i] = System.nanoTime() - before;
                        cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpuBefore);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] sorted = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
            double p99 = Latencies.percentile(sorted, 0.99) / 1e6;
            Row row = new Row("query: " + view.name(), store, threads,
                    (double) (threads * (warmupPerThread + perThread)) / seconds, Double.NaN, Double.NaN, Double.NaN,
                    Latencies.percentile(sorted, 0.50) / 1e6, p99, Double.NaN, "", sorted.length,
                    "calls/s (warm-up included); max %.1f ms; CPU %.2f ms a call in the calling thread; %s; target %s%s"
                            .formatted(sorted[sorted.length - 1] / 1e6, cpuNanos.get() / 1e6 / sorted.length, about,
                                    TARGET, threads == 16 ? (p99 < 25 ? ": met" : ": not met") : ""));
            System.out.printf("  %-45s %-8s t=%-3d p50 %.2f ms, p99 %.2f ms, CPU %.2f ms a call, over %d calls (%s)%n",
                    view.name(), store, threads, row.p50Ms(), row.p99Ms(), cpuNanos.get() / 1e6 / sorted.length,
                    sorted.length, about.split(";")[0]);
            return row;
        } finally {
            pool.shutdown();
        }
    }

    /** Units with headcounts, the course, the three meeting series and the adopted plan: one after the other. */
    private void setUp(Ledger ledger) {
        var m = Ledger.MUNICIPALITY;
        for (int u = 0; u < sizes.units(); u++) {
            ledger.send(m, new RegisterUnit(m, unit(u), "Enhet " + u, DEPARTMENTS[u % DEPARTMENTS.length],
                    u % 7 == 0 ? Operator.CONTRACTED : Operator.OWN, 10 + random.nextInt(60), null));
        }
        ledger.send(m, new DefineCourse(m, COURSE, "Webbkurs om våld i nära relationer", "Nationellt centrum för "
                + "kvinnofrid", new BigDecimal("500")));
        int[] required = {2, 12, 6};
        for (int s = 0; s < SERIES.size(); s++) {
            ledger.send(m, new DefineMeetingSeries(m, SERIES.get(s), "Serie " + SERIES.get(s).value(), required[s]));
        }
        ledger.send(m, new DraftPlan(m, PLAN, "Plan mot våld i nära relationer 2023–2025", FIRST,
                LocalDate.of(2025, 12, 31), "SN 2022/118", "Socialnämnden", LocalDate.of(2022, 10, 1)));
        ledger.send(m, new ProposePlanRevision(m, PLAN, ledger.parse(planContent(), PlanContent.class),
                "Socialförvaltningen", LocalDate.of(2022, 11, 15), "Första versionen", "SN 2022/118", null));
        ledger.send(m, new RecordPlanDecision(m, PLAN, DecisionKind.ADOPTED, null, "Socialnämnden",
                LocalDate.of(2022, 12, 15), "§ 112", null, null, null, null, null));
    }

    /**
     * The bulk, shuffled and sent by a few threads: mostly individual and counted completions, then meetings,
     * screenings, headcount reports, key persons, and the plan's follow-up (statuses and indicator values).
     */
    private void bulk(Ledger ledger) throws Exception {
        var m = Ledger.MUNICIPALITY;
        int n = Math.max(0, sizes.events() - sizes.units() - 8);
        int followUp = Math.min(300, n / 20);
        int keyPersons = Math.min(sizes.units() * 2, n / 50);
        int headcounts = n * 3 / 100;
        int screenings = n * 12 / 100;
        // at most weekly per series (required 2, 12 and 6 a year), and never two on one day
        int span = (int) (LAST.toEpochDay() - FIRST.toEpochDay());
        int meetings = Math.min(n * 4 / 100, span / 7 * SERIES.size());
        int counted = n * 15 / 100;
        int individual = n - followUp - keyPersons - headcounts - screenings - meetings - counted;
        List<Supplier<Object>> commands = new ArrayList<>(n);
        for (int i = 0; i < individual; i++) {
            String person = "p" + i;
            UnitId unit = randomUnit();
            LocalDate on = randomDate();
            commands.add(() -> new RecordTrainingCompletion(m, COURSE, unit, on, person, null, null));
        }
        for (int i = 0; i < counted; i++) {
            UnitId unit = randomUnit();
            LocalDate on = randomDate();
            int count = 1 + random.nextInt(5);
            commands.add(() -> new RecordTrainingCompletion(m, COURSE, unit, on, null, count, null));
        }
        for (int i = 0; i < meetings; i++) {
            MeetingSeriesId series = SERIES.get(i % SERIES.size());
            LocalDate on = FIRST.plusDays((long) (i / SERIES.size()) * span * SERIES.size() / meetings);
            int participants = 3 + random.nextInt(20);
            commands.add(() -> new RecordMeeting(m, series, on, participants, "Tema " + on, null));
        }
        ScreeningInstrument[] instruments = ScreeningInstrument.values();
        for (int i = 0; i < screenings; i++) {
            UnitId unit = randomUnit();
            LocalDate start = randomDate().withDayOfMonth(1);
            ScreeningInstrument instrument = instruments[i % instruments.length];
            int count = random.nextInt(30);
            commands.add(() -> new RecordScreenings(m, unit, instrument, start, start.plusMonths(1).minusDays(1),
                    count, null));
        }
        for (int i = 0; i < headcounts; i++) {
            UnitId unit = randomUnit();
            LocalDate on = randomDate();
            int headcount = 10 + random.nextInt(60);
            commands.add(() -> new ReportHeadcount(m, unit, headcount, on, null));
        }
        for (int i = 0; i < keyPersons; i++) {
            KeyPersonId id = new KeyPersonId("kp-" + i);
            UnitId unit = unit(i % sizes.units());
            LocalDate since = randomDate();
            String person = "kp" + i;
            int total = 30 + random.nextInt(50);
            commands.add(i % 40 == 39
                    ? () -> new ReportKeyPersonTotal(m, total, since,
                    new Source("arsrapport.pdf", "Antal nyckelpersoner"), null)
                    : () -> new RegisterKeyPerson(m, id, unit, person, KeyPersonRole.KEY_PERSON, since, null));
        }
        for (int i = 0; i < followUp; i++) {
            commands.add(followUp(i));
        }
        Collections.shuffle(commands, random);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(sizes.seedThreads());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < sizes.seedThreads(); t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < commands.size(); i = next.getAndIncrement()) {
                        try {
                            ledger.send(m, commands.get(i).get());
                        } catch (RuntimeException e) {
                            next.set(commands.size()); // the others stop too
                            throw e;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The plan's follow-up, by turns: a status of a one-off or recurring activity, a value, a compliance answer. */
    private Supplier<Object> followUp(int i) {
        var m = Ledger.MUNICIPALITY;
        int goal = 1 + i % 4;
        LocalDate asOf = randomDate();
        ActivityStatus status = ActivityStatus.values()[random.nextInt(3)];
        return switch (i % 3) {
            case 0 -> {
                int activity = 1 + random.nextInt(5);
                // activities 4 and 5 of each goal recur (quarterly, every May): name the occurrence by its due date
                LocalDate occurrence = activity == 4 ? new Recurrence(Recurrence.Frequency.QUARTERLY, null)
                        .dueDateOf(asOf) : activity == 5 ? new Recurrence(Recurrence.Frequency.YEARLY, 5)
                        .dueDateOf(asOf) : null;
                yield () -> new ReportActivityStatus(m, PLAN, goal + ":" + activity, occurrence, status, asOf,
                        "Lägesrapport " + asOf, null);
            }
            case 1 -> {
                // the MANUAL indicator of each goal
                BigDecimal value = BigDecimal.valueOf(10 + random.nextInt(80));
                yield () -> new RecordIndicatorValue(m, PLAN, goal + ".m", value, null, null, asOf,
                        new Source("uppfoljning.pdf", "Tabell " + goal), null, null);
            }
            default -> {
                ComplianceAnswer answer = ComplianceAnswer.values()[random.nextInt(3)];
                yield () -> new RecordIndicatorValue(m, PLAN, "1.c", null, answer, "Protokoll " + asOf, asOf, null,
                        null, null);
            }
        };
    }

    /**
     * 4 goals of 5 activities (4 and 5 recurring) and 3 indicators each: a MANUAL one per goal ({@code n.m}) and,
     * across the goals, COMPLIANCE, TRAINING_COVERAGE, KEY_PERSON_UNIT_COVERAGE, MEETINGS_HELD (two series) and
     * ACTIVITY_COMPLETION (per goal and for the plan).
     */
    private static String planContent() {
        String[][] derived = {
                {"1.a", "Andel personal med webbkursen", "{\"kind\": \"TRAINING_COVERAGE\", \"courseCode\": \""
                        + COURSE.value() + "\"}"},
                {"1.c", "Skriftlig rutin beslutad på ledningsnivå", "{\"kind\": \"COMPLIANCE\"}"},
                {"2.a", "Andel enheter med nyckelperson", "{\"kind\": \"KEY_PERSON_UNIT_COVERAGE\"}"},
                {"2.c", "Genomförda aktiviteter inom samverkan", "{\"kind\": \"ACTIVITY_COMPLETION\", \"goalCode\": \"2\"}"},
                {"3.a", "Nyckelpersonsträffar", "{\"kind\": \"MEETINGS_HELD\", \"seriesId\": \""
                        + SERIES.get(0).value() + "\"}"},
                {"3.c", "Ärendegruppens möten", "{\"kind\": \"MEETINGS_HELD\", \"seriesId\": \""
                        + SERIES.get(1).value() + "\"}"},
                {"4.a", "Genomförda aktiviteter i planen", "{\"kind\": \"ACTIVITY_COMPLETION\"}"},
                {"4.c", "Genomförda aktiviteter i mål 4", "{\"kind\": \"ACTIVITY_COMPLETION\", \"goalCode\": \"4\"}"}};
        List<String> goals = new ArrayList<>();
        for (int g = 1; g <= 4; g++) {
            List<String> activities = new ArrayList<>();
            for (int a = 1; a <= 5; a++) {
                String timing = a == 4 ? "{\"text\": \"Varje kvartal\", \"recurrence\": {\"frequency\": \"QUARTERLY\"}}"
                        : a == 5 ? "{\"text\": \"Årligen i maj\", \"recurrence\": {\"frequency\": \"YEARLY\", \"month\": 5}}"
                        : "{\"text\": \"Under planperioden\", \"dueDate\": \"202%d-%02d-30\"}".formatted(3 + a % 3, 3 * a);
                activities.add("{\"code\": \"%d:%d\", \"description\": \"Aktivitet %d:%d\", \"responsibleBodies\": "
                        .formatted(g, a, g, a) + "[\"Socialnämnden\"], \"timing\": " + timing + "}");
            }
            List<String> indicators = new ArrayList<>();
            indicators.add(indicator(g + ".m", "Manuellt följd siffra för mål " + g, "{\"kind\": \"MANUAL\"}"));
            for (String[] d : derived) {
                if (d[0].startsWith(g + ".")) {
                    indicators.add(d[1].startsWith("Skriftlig") ? "{\"code\": \"%s\", \"name\": \"%s\", \"source\": %s}"
                            .formatted(d[0], d[1], d[2]) : indicator(d[0], d[1], d[2]));
                }
            }
            goals.add("{\"code\": \"%d\", \"title\": \"Mål %d\", \"activities\": [%s], \"indicators\": [%s]}"
                    .formatted(g, g, String.join(", ", activities), String.join(", ", indicators)));
        }
        return "{\"goals\": [" + String.join(", ", goals) + "]}";
    }

    private static String indicator(String code, String name, String source) {
        return ("{\"code\": \"%s\", \"name\": \"%s\", \"unit\": \"%%\", \"baseline\": {\"value\": 0, \"date\": "
                + "\"2023-01-01\"}, \"target\": {\"value\": 80, \"date\": \"2025-12-31\"}, \"direction\": \"INCREASE\", "
                + "\"source\": %s}").formatted(code, name, source);
    }

    private static void waitForProjections(Ledger ledger, long events) throws InterruptedException {
        ProjectionAdmin admin = ledger.bean(ProjectionAdmin.class);
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (true) {
            List<ProjectionStatus> all = admin.all();
            if (all.stream().allMatch(status -> status.lag() == 0)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("projections still behind after 10 min (" + events + " events): "
                        + all);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private UnitId randomUnit() {
        return unit(random.nextInt(sizes.units()));
    }

    private static UnitId unit(int u) {
        return new UnitId("enhet-" + u);
    }

    private LocalDate randomDate() {
        return FIRST.plusDays(random.nextInt((int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1));
    }
}

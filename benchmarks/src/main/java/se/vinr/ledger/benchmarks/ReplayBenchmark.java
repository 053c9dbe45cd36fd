package se.vinr.ledger.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import se.vinr.ledger.command.keyperson.RegisterKeyPerson;
import se.vinr.ledger.command.meeting.DefineMeetingSeries;
import se.vinr.ledger.command.meeting.RecordMeeting;
import se.vinr.ledger.command.organisation.RegisterUnit;
import se.vinr.ledger.command.organisation.ReportHeadcount;
import se.vinr.ledger.command.plan.RecordPlanDecision;
import se.vinr.ledger.command.plan.ReportActivityStatus;
import se.vinr.ledger.command.screening.RecordScreenings;
import se.vinr.ledger.command.training.DefineCourse;
import se.vinr.ledger.command.training.RecordTrainingCompletion;
import se.vinr.ledger.events.common.CourseCode;
import se.vinr.ledger.events.common.KeyPersonId;
import se.vinr.ledger.events.common.MeetingSeriesId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.keyperson.KeyPersonRole;
import se.vinr.ledger.events.organisation.Operator;
import se.vinr.ledger.events.plan.ActivityStatus;
import se.vinr.ledger.events.plan.DecisionKind;
import se.vinr.ledger.events.screening.ScreeningInstrument;
import se.vinr.ledger.query.projection.ProjectionAdmin;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Projection replay (issue 8, figure 2): every view rebuilt from {@code bench.replay.events} events (1,000,000) of
 * {@code bench.replay.municipalities} municipalities (290, as in Sweden), against a raw JDBC scan of the same event
 * table with Jackson parsing of each payload into its event class, in the same run on the same store.
 * <p>
 * Seeding: one municipality (the template, {@link Ledger#MUNICIPALITY}) gets its share of the events through the
 * command gateway: units, two courses, ten meeting series, four plans with revisions, decisions and statuses, and a
 * shuffled bulk of mostly training completions and meetings with some headcounts, screenings and key persons. Axon
 * wrote those rows; the other municipalities get copies of them written with plain JDBC, as Axon's JDBC storage
 * engine writes them (same columns, serializer output, aggregate types and sequence numbers), with only the
 * municipality's id, name and code in payload, metadata and aggregate identifier changed, and fresh event,
 * correlation and causation ids; the copies go in interleaved, so the municipalities' events are mixed in the
 * global order as live traffic mixes them. The processors are stopped while the copies are written, then every
 * projection is rebuilt as {@code POST /api/admin/projections/{name}/replay} does ({@link ProjectionAdmin#replay}),
 * all at once, and timed until every one has caught up.
 */
final class ReplayBenchmark {

    static final String GROUP = "ReplayBenchmark";
    static final double TARGET_EVENTS_PER_SECOND = 20_000;
    static final double TARGET_RATIO = 0.3;
    static final String REPLAY = "replay: every projection rebuilt";
    static final String RAW = "ceiling: JDBC scan + Jackson parse of the event table";
    private static final String TEMPLATE_NAME = "Benchby kommun";
    private static final String TEMPLATE_CODE = "9999";
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    private static final int SERIES = 10;
    private static final int PLANS = 4;
    private static final String[] ACTIVITIES = {"1:1", "1:2", "2:1", "2:2"};

    private final int events;
    private final int municipalities;
    private final Random random = new Random(8);

    ReplayBenchmark(boolean smoke) {
        this.events = Integer.getInteger("bench.replay.events", smoke ? 50_000 : 1_000_000);
        this.municipalities = Integer.getInteger("bench.replay.municipalities", smoke ? 20 : 290);
    }

    /** What to measure on the seeded store once the application has stopped (null: nothing). */
    interface Afterwards {
        List<Row> on(Store store, long events) throws Exception;
    }

    /**
     * Seeds a fresh {@code store}, scans it raw, and rebuilds every projection: the replay and its ceiling, and what
     * {@code afterwards} measured on the store then.
     */
    List<Row> run(String store, Afterwards afterwards) throws Exception {
        try (Ledger ledger = Ledger.start(Store.fresh(store))) {
            long started = System.nanoTime();
            seedTemplate(ledger, Math.max(200, events / municipalities));
            ProjectionAdmin admin = ledger.bean(ProjectionAdmin.class);
            await(admin, "the template's events");
            EventProcessingConfiguration processing = ledger.bean(EventProcessingConfiguration.class);
            processing.eventProcessors().values().forEach(EventProcessor::shutDown);
            copyTemplate(ledger);
            long total = ledger.events();
            double seedSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("  %s: %,d events seeded in %.0f s%n", store, total, seedSeconds);

            double[] raw = rawScan(ledger);
            System.out.printf("  %-45s %-8s %,.0f events/s%n", RAW, store, raw[0]);

            List<String> names = admin.all().stream().map(status -> status.name()).toList();
            long replayStarted = System.nanoTime();
            names.forEach(admin::replay);
            Map<String, Double> finished = awaitRebuilds(admin, names, replayStarted);
            double seconds = (System.nanoTime() - replayStarted) / 1e9;
            double rate = total / seconds;
            long rss = Memory.residentBytes(ProcessHandle.current().pid());
            System.out.printf("  %-45s %-8s %,.0f events/s (%,d events in %.1f s), RSS %d MiB%n", REPLAY, store,
                    rate, total, seconds, rss >> 20);
            String seeding = ("%,d events of %d municipalities (%.0f%% written by JDBC as copies of the template's),"
                    + " seeded in %.0f s").formatted(total, municipalities,
                    100.0 * (total - total / municipalities) / total, seedSeconds);
            boolean met = rate >= TARGET_EVENTS_PER_SECOND && rate / raw[0] >= TARGET_RATIO;
            List<Row> rows = new ArrayList<>(List.of(
                    new Row(REPLAY + " (" + String.join(", ", names) + ")", store, 1, rate, Double.NaN, Double.NaN,
                            Double.NaN, Double.NaN, Double.NaN, raw[0], RAW, total,
                            ("%.1f s for all processors to catch up (each: %s); the application's RSS afterwards"
                                    + " %d MiB; %s; targets ≥ %,.0f events/s and ≥ %.1f× the raw scan: %s").formatted(
                                    seconds, finished, rss >> 20, seeding, TARGET_EVENTS_PER_SECOND, TARGET_RATIO,
                                    met ? "met" : "not met")),
                    new Row(RAW, store, 1, raw[0], Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                            Double.NaN, "", total, "%.1f s for %,d rows, %,d MB of payload".formatted(raw[1], total,
                            (long) raw[2] >> 20)),
                    Memory.row("RSS of the benchmark's application after the replay", store, rss)));
            if (afterwards != null) {
                ledger.stopApplication();
                rows.addAll(afterwards.on(ledger.store(), total));
            }
            return rows;
        }
    }

    /** Waits until every projection has caught up with the head of the store. */
    private static void await(ProjectionAdmin admin, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(60);
        while (admin.all().stream().anyMatch(status -> status.lag() > 0 || admin.rebuilding(status.name()))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("projections still behind on " + what + " after 60 min: "
                        + admin.all());
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /** Waits until every projection's rebuild has caught up: the seconds each took, by name. */
    private static Map<String, Double> awaitRebuilds(ProjectionAdmin admin, List<String> names, long started)
            throws InterruptedException {
        Map<String, Double> finished = new TreeMap<>();
        long deadline = started + TimeUnit.MINUTES.toNanos(120);
        while (finished.size() < names.size()) {
            for (String name : names) {
                if (!finished.containsKey(name) && !admin.rebuilding(name)) {
                    finished.put(name, Math.round((System.nanoTime() - started) / 1e8) / 10.0);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("rebuilds still running after 120 min: " + admin.all());
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return finished;
    }

    /**
     * Reads every row as a tracking processor does (in global order, in pages the driver streams) and parses each
     * payload into its event class with the application's ObjectMapper: {events/s, seconds, payload bytes}.
     */
    private static double[] rawScan(Ledger ledger) throws SQLException, IOException, ClassNotFoundException {
        ObjectMapper mapper = ledger.bean(ObjectMapper.class);
        Map<String, Class<?>> types = new HashMap<>();
        long rows = 0;
        long bytes = 0;
        long started = System.nanoTime();
        try (Connection connection = ledger.store().connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(1000);
                try (ResultSet result = statement.executeQuery("SELECT globalIndex, aggregateIdentifier,"
                        + " sequenceNumber, type, eventIdentifier, metaData, payload, payloadRevision, payloadType,"
                        + " timeStamp FROM DomainEventEntry ORDER BY globalIndex")) {
                    while (result.next()) {
                        byte[] payload = result.getBytes("payload");
                        String type = result.getString("payloadType");
                        Class<?> eventClass = types.get(type);
                        if (eventClass == null) {
                            eventClass = Class.forName(type);
                            types.put(type, eventClass);
                        }
                        mapper.readValue(payload, eventClass);
                        bytes += payload.length;
                        rows++;
                    }
                }
            }
            connection.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new double[]{rows / seconds, seconds, bytes};
    }

    /** The template municipality's share of the events, through the command gateway. */
    private void seedTemplate(Ledger ledger, int share) throws Exception {
        var m = Ledger.MUNICIPALITY;
        List<UnitId> units = new ArrayList<>();
        for (int u = 0; u < 40; u++) {
            units.add(new UnitId("enhet-" + u));
            ledger.send(m, new RegisterUnit(m, units.get(u), "Enhet " + u, "Förvaltning " + u % 5,
                    u % 7 == 0 ? Operator.CONTRACTED : Operator.OWN, 10 + random.nextInt(60), null));
        }
        List<CourseCode> courses = List.of(new CourseCode("nck-webbkurs"), new CourseCode("fraga-om-vald"));
        courses.forEach(course -> ledger.send(m, new DefineCourse(m, course, "Kurs " + course.value(),
                "Nationellt centrum för kvinnofrid", new BigDecimal("500"))));
        for (int s = 0; s < SERIES; s++) {
            ledger.send(m, new DefineMeetingSeries(m, series(s), "Serie " + s, 4 + s));
        }
        int planEvents = share * 4 / 100;
        for (int p = 0; p < PLANS; p++) {
            seedPlan(ledger, new PlanId("plan-" + p), planEvents / PLANS);
        }
        int bulk = Math.max(0, share - (int) ledger.events());
        int meetings = bulk * 25 / 100;
        int headcounts = bulk * 4 / 100;
        int screenings = bulk * 4 / 100;
        int keyPersons = bulk / 100;
        int trainings = bulk - meetings - headcounts - screenings - keyPersons;
        List<Supplier<Object>> commands = new ArrayList<>(bulk);
        for (int i = 0; i < trainings; i++) {
            CourseCode course = courses.get(i % 5 == 0 ? 1 : 0);
            UnitId unit = units.get(random.nextInt(units.size()));
            LocalDate on = day(random.nextInt(2000));
            String person = i % 4 == 0 ? null : "p" + i;
            Integer count = person == null ? 1 + random.nextInt(8) : null;
            commands.add(() -> new RecordTrainingCompletion(m, course, unit, on, person, count, null));
        }
        for (int i = 0; i < meetings; i++) {
            // one a week per series at most, never two on a day
            MeetingSeriesId series = series(i % SERIES);
            LocalDate on = day(7 * (i / SERIES));
            int participants = 3 + random.nextInt(20);
            commands.add(() -> new RecordMeeting(m, series, on, participants, "Tema " + on, null));
        }
        for (int i = 0; i < headcounts; i++) {
            UnitId unit = units.get(random.nextInt(units.size()));
            LocalDate on = day(random.nextInt(2000));
            int headcount = 10 + random.nextInt(60);
            commands.add(() -> new ReportHeadcount(m, unit, headcount, on, null));
        }
        for (int i = 0; i < screenings; i++) {
            UnitId unit = units.get(random.nextInt(units.size()));
            LocalDate start = day(random.nextInt(2000)).withDayOfMonth(1);
            ScreeningInstrument instrument = ScreeningInstrument.values()[i % ScreeningInstrument.values().length];
            int count = random.nextInt(30);
            commands.add(() -> new RecordScreenings(m, unit, instrument, start, start.plusMonths(1).minusDays(1),
                    count, null));
        }
        for (int i = 0; i < keyPersons; i++) {
            KeyPersonId id = new KeyPersonId("kp-" + i);
            UnitId unit = units.get(i % units.size());
            LocalDate since = day(random.nextInt(2000));
            String person = "kp" + i;
            commands.add(() -> new RegisterKeyPerson(m, id, unit, person, KeyPersonRole.KEY_PERSON, since, null));
        }
        Collections.shuffle(commands, random);
        sendConcurrently(ledger, commands, 4);
    }

    /** A plan drafted and revised, referred back and adopted by turns, with activity statuses between. */
    private void seedPlan(Ledger ledger, PlanId plan, int planEvents) {
        var m = Ledger.MUNICIPALITY;
        ledger.draftPlan(plan);
        LocalDate on = FIRST;
        for (int round = 0; 3 * round + 1 < planEvents; round++) {
            ledger.proposeRevision(plan);
            boolean adopt = round % 3 != 0;
            ledger.send(m, new RecordPlanDecision(m, plan, adopt ? DecisionKind.ADOPTED : DecisionKind.REFERRED_BACK,
                    null, "Socialnämnden", on, "§ " + (100 + round), "SN 2019/" + round,
                    adopt ? null : "Normkritiskt perspektiv saknas", null, null, null));
            ledger.send(m, new ReportActivityStatus(m, plan, ACTIVITIES[round % ACTIVITIES.length], null,
                    ActivityStatus.values()[round % 3], on, "Lägesrapport " + on, null));
            on = on.plusDays(30);
        }
    }

    /** Sends the commands by {@code threads} threads, each a share of them in turn; fails at the first refusal. */
    private static void sendConcurrently(Ledger ledger, List<Supplier<Object>> commands, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> shares = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                shares.add(() -> {
                    for (int i = first; i < commands.size(); i += threads) {
                        ledger.send(Ledger.MUNICIPALITY, commands.get(i).get());
                    }
                    return null;
                });
            }
            for (Future<Void> share : pool.invokeAll(shares)) {
                share.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Copies of the template's rows for municipalities 1 … n-1, interleaved: the template's first event for every
     * copy, then its second, and so on; in transactions of some thousand rows.
     */
    private void copyTemplate(Ledger ledger) throws SQLException {
        record Template(String aggregateIdentifier, long sequenceNumber, String type, String eventIdentifier,
                        String metaData, String payload, String payloadRevision, String payloadType,
                        String timeStamp) {
        }
        List<Template> template = new ArrayList<>();
        try (Connection connection = ledger.store().connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT aggregateIdentifier, sequenceNumber, type,"
                     + " eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp"
                     + " FROM DomainEventEntry ORDER BY globalIndex")) {
            while (rows.next()) {
                template.add(new Template(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                        new String(rows.getBytes(5), StandardCharsets.UTF_8),
                        new String(rows.getBytes(6), StandardCharsets.UTF_8), rows.getString(7), rows.getString(8),
                        rows.getString(9)));
            }
        }
        String id = Ledger.MUNICIPALITY.value();
        // the same columns, in the same order, as Axon's JdbcEventStorageEngine appends
        String insert = "INSERT INTO DomainEventEntry (eventIdentifier, aggregateIdentifier, sequenceNumber, type,"
                + " timeStamp, payloadType, payloadRevision, payload, metaData) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = ledger.store().connect(); PreparedStatement statement =
                connection.prepareStatement(insert)) {
            connection.setAutoCommit(false);
            int pending = 0;
            for (Template row : template) {
                for (int copy = 1; copy < municipalities; copy++) {
                    String copyId = "%s-%03d".formatted(id, copy);
                    statement.setString(1, derivedUuid(row.eventIdentifier(), copy));
                    statement.setString(2, row.aggregateIdentifier().equals(id) ? copyId
                            : copyId + row.aggregateIdentifier().substring(id.length()));
                    statement.setLong(3, row.sequenceNumber());
                    statement.setString(4, row.type());
                    statement.setString(5, row.timeStamp());
                    statement.setString(6, row.payloadType());
                    statement.setString(7, row.payloadRevision());
                    statement.setBytes(8, rename(row.payload(), id, copyId, copy).getBytes(StandardCharsets.UTF_8));
                    statement.setBytes(9, freshIds(rename(row.metaData(), id, copyId, copy), copy)
                            .getBytes(StandardCharsets.UTF_8));
                    statement.addBatch();
                    if (++pending == 2_000) {
                        statement.executeBatch();
                        connection.commit();
                        pending = 0;
                    }
                }
            }
            statement.executeBatch();
            connection.commit();
        }
    }

    /** The template's id, name and code as JSON strings, replaced by the copy's. */
    private static String rename(String json, String id, String copyId, int copy) {
        return json.replace("\"" + id + "\"", "\"" + copyId + "\"")
                .replace("\"" + TEMPLATE_NAME + "\"", "\"" + TEMPLATE_NAME + " " + copy + "\"")
                .replace("\"" + TEMPLATE_CODE + "\"", "\"" + (Integer.parseInt(TEMPLATE_CODE) - copy) + "\"");
    }

    /** Every id in the metadata (correlation, causation) replaced by one derived from it and the copy. */
    private static String freshIds(String metaData, int copy) {
        Matcher ids = UUID_TEXT.matcher(metaData);
        return ids.replaceAll(match -> derivedUuid(match.group(), copy));
    }

    private static String derivedUuid(String original, int copy) {
        return UUID.nameUUIDFromBytes((original + "/" + copy).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static MeetingSeriesId series(int s) {
        return new MeetingSeriesId("serie-" + s);
    }

    private static LocalDate day(int offset) {
        return FIRST.plusDays(offset);
    }
}

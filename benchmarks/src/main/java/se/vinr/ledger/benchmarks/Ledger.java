package se.vinr.ledger.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.vinr.ledger.command.organisation.RegisterMunicipality;
import se.vinr.ledger.command.plan.web.PlanCommandController.DraftRequest;
import se.vinr.ledger.command.plan.web.PlanCommandController.RevisionRequest;
import se.vinr.ledger.command.web.CommandSender;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.plan.PlanContent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The application (both sides, as the standalone runs them) on a fresh {@link Store}, and the commands the benchmarks
 * send through it: {@link CommandSender#sendAs}, i.e. Axon's CommandGateway with the metadata every command carries,
 * or, when {@link #serve started serving}, the same requests as JSON bodies for its HTTP API.
 */
public final class Ledger implements AutoCloseable {

    public static final MunicipalityId MUNICIPALITY = new MunicipalityId("benchby");
    /** The user of the in-process commands, and the HTTP Basic user (PLAN_EDITOR of {@link #MUNICIPALITY}). */
    private static final String USER = "benchmark";

    /**
     * A small realistic revision: two goals with two activities each, in the words of a real plan (about 1 KB of
     * JSON). Given as JSON, the way the API receives it, so the benchmark does not follow every change of the
     * content's records.
     */
    static final String REVISION_CONTENT = """
            {"goals": [
              {"code": "1", "title": "Våldsutsatta ska få stöd och skydd",
               "description": "Personer som utsatts för våld i nära relationer ska få det stöd de behöver.",
               "activities": [
                 {"code": "1:1", "description": "Kompetensutveckling om våld i nära relationer för medarbetare",
                  "targetGroups": ["Medarbetare"], "responsibleBodies": ["Samtliga nämnder"],
                  "timing": {"text": "Under planperioden"}},
                 {"code": "1:2", "description": "Rutiner för att fråga om våld i socialtjänst och hälso- och sjukvård",
                  "targetGroups": ["Socialsekreterare", "Sjuksköterskor"],
                  "responsibleBodies": ["Socialnämnden"], "timing": {"text": "2022"}}]},
              {"code": "2", "title": "Våldsutövare ska erbjudas insatser för att upphöra med våldet",
               "activities": [
                 {"code": "2:1", "description": "Erbjuda behandling till våldsutövare",
                  "targetGroups": ["Våldsutövare"], "responsibleBodies": ["Socialnämnden"],
                  "timing": {"text": "Löpande"}},
                 {"code": "2:2", "description": "Samverkan med polis och kriminalvård",
                  "targetGroups": ["Samverkanspartner"], "responsibleBodies": ["Kommunstyrelsen"],
                  "timing": {"text": "Årligen"}}]}]}
            """;

    /** Where the HTTP API answers, and the {@code Authorization} header of {@link #USER}. */
    public record Api(URI base, String authorization) {

        public URI uri(String path) {
            return base.resolve(path);
        }
    }

    private final Store store;
    private final ConfigurableApplicationContext context;
    private final CommandSender sender;
    private final RevisionRequest revision;
    /** Null unless serving HTTP. */
    private final Api api;

    private Ledger(Store store, ConfigurableApplicationContext context, Api api) {
        this.store = store;
        this.context = context;
        this.sender = context.getBean(CommandSender.class);
        this.revision = new RevisionRequest(parse(context.getBean(ObjectMapper.class), REVISION_CONTENT,
                PlanContent.class).goals(), "Social resursförvaltningen", LocalDate.of(2021, 8, 26),
                "Reviderade aktiviteter", "N164-0224/21", null);
        this.api = api;
    }

    /** Starts the application on {@code store} and registers {@link #MUNICIPALITY}. */
    public static Ledger start(Store store) {
        return start(store, null);
    }

    /**
     * Starts the application on {@code store} serving its HTTP API as the standalone jar does (Tomcat, security,
     * problem+json, idempotency keys) on a free port, with HTTP Basic user {@link #USER}, and registers
     * {@link #MUNICIPALITY}.
     */
    public static Ledger serve(Store store) {
        return start(store, UUID.randomUUID().toString());
    }

    /** {@code password}: null for no web server, else that of {@link #USER} (and of admin, so none is printed). */
    private static Ledger start(Store store, String password) {
        // A municipal installation must not call third parties, nor does a benchmark.
        System.setProperty("axoniq.update-checker.disabled", "true");
        List<String> args = new ArrayList<>(List.of(
                "--axon.axonserver.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                // Noise of every start: Spring 6.2 on Axon's annotations, Flyway on the standalone's out-of-order.
                "--logging.level.org.springframework.core.annotation=ERROR",
                "--logging.level.org.flywaydb.core.internal.command.DbMigrate=ERROR",
                "--vinr.default-data.enabled=false",
                "--spring.datasource.username=" + store.user(),
                "--spring.datasource.password=" + store.password()));
        String logs = System.getProperty("bench.logs");
        if (logs != null) {
            // The application logs to a file of the run; JMH's forks keep the console quiet.
            args.add("--logging.file.name=" + logs + "/application.log");
            args.add("--logging.threshold.console=OFF");
        }
        if (store.directory() != null) {
            // The standalone's own URL, jdbc:h2:file:${vinr.data-dir}/vinr-ledger;WRITE_DELAY=0, on a fresh directory.
            args.add("--vinr.data-dir=" + store.directory().toAbsolutePath());
        } else {
            args.add("--spring.datasource.url=" + store.url());
        }
        // -Dbench.query-side=false: the command side alone, to see what the projections cost the command side.
        SpringApplication application = new SpringApplication(Boolean.parseBoolean(
                System.getProperty("bench.query-side", "true")) ? BenchApplication.class : CommandSideOnly.class);
        if (password == null) {
            // In-process figures need no HTTP server; the controllers are still there as beans.
            application.setWebApplicationType(WebApplicationType.NONE);
        } else {
            application.setWebApplicationType(WebApplicationType.SERVLET);
            args.addAll(List.of("--server.port=0",
                    "--vinr.security.mode=basic",
                    "--vinr.security.admin-password=" + password,
                    "--vinr.security.users[0].name=" + USER,
                    "--vinr.security.users[0].password=" + password,
                    "--vinr.security.users[0].roles=PLAN_EDITOR",
                    "--vinr.security.users[0].municipalities=" + MUNICIPALITY.value()));
        }
        application.setLogStartupInfo(false);
        ConfigurableApplicationContext context = application.run(args.toArray(String[]::new));
        Api api = password == null ? null : new Api(
                URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort()),
                "Basic " + Base64.getEncoder().encodeToString((USER + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)));
        Ledger ledger = new Ledger(store, context, api);
        ledger.send(MUNICIPALITY, new RegisterMunicipality(MUNICIPALITY, "Benchby kommun", "9999"));
        return ledger;
    }

    public Store store() {
        return store;
    }

    /** The HTTP API of a ledger {@link #serve started serving}. */
    public Api api() {
        if (api == null) {
            throw new IllegalStateException("started without a web server: use Ledger.serve");
        }
        return api;
    }

    /** A bean of the running application, e.g. the QueryGateway the query controllers use. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T parse(String json, Class<T> type) {
        return parse(context.getBean(ObjectMapper.class), json, type);
    }

    public <R> R send(MunicipalityId municipalityId, Object command) {
        return sender.sendAs(USER, UUID.randomUUID().toString(), municipalityId, command, null);
    }

    /** The body of {@code POST /api/municipalities/{m}/plans} drafting {@code planId}. */
    static DraftRequest draftRequest(PlanId planId) {
        return new DraftRequest(planId.value(), "Plan mot våld i nära relationer " + planId,
                LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), "N164-0224/21", "Social resursnämnd",
                LocalDate.of(2020, 5, 23), null);
    }

    /** The body of {@code POST /api/municipalities/{m}/plans/{planId}/revisions}: {@link #REVISION_CONTENT}. */
    RevisionRequest revisionRequest() {
        return revision;
    }

    // The commands are made from the request bodies as the controller makes them, so both paths send the same.
    public long draftPlan(PlanId planId) {
        Long version = send(MUNICIPALITY, draftRequest(planId).toCommand(MUNICIPALITY));
        return version;
    }

    public long proposeRevision(PlanId planId) {
        Long version = send(MUNICIPALITY, revision.toCommand(MUNICIPALITY, planId, null));
        return version;
    }

    /** Events in the store's DomainEventEntry table. */
    public long events() {
        return store.count("SELECT COUNT(*) FROM DomainEventEntry");
    }

    /** Bytes of payload and metadata of the latest event of {@code aggregateId}: {payload, metaData}. */
    public long[] sizesOfLatestEvent(String aggregateId) {
        try (var connection = store.connect();
             var statement = connection.prepareStatement("SELECT payload, metaData FROM DomainEventEntry"
                     + " WHERE aggregateIdentifier = ? ORDER BY sequenceNumber DESC LIMIT 1")) {
            statement.setString(1, aggregateId);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? new long[]{rows.getBytes(1).length, rows.getBytes(2).length} : new long[]{0, 0};
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T parse(ObjectMapper mapper, String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the application and leaves the store as it is, e.g. for another process to start on it. */
    public void stopApplication() {
        context.close();
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            store.close();
        }
    }
}

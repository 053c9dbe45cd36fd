package se.vinr.ledger.command.importing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import org.axonframework.common.caching.Cache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vinr.ledger.command.CommandRejectedException;
import se.vinr.ledger.command.web.CommandSender;
import se.vinr.ledger.events.common.MunicipalityId;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Loads a municipality's data file through the command API: every item becomes the command a client would send,
 * so every rule applies and every event says the importer sent it. The file is checked whole first (JSON Schema,
 * then each item as a request, then against what was loaded before) and nothing is sent if anything is wrong.
 * The new items are then sent in one transaction with their ledger rows: all of them are stored, or none.
 */
@Service
public class DataImporter {

    public static final String USER = "importer";
    private static final Logger log = LoggerFactory.getLogger(DataImporter.class);

    /** The schema of deploy/data/, with "format": "date" enforced (2023-13-01 is not a date). */
    private final JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("classpath:importing/municipality-data.schema.json"),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).pathType(PathType.LEGACY).build());
    private final YAMLMapper yaml = new YAMLMapper();
    private final DataFilePlanner planner;
    private final ImportLedger ledger;
    private final CommandSender commands;
    private final TransactionTemplate transaction;
    private final Cache aggregateCache;

    DataImporter(DataFilePlanner planner, ImportLedger ledger, CommandSender commands,
                 PlatformTransactionManager transactionManager, Cache aggregateCache) {
        this.planner = planner;
        this.ledger = ledger;
        this.commands = commands;
        this.transaction = new TransactionTemplate(transactionManager);
        this.aggregateCache = aggregateCache;
    }

    /** Checks the file and sends its new items; with {@code dryRun} only lists what it would send. */
    public ImportReport importFile(String fileName, byte[] content, boolean dryRun) {
        JsonNode root = parse(content);
        MunicipalityId m = municipalityOf(root, fileName);
        // Each item is read as the request it becomes, and the whole file checked against the schema, so that
        // one pass reports every problem; where both find one at the same path the request's words are kept.
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportProblem> notLoadable = new ArrayList<>();
        List<PlannedItem> items = planner.plan(m, root, problems, notLoadable);
        Set<String> reported = problems.stream().map(ImportProblem::path).collect(Collectors.toSet());
        schema.validate(root).stream()
                .map(message -> new ImportProblem(
                        message.getInstanceLocation().toString().replaceFirst("^\\$\\.?", ""), message.getError()))
                .filter(problem -> reported.stream().noneMatch(path -> path.startsWith(problem.path())))
                .forEach(problems::add);
        Map<String, String> loaded = ledger.hashesOf(m);
        List<PlannedItem> fresh = new ArrayList<>();
        for (PlannedItem item : items) {
            String hash = loaded.get(item.key());
            if (hash == null) {
                fresh.add(item);
            } else if (!hash.equals(item.hash())) {
                problems.add(new ImportProblem(item.path(), "changed after it was loaded; history is append-only:"
                        + " record a correction as a new item instead"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(HttpStatus.BAD_REQUEST, fileName + " has " + problems.size()
                    + " problem(s); nothing was loaded", problems);
        }
        List<ImportReport.Item> report = fresh.stream().map(PlannedItem::report).toList();
        if (!dryRun && !fresh.isEmpty()) {
            send(fileName, m, fresh);
            log.info("Loaded {} new item(s) of {} for {} ({} loaded before)", fresh.size(), fileName, m,
                    items.size() - fresh.size());
        }
        return new ImportReport(fileName, m.value(), dryRun, items.size() - fresh.size(), report, notLoadable);
    }

    private static MunicipalityId municipalityOf(JsonNode root, String fileName) {
        try {
            return new MunicipalityId(root.path("municipality").path("id").asText());
        } catch (IllegalArgumentException e) {
            throw new ImportRejectedException(HttpStatus.BAD_REQUEST, fileName + " names no valid municipality",
                    List.of(new ImportProblem("municipality.id", e.getMessage())));
        }
    }

    private JsonNode parse(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw notReadable("the file is not UTF-8 text");
        }
        JsonNode root;
        try {
            root = yaml.readTree(text);
        } catch (StreamConstraintsException e) {
            throw notReadable("the file nests too deep, or holds a value too long to read");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw notReadable(e.getOriginalMessage()
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        }
        if (root == null || !root.isObject()) {
            throw new ImportRejectedException(HttpStatus.BAD_REQUEST, "the file holds no mapping",
                    List.of(new ImportProblem("", "expected a YAML or JSON mapping with municipality, units, plans")));
        }
        return root;
    }

    private static ImportRejectedException notReadable(String problem) {
        return new ImportRejectedException(HttpStatus.BAD_REQUEST, "the file is not YAML or JSON",
                List.of(new ImportProblem("", problem)));
    }

    /**
     * Sends the items and records them in the ledger in one transaction (Axon's unit of work joins it). On any
     * refusal everything is rolled back, and the aggregate cache, which already holds the rolled-back state of
     * the items before, is emptied.
     */
    private void send(String fileName, MunicipalityId m, List<PlannedItem> items) {
        String correlationId = "import-" + UUID.randomUUID();
        try {
            transaction.executeWithoutResult(status -> {
                for (PlannedItem item : items) {
                    try {
                        commands.sendAs(USER, correlationId, m, item.command(), item.source());
                    } catch (CommandRejectedException e) {
                        throw refused(fileName, item, e);
                    }
                    ledger.record(m, item, fileName);
                }
            });
        } catch (RuntimeException e) {
            aggregateCache.removeAll();
            throw e;
        }
    }

    private static ImportRejectedException refused(String fileName, PlannedItem item, CommandRejectedException e) {
        HttpStatus status = switch (e.reason()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        String path = e.field() == null ? item.path() : item.path() + "." + e.field();
        return new ImportRejectedException(status, fileName + ": " + item.path() + " was refused; nothing was"
                + " loaded", List.of(new ImportProblem(path, e.getMessage())));
    }
}

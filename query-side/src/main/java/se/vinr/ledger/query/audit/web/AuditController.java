package se.vinr.ledger.query.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.vinr.ledger.query.audit.AuditEventPage;
import se.vinr.ledger.query.audit.AuditExports;
import se.vinr.ledger.query.audit.AuditFilter;
import se.vinr.ledger.query.audit.AuditProjection;
import se.vinr.ledger.query.audit.ChainVerification;
import se.vinr.ledger.query.audit.Checkpoint;
import se.vinr.ledger.query.audit.CheckpointSigner;
import se.vinr.ledger.query.audit.FindAuditEvents;
import se.vinr.ledger.query.audit.FindCheckpoints;
import se.vinr.ledger.query.audit.SigningKey;
import se.vinr.ledger.query.audit.VerifyChain;
import se.vinr.ledger.query.projection.ReadsProjections;
import se.vinr.ledger.web.problem.Problem;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Grants;
import se.vinr.ledger.web.security.Role;

import java.util.Base64;
import java.util.List;

import static se.vinr.ledger.query.web.RequestParameters.municipalityId;

@RestController
@Access(Role.AUDITOR)
@ReadsProjections(AuditProjection.PROCESSING_GROUP)
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "The event log with its metadata, the hash chains that make tampering evident, "
        + "signed checkpoints and the offline-verifiable bundle")
@ApiResponse(responseCode = "400", description = "Malformed id, filter, cursor or limit",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "No event of that municipality (or correlation id)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
class AuditController {

    static final String NDJSON = "application/x-ndjson";

    private final QueryGateway queryGateway;
    private final AuditExports exports;
    private final CheckpointSigner signer;
    private final SigningKey key;

    AuditController(QueryGateway queryGateway, AuditExports exports, CheckpointSigner signer, SigningKey key) {
        this.queryGateway = queryGateway;
        this.exports = exports;
        this.signer = signer;
        this.key = key;
    }

    @GetMapping(path = "/municipalities/{municipalityId}/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The municipality's event log, a page at a time",
            description = "Every event in the order the log received it, with type, aggregate and sequence, payload, "
                    + "metadata (user, correlation id, recording time), business date and its link in the hash "
                    + "chain. Follow `next` as `?after=` for the next page. `Accept: " + NDJSON + "` streams "
                    + "the whole selection instead, one event per line.")
    @ApiResponse(responseCode = "200", description = "A page of events", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AuditEventPage.class)),
            @Content(mediaType = NDJSON)})
    AuditEventPage events(@Parameter(example = "gotland") @PathVariable String municipalityId,
                          @ParameterObject AuditFilterParameters filter, @ParameterObject PageParameters page) {
        return page(filter.toFilter(municipalityId(municipalityId).value()), page);
    }

    @GetMapping(path = "/municipalities/{municipalityId}/events", produces = NDJSON)
    ResponseEntity<StreamingResponseBody> exportAuditEvents(@PathVariable String municipalityId,
                                                            @ParameterObject AuditFilterParameters filter,
                                                            @ParameterObject PageParameters page) {
        AuditFilter selection = filter.toFilter(municipalityId(municipalityId).value());
        long after = page.cursor();
        exports.requireKnown(selection.municipalityId());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON))
                .body(out -> exports.writeNdjson(selection, after, out));
    }

    @GetMapping("/correlations/{correlationId}")
    @Operation(summary = "Everything one request caused",
            description = "The events recorded under a correlation id (the X-Correlation-Id of the request, or of an "
                    + "import), in every municipality they touched, in log order and paged like the event log.")
    @ApiResponse(responseCode = "200", description = "A page of events")
    AuditEventPage correlatedEvents(@PathVariable String correlationId, @ParameterObject PageParameters page) {
        Grants grants = Grants.of(SecurityContextHolder.getContext().getAuthentication());
        return page(AuditFilter.correlation(correlationId, grants.readsAll() ? null : grants.readable()), page);
    }

    @GetMapping("/municipalities/{municipalityId}/verify")
    @Operation(summary = "Recompute the municipality's hash chain from the event store",
            description = "Reads the municipality's events from the event store (not the log's copies), recomputes "
                    + "every hash and compares it with the stored chain and the signed checkpoints; reports the first "
                    + "event where they part: payload, metadata or event altered, event missing, extra event, audit "
                    + "log altered, or a checkpoint that does not hold.")
    @ApiResponse(responseCode = "200", description = "The verdict (ok or the first break)")
    ChainVerification verifyAuditChain(@Parameter(example = "gotland") @PathVariable String municipalityId) {
        return queryGateway.query(new VerifyChain(municipalityId(municipalityId).value()),
                ResponseTypes.instanceOf(ChainVerification.class)).join();
    }

    @PostMapping("/municipalities/{municipalityId}/checkpoints")
    @Operation(summary = "Sign the municipality's chain head now",
            description = "A checkpoint is also signed daily for every municipality whose chain grew. Signing a head "
                    + "that is signed already answers that checkpoint with 200.")
    @ApiResponse(responseCode = "201", description = "The new checkpoint",
            headers = @Header(name = "Location", description = "The new checkpoint",
                    schema = @Schema(type = "string", format = "uri")))
    @ApiResponse(responseCode = "200", description = "The head was signed already: that checkpoint")
    ResponseEntity<Checkpoint> signCheckpoint(@Parameter(example = "gotland") @PathVariable String municipalityId) {
        CheckpointSigner.Signed signed = signer.sign(municipalityId(municipalityId).value());
        if (!signed.created()) {
            return ResponseEntity.ok(signed.checkpoint());
        }
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{chainIndex}")
                .buildAndExpand(signed.checkpoint().chainIndex()).toUri()).body(signed.checkpoint());
    }

    @GetMapping("/municipalities/{municipalityId}/checkpoints")
    @Operation(summary = "The municipality's signed checkpoints, oldest first")
    @ApiResponse(responseCode = "200", description = "The checkpoints")
    List<Checkpoint> checkpoints(@Parameter(example = "gotland") @PathVariable String municipalityId) {
        return queryGateway.query(new FindCheckpoints(municipalityId(municipalityId).value()),
                ResponseTypes.multipleInstancesOf(Checkpoint.class)).join();
    }

    @GetMapping("/municipalities/{municipalityId}/checkpoints/{chainIndex}")
    @Operation(summary = "One signed checkpoint, by the chain index it signs")
    @ApiResponse(responseCode = "200", description = "The checkpoint")
    Checkpoint checkpoint(@PathVariable String municipalityId, @PathVariable long chainIndex) {
        return signer.checkpoint(municipalityId(municipalityId).value(), chainIndex);
    }

    @GetMapping("/public-key")
    @Operation(summary = "The key that signs checkpoints",
            description = "Compare its keyId with the one a bundle's verifier prints: the bundle carries its own copy.")
    @ApiResponse(responseCode = "200", description = "The Ed25519 public key")
    PublicKeyView auditPublicKey() {
        return new PublicKeyView(SigningKey.ALGORITHM, key.keyId(),
                Base64.getEncoder().encodeToString(key.publicKey().getEncoded()), key.publicKeyPem());
    }

    @GetMapping(path = "/municipalities/{municipalityId}/bundle", produces = "application/zip")
    @Operation(summary = "Everything an auditor needs to check the municipality's log offline",
            description = "A zip with events.ndjson, checkpoints.ndjson (the current head is signed first), "
                    + "public-key.pem and a README; `java -jar vinr-ledger.jar verify BUNDLE.zip` checks it.")
    @ApiResponse(responseCode = "200", description = "The bundle",
            content = @Content(mediaType = "application/zip"))
    ResponseEntity<StreamingResponseBody> auditBundle(@Parameter(example = "gotland") @PathVariable String municipalityId) {
        String id = municipalityId(municipalityId).value();
        exports.requireKnown(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(id + "-audit-bundle.zip").build().toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(out -> exports.writeBundle(id, out));
    }

    private AuditEventPage page(AuditFilter filter, PageParameters page) {
        return queryGateway.query(new FindAuditEvents(filter, page.cursor(), page.pageSize()),
                ResponseTypes.instanceOf(AuditEventPage.class)).join();
    }
}

package se.vinr.ledger.query.projection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.vinr.ledger.query.projection.DeadLetterRetry;
import se.vinr.ledger.query.projection.DeadLetters;
import se.vinr.ledger.query.projection.ProjectionAdmin;
import se.vinr.ledger.query.projection.ProjectionOverview;
import se.vinr.ledger.query.projection.ProjectionStatus;
import se.vinr.ledger.query.projection.Snapshots;
import se.vinr.ledger.web.problem.Problem;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

import java.util.List;

@RestController
@Access(Role.ADMIN)
@RequestMapping("/api/admin/projections")
@Tag(name = "Projections", description = "The read models' positions against the event store, their rebuild and "
        + "their parked events; the aggregate snapshots")
class ProjectionController {

    private final ProjectionAdmin projections;
    private final Snapshots snapshots;

    ProjectionController(ProjectionAdmin projections, Snapshots snapshots) {
        this.projections = projections;
        this.snapshots = snapshots;
    }

    @GetMapping
    @Operation(summary = "Every projection's position, lag, state and parked events; the aggregate snapshots")
    ProjectionOverview projections() {
        return new ProjectionOverview(projections.all(), snapshots.summary());
    }

    @GetMapping("/{name}")
    @Operation(summary = "One projection's position, lag, state, replay progress and parked events")
    ProjectionStatus projection(@Parameter(example = "plans") @PathVariable String name) {
        return projections.one(name);
    }

    @GetMapping("/{name}/dead-letters")
    @Operation(summary = "The events a projection failed on and parked, and those waiting behind them",
            description = "Sequence by sequence (a sequence is an aggregate), in the order they will be handled; "
                    + "at most " + ProjectionAdmin.LISTED_LETTERS + ". 404 for the audit chain, which parks nothing.")
    List<DeadLetters.Letter> deadLetters(@Parameter(example = "plans") @PathVariable String name) {
        return projections.letters(name);
    }

    @PostMapping("/{name}/dead-letters/retry")
    @Operation(summary = "Handle a projection's parked events again",
            description = "Tries each sequence once: a sequence whose events now all succeed leaves the queue, one "
                    + "that fails again stays with the new cause. Answers when done, with what is left.")
    DeadLetterRetry retryDeadLetters(@Parameter(example = "plans") @PathVariable String name) {
        return projections.retry(name);
    }

    @PostMapping("/{name}/replay")
    @Operation(summary = "Rebuild a projection from the first event",
            description = "Clears the projection's tables and handles every event again. Answers at once; follow "
                    + "the progress at the Location. Until the rebuild has caught up, the views that read the "
                    + "projection answer 503 with Retry-After rather than a half-built answer.")
    @ApiResponse(responseCode = "202", description = "Rebuild started")
    @ApiResponse(responseCode = "409", description = "A rebuild of it is running already",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = Problem.class)))
    ResponseEntity<ProjectionStatus> replayProjection(@Parameter(example = "plans") @PathVariable String name) {
        ProjectionStatus status = projections.replay(name);
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/admin/projections/{name}").build(name))
                .body(status);
    }
}

package se.vinr.ledger.command.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.vinr.ledger.command.plan.DraftPlan;
import se.vinr.ledger.command.plan.ProposePlanRevision;
import se.vinr.ledger.command.plan.RecordConsultationResponse;
import se.vinr.ledger.command.plan.RecordPlanDecision;
import se.vinr.ledger.command.plan.SendPlanForConsultation;
import se.vinr.ledger.command.plan.TransferPlanResponsibility;
import se.vinr.ledger.command.web.Accepted;
import se.vinr.ledger.command.web.CommandSender;
import se.vinr.ledger.command.web.Creates;
import se.vinr.ledger.command.web.SourceRequest;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.common.Slug;
import se.vinr.ledger.events.plan.DecisionKind;
import se.vinr.ledger.events.plan.Goal;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.Stance;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

import java.time.LocalDate;
import java.util.List;

import static se.vinr.ledger.command.web.CommandSender.expectedVersion;

@RestController
@Access(Role.PLAN_EDITOR)
@RequestMapping(path = "/api/municipalities/{municipalityId}/plans", produces = "application/json")
@Tag(name = "Plans (writes)", description = "A plan's life: drafts, revisions, remiss, decisions, transfers")
public class PlanCommandController {

    private final CommandSender commands;

    public PlanCommandController(CommandSender commands) {
        this.commands = commands;
    }

    /** A request whose command addresses an existing plan. */
    public interface PlanRequest {

        Object toCommand(MunicipalityId m, PlanId planId, Long expectedVersion);

        SourceRequest source();
    }

    public record DraftRequest(@NotBlank @Pattern(regexp = Slug.PATTERN) String planId,
                               @NotBlank @Size(max = 500) String title,
                               @NotNull LocalDate periodStart, @NotNull LocalDate periodEnd,
                               @Size(max = 100) String caseNumber,
                               @NotBlank @Size(max = 200) String responsibleBody,
                               @Schema(description = "When the plan was commissioned or first drafted; if unknown, "
                                       + "the plan enters history at the start of its period") LocalDate draftedOn,
                               @Valid SourceRequest source) {

        public DraftPlan toCommand(MunicipalityId m) {
            return new DraftPlan(m, new PlanId(planId), title, periodStart, periodEnd, caseNumber, responsibleBody,
                    draftedOn);
        }
    }

    public record RevisionRequest(@NotNull @Size(max = 50) List<@NotNull @Valid Goal> goals,
                                  @Size(max = 200) String preparedBy,
                                  @Schema(description = "The revision's date; where the documents give none, views "
                                          + "place it right after what came before it") LocalDate date, @Size(max = 4000) String summary,
                                  @Size(max = 100) String caseNumber,
                                  @Valid SourceRequest source) implements PlanRequest {

        @Override
        public ProposePlanRevision toCommand(MunicipalityId m, PlanId planId, Long expectedVersion) {
            return new ProposePlanRevision(m, planId, new PlanContent(goals), preparedBy, date, summary, caseNumber,
                    expectedVersion);
        }
    }

    public record ConsultationRequest(@NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> bodies,
                                      @NotNull LocalDate sentOn, LocalDate deadline, @Positive Integer revision,
                                      @Valid SourceRequest source) implements PlanRequest {

        @Override
        public SendPlanForConsultation toCommand(MunicipalityId m, PlanId planId, Long expectedVersion) {
            return new SendPlanForConsultation(m, planId, revision, bodies, sentOn, deadline, expectedVersion);
        }
    }

    public record ResponseRequest(@NotBlank @Size(max = 200) String body, @NotNull Stance stance,
                                  @Size(max = 4000) String summary, LocalDate date,
                                  @Positive Integer consultation,
                                  @Valid SourceRequest source) implements PlanRequest {

        @Override
        public RecordConsultationResponse toCommand(MunicipalityId m, PlanId planId, Long expectedVersion) {
            return new RecordConsultationResponse(m, planId, consultation, body, stance, summary, date,
                    expectedVersion);
        }
    }

    public record DecisionRequest(@NotNull DecisionKind kind, @Positive Integer revision,
                                  @NotBlank @Size(max = 200) String decidingBody, @NotNull LocalDate decisionDate,
                                  @Size(max = 50) String paragraph, @Size(max = 100) String caseNumber,
                                  @Size(max = 8000) String reasons, LocalDate reportBackBy,
                                  LocalDate newPeriodEnd,
                                  @Valid SourceRequest source) implements PlanRequest {

        @Override
        public RecordPlanDecision toCommand(MunicipalityId m, PlanId planId, Long expectedVersion) {
            return new RecordPlanDecision(m, planId, kind, revision, decidingBody, decisionDate, paragraph,
                    caseNumber, reasons, reportBackBy, newPeriodEnd, expectedVersion);
        }
    }

    public record TransferRequest(@NotBlank @Size(max = 200) String fromBody,
                                  @NotBlank @Size(max = 200) String toBody,
                                  @NotNull LocalDate effectiveDate, @Size(max = 4000) String reason,
                                  @Valid SourceRequest source) implements PlanRequest {

        @Override
        public TransferPlanResponsibility toCommand(MunicipalityId m, PlanId planId, Long expectedVersion) {
            return new TransferPlanResponsibility(m, planId, fromBody, toBody, effectiveDate, reason,
                    expectedVersion);
        }
    }

    @PostMapping(consumes = "application/json")
    @Creates
    @Operation(summary = "Draft a plan: title, validity period, case number, responsible committee")
    public ResponseEntity<Accepted> draftPlan(@PathVariable("municipalityId") MunicipalityId m,
                                              @Valid @RequestBody DraftRequest body) {
        return commands.create(body.planId(), m, body.toCommand(m),
                SourceRequest.toSource(body.source()));
    }

    @PostMapping(path = "/{planId}/revisions", consumes = "application/json")
    @Operation(summary = "Propose a revision: the plan's whole content (goals, activities, indicators)")
    public Accepted proposePlanRevision(@PathVariable("municipalityId") MunicipalityId m, @PathVariable("planId") PlanId planId,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody RevisionRequest body) {
        return send(m, planId, ifMatch, body);
    }

    @PostMapping(path = "/{planId}/consultations", consumes = "application/json")
    @Operation(summary = "Send a revision (default: the latest) on remiss to the listed bodies")
    public Accepted sendPlanForConsultation(@PathVariable("municipalityId") MunicipalityId m, @PathVariable("planId") PlanId planId,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody ConsultationRequest body) {
        return send(m, planId, ifMatch, body);
    }

    @PostMapping(path = "/{planId}/consultation-responses", consumes = "application/json")
    @Operation(summary = "Record a consulted body's response (default: to the latest consultation); undated "
            + "responses take the consultation's deadline, else its sending date, as their place in the history")
    public Accepted recordConsultationResponse(@PathVariable("municipalityId") MunicipalityId m, @PathVariable("planId") PlanId planId,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody ResponseRequest body) {
        return send(m, planId, ifMatch, body);
    }

    @PostMapping(path = "/{planId}/decisions", consumes = "application/json")
    @Operation(summary = "Record a committee decision (referral back, approval, adoption, extension, supersession)")
    public Accepted recordPlanDecision(@PathVariable("municipalityId") MunicipalityId m, @PathVariable("planId") PlanId planId,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                       @Valid @RequestBody DecisionRequest body) {
        return send(m, planId, ifMatch, body);
    }

    @PostMapping(path = "/{planId}/responsibility-transfers", consumes = "application/json")
    @Operation(summary = "Transfer responsibility for the plan from the current committee to another")
    public Accepted transferPlanResponsibility(@PathVariable("municipalityId") MunicipalityId m, @PathVariable("planId") PlanId planId,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody TransferRequest body) {
        return send(m, planId, ifMatch, body);
    }

    private Accepted send(MunicipalityId m, PlanId planId, String ifMatch, PlanRequest body) {
        return commands.send(planId.value(), m, body.toCommand(m, planId, expectedVersion(ifMatch)),
                SourceRequest.toSource(body.source()));
    }
}

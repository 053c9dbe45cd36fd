package se.vinr.ledger.command.plan.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.vinr.ledger.command.plan.RecordIndicatorValue;
import se.vinr.ledger.command.plan.ReportActivityStatus;
import se.vinr.ledger.command.plan.SubmitFollowUpReport;
import se.vinr.ledger.command.web.Accepted;
import se.vinr.ledger.command.web.CommandSender;
import se.vinr.ledger.command.web.NotInFuture;
import se.vinr.ledger.command.web.SourceRequest;
import se.vinr.ledger.events.common.Figure;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanCode;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.plan.ActivityStatus;
import se.vinr.ledger.events.plan.ComplianceAnswer;
import se.vinr.ledger.events.plan.FollowUpKind;
import se.vinr.ledger.events.plan.GoalAssessment;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static se.vinr.ledger.command.CommandRejectedException.invalid;
import static se.vinr.ledger.command.web.CommandSender.expectedVersion;

/**
 * How a plan is followed up: statuses of its activities, values of its indicators kept by hand, and reports. Codes
 * refer to the revision in force (the latest adopted one, else the latest proposed one).
 */
@RestController
@Access(Role.REPORTER)
@RequestMapping(path = "/api/municipalities/{municipalityId}/plans/{planId}", produces = "application/json")
@Tag(name = "Plan follow-up (writes)", description = "Activity statuses, indicator values and follow-up reports")
public class PlanFollowUpController {

    private final CommandSender commands;

    public PlanFollowUpController(CommandSender commands) {
        this.commands = commands;
    }

    public record ActivityStatusRequest(@NotNull ActivityStatus status, @NotNull @NotInFuture LocalDate asOf,
                                        @Schema(description = "For a recurring activity: the due date of the "
                                                + "occurrence reported on, e.g. 2019-05-31 for 'every May' in 2019")
                                        LocalDate occurrence,
                                        @Size(max = 4000) String note,
                                        @Valid SourceRequest source) {

        public ReportActivityStatus toCommand(MunicipalityId m, PlanId planId, String code, Long expectedVersion) {
            return new ReportActivityStatus(m, planId, code, occurrence, status, asOf, note, expectedVersion);
        }
    }

    public record IndicatorValueRequest(@NotNull @Schema(description = "A number, or for a COMPLIANCE indicator "
                                                + "YES, PARTLY or NO",
                                                oneOf = {BigDecimal.class, ComplianceAnswer.class}) JsonNode value,
                                        @Size(max = 4000) @Schema(description = "What a YES or PARTLY answer to a "
                                                + "COMPLIANCE indicator rests on") String evidence,
                                        @NotNull @NotInFuture LocalDate asOf,
                                        @Size(max = 4000) String note,
                                        @Valid SourceRequest source) {

        public RecordIndicatorValue toCommand(MunicipalityId m, PlanId planId, String code, Long expectedVersion) {
            return new RecordIndicatorValue(m, planId, code, value.isNumber() ? number(value) : null,
                    value.isNumber() ? null : answer(value), evidence, asOf, SourceRequest.toSource(source), note,
                    expectedVersion);
        }

        /** A number is read exactly (RequestBodies) and must be a {@link Figure} like every recorded number. */
        private static BigDecimal number(JsonNode value) {
            BigDecimal number = value.decimalValue();
            if (!Figure.Rule.fits(number)) {
                throw invalid("value", Figure.MESSAGE);
            }
            return number;
        }

        /** The JSON value is polymorphic: the plan then checks that its type fits the indicator's kind. */
        private static ComplianceAnswer answer(JsonNode value) {
            for (ComplianceAnswer answer : ComplianceAnswer.values()) {
                if (value.isTextual() && answer.name().equals(value.textValue())) {
                    return answer;
                }
            }
            throw invalid("value", "the value must be a number, or YES, PARTLY or NO for a compliance indicator");
        }
    }

    public record FollowUpReportRequest(@NotNull FollowUpKind kind, @NotNull @NotInFuture LocalDate date,
                                        @NotEmpty @Size(max = 100) List<@NotNull @Valid GoalAssessment> assessments,
                                        @Valid SourceRequest source)
            implements PlanCommandController.PlanRequest {

        @Override
        public SubmitFollowUpReport toCommand(MunicipalityId m, PlanId planId, Long expectedVersion) {
            return new SubmitFollowUpReport(m, planId, kind, date, assessments, expectedVersion);
        }
    }

    @PostMapping(path = "/activities/{code}/status", consumes = "application/json")
    @Operation(summary = "Report an activity's status as of a date; a recurring activity's per occurrence")
    public Accepted reportActivityStatus(@PathVariable("municipalityId") MunicipalityId m,
                                         @PathVariable("planId") PlanId planId, @PathVariable("code") @PlanCode String code,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody ActivityStatusRequest body) {
        return commands.send(planId.value(), m, body.toCommand(m, planId, code, expectedVersion(ifMatch)),
                SourceRequest.toSource(body.source()));
    }

    @PostMapping(path = "/indicators/{code}/values", consumes = "application/json")
    @Operation(summary = "Record a value of an indicator kept by hand (MANUAL: a number; COMPLIANCE: YES, PARTLY or "
            + "NO with evidence); derived indicators are computed and refuse values")
    public Accepted recordIndicatorValue(@PathVariable("municipalityId") MunicipalityId m,
                                         @PathVariable("planId") PlanId planId, @PathVariable("code") @PlanCode String code,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody IndicatorValueRequest body) {
        return commands.send(planId.value(), m, body.toCommand(m, planId, code, expectedVersion(ifMatch)),
                SourceRequest.toSource(body.source()));
    }

    @Access(Role.PLAN_EDITOR)
    @PostMapping(path = "/follow-up-reports", consumes = "application/json")
    @Operation(summary = "Submit a follow-up report (INTERIM, ANNUAL or FINAL) with assessments of goals, or of the "
            + "plan as a whole where an assessment names no goal")
    public Accepted submitFollowUpReport(@PathVariable("municipalityId") MunicipalityId m,
                                         @PathVariable("planId") PlanId planId,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody FollowUpReportRequest body) {
        return commands.send(planId.value(), m, body.toCommand(m, planId, expectedVersion(ifMatch)),
                SourceRequest.toSource(body.source()));
    }
}

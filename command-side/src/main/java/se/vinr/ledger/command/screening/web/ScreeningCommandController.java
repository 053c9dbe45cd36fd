package se.vinr.ledger.command.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.vinr.ledger.command.screening.RecordScreenings;
import se.vinr.ledger.command.web.Accepted;
import se.vinr.ledger.command.web.CommandSender;
import se.vinr.ledger.command.web.SourceRequest;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.Slug;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.screening.ScreeningInstrument;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

import java.time.LocalDate;

import static se.vinr.ledger.command.web.CommandSender.expectedVersion;

/** Screenings are counted by the municipality's aggregate, which knows the units: answers carry its version. */
@RestController
@Access(Role.REPORTER)
@RequestMapping(path = "/api/municipalities/{municipalityId}", produces = "application/json")
@Tag(name = "Screenings (writes)", description = "Screenings per unit, instrument and period")
public class ScreeningCommandController {

    private final CommandSender commands;

    public ScreeningCommandController(CommandSender commands) {
        this.commands = commands;
    }

    public record ScreeningsRequest(@NotBlank @Pattern(regexp = Slug.PATTERN) String unitId,
                                    @NotNull ScreeningInstrument instrument,
                                    @NotNull LocalDate periodStart, @NotNull LocalDate periodEnd,
                                    @NotNull @PositiveOrZero Integer count,
                                    @Valid SourceRequest source) {

        public RecordScreenings toCommand(MunicipalityId m, Long expectedVersion) {
            return new RecordScreenings(m, new UnitId(unitId), instrument, periodStart, periodEnd, count,
                    expectedVersion);
        }
    }

    @PostMapping(path = "/screenings", consumes = "application/json")
    @Operation(summary = "Record how many screenings a unit did with an instrument in a period; a later record of "
            + "the same unit, instrument and period corrects the earlier one")
    public Accepted recordScreenings(@PathVariable("municipalityId") MunicipalityId m,
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                     @Valid @RequestBody ScreeningsRequest body) {
        return commands.send(body.unitId(), m, body.toCommand(m, expectedVersion(ifMatch)),
                SourceRequest.toSource(body.source()));
    }
}

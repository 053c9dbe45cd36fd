package se.vinr.ledger.command.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.vinr.ledger.command.organisation.MunicipalityRegistration;
import se.vinr.ledger.command.organisation.RegisterMunicipality;
import se.vinr.ledger.command.organisation.RegisterUnit;
import se.vinr.ledger.command.organisation.ReportHeadcount;
import se.vinr.ledger.command.web.Accepted;
import se.vinr.ledger.command.web.CommandSender;
import se.vinr.ledger.command.web.Creates;
import se.vinr.ledger.command.web.SourceRequest;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.Slug;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.organisation.Operator;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

import java.time.LocalDate;

import static se.vinr.ledger.command.web.CommandSender.expectedVersion;

@RestController
@Access(Role.ORG_ADMIN)
@RequestMapping(path = "/api/municipalities/{municipalityId}", produces = "application/json")
@Tag(name = "Organisation (writes)", description = "Municipalities, their units and headcounts")
public class OrganisationCommandController {

    private final CommandSender commands;

    public OrganisationCommandController(CommandSender commands) {
        this.commands = commands;
    }

    public record MunicipalityRequest(@NotBlank @Size(max = 200) String name,
                                      @NotBlank @Pattern(regexp = "^\\d{4}$", message = "must be the 4-digit SCB code")
                                      String municipalityCode,
                                      @Valid SourceRequest source) {

        public RegisterMunicipality toCommand(MunicipalityId m) {
            return new RegisterMunicipality(m, name, municipalityCode);
        }
    }

    public record UnitRequest(@NotBlank @Pattern(regexp = Slug.PATTERN) String unitId,
                              @NotBlank @Size(max = 200) String name,
                              @NotBlank @Size(max = 200) String department,
                              @NotNull Operator operator,
                              @PositiveOrZero Integer headcount,
                              @Valid SourceRequest source) {

        public RegisterUnit toCommand(MunicipalityId m, Long expectedVersion) {
            return new RegisterUnit(m, new UnitId(unitId), name, department, operator, headcount, expectedVersion);
        }
    }

    public record HeadcountRequest(@NotNull @PositiveOrZero Integer headcount, @NotNull LocalDate asOf,
                                   @Valid SourceRequest source) {
    }

    @Access(Role.ADMIN)
    @PutMapping(consumes = "application/json")
    @Creates
    @ApiResponse(responseCode = "200", description = "Registered before with the same name and code: nothing changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Accepted.class)))
    @Operation(summary = "Register a municipality (idempotent: the same name and code again changes nothing)")
    public ResponseEntity<Accepted> registerMunicipality(@PathVariable("municipalityId") MunicipalityId m,
                                                         @Valid @RequestBody MunicipalityRequest body) {
        MunicipalityRegistration registration = commands.sendAndWait(m, body.toCommand(m),
                SourceRequest.toSource(body.source()));
        Accepted accepted = new Accepted(m.value(), registration.version());
        return registration.created()
                ? ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri())
                        .body(accepted)
                : ResponseEntity.ok(accepted);
    }

    @PostMapping(path = "/units", consumes = "application/json")
    @Creates
    @Operation(summary = "Register a unit (enhet); unit ids are unique within the municipality")
    public ResponseEntity<Accepted> registerUnit(@PathVariable("municipalityId") MunicipalityId m,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody UnitRequest body) {
        return commands.create(body.unitId(), m, body.toCommand(m, expectedVersion(ifMatch)),
                SourceRequest.toSource(body.source()));
    }

    @PutMapping(path = "/units/{unitId}/headcount", consumes = "application/json")
    @Operation(summary = "Report a unit's headcount as of a date")
    public Accepted reportHeadcount(@PathVariable("municipalityId") MunicipalityId m,
                                    @PathVariable("unitId") UnitId unitId,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                    @Valid @RequestBody HeadcountRequest body) {
        return commands.send(unitId.value(), m,
                new ReportHeadcount(m, unitId, body.headcount(), body.asOf(), expectedVersion(ifMatch)),
                SourceRequest.toSource(body.source()));
    }
}

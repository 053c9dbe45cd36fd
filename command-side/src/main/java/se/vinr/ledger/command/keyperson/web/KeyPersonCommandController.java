package se.vinr.ledger.command.keyperson.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.vinr.ledger.command.Pseudonyms;
import se.vinr.ledger.command.keyperson.DeregisterKeyPerson;
import se.vinr.ledger.command.keyperson.MoveKeyPerson;
import se.vinr.ledger.command.keyperson.RegisterKeyPerson;
import se.vinr.ledger.command.keyperson.ReportKeyPersonTotal;
import se.vinr.ledger.command.web.Accepted;
import se.vinr.ledger.command.web.CommandSender;
import se.vinr.ledger.command.web.Creates;
import se.vinr.ledger.command.web.SourceRequest;
import se.vinr.ledger.events.common.KeyPersonId;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.Slug;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.keyperson.KeyPersonRole;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

import java.time.LocalDate;

import static se.vinr.ledger.command.web.CommandSender.expectedVersion;

/** Key persons belong to the municipality's aggregate: every answer carries the municipality's version. */
@RestController
@Access(Role.ORG_ADMIN)
@RequestMapping(path = "/api/municipalities/{municipalityId}", produces = "application/json")
@Tag(name = "Key persons (writes)", description = "Key persons of units, by pseudonym, and reported totals")
public class KeyPersonCommandController {

    private final CommandSender commands;

    public KeyPersonCommandController(CommandSender commands) {
        this.commands = commands;
    }

    public record KeyPersonRequest(@NotBlank @Pattern(regexp = Slug.PATTERN) String keyPersonId,
                                   @NotBlank @Pattern(regexp = Slug.PATTERN) String unitId,
                                   @NotBlank @Size(max = Pseudonyms.MAX_LENGTH)
                                   @Schema(description = "The municipality's pseudonym for the person, "
                                           + "1-64 letters a-z, digits, '.', '_' or '-'; never a name or a personal "
                                           + "identity number", example = "hsf-0042") String personRef,
                                   @NotNull KeyPersonRole role,
                                   @NotNull LocalDate since,
                                   @Valid SourceRequest source) {

        public RegisterKeyPerson toCommand(MunicipalityId m, Long expectedVersion) {
            return new RegisterKeyPerson(m, new KeyPersonId(keyPersonId), new UnitId(unitId), personRef, role, since,
                    expectedVersion);
        }
    }

    public record DeregistrationRequest(@NotNull LocalDate until, @Size(max = 2000) String reason,
                                        @Valid SourceRequest source) {

        public DeregisterKeyPerson toCommand(MunicipalityId m, KeyPersonId keyPersonId, Long expectedVersion) {
            return new DeregisterKeyPerson(m, keyPersonId, until, reason, expectedVersion);
        }
    }

    public record MoveRequest(@NotBlank @Pattern(regexp = Slug.PATTERN) String toUnitId, @NotNull LocalDate from,
                              @Valid SourceRequest source) {

        public MoveKeyPerson toCommand(MunicipalityId m, KeyPersonId keyPersonId, Long expectedVersion) {
            return new MoveKeyPerson(m, keyPersonId, new UnitId(toUnitId), from, expectedVersion);
        }
    }

    /** A reported total is only as good as its source, so here {@code source} is required. */
    public record KeyPersonTotalRequest(@NotNull @PositiveOrZero Integer count, @NotNull LocalDate asOf,
                                        @NotNull @Valid SourceRequest source) {

        public ReportKeyPersonTotal toCommand(MunicipalityId m, Long expectedVersion) {
            return new ReportKeyPersonTotal(m, count, asOf, SourceRequest.toSource(source), expectedVersion);
        }
    }

    @PostMapping(path = "/key-persons", consumes = "application/json")
    @Creates
    @Operation(summary = "Register a key person of a unit; a person is an active key person of a unit at most once")
    public ResponseEntity<Accepted> registerKeyPerson(@PathVariable("municipalityId") MunicipalityId m,
                                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                      @Valid @RequestBody KeyPersonRequest body) {
        return commands.create(body.keyPersonId(), m, body.toCommand(m, expectedVersion(ifMatch)),
                SourceRequest.toSource(body.source()));
    }

    @PostMapping(path = "/key-persons/{keyPersonId}/deregistration", consumes = "application/json")
    @Operation(summary = "End a key person's assignment; {until} is the last day")
    public Accepted deregisterKeyPerson(@PathVariable("municipalityId") MunicipalityId m,
                                        @PathVariable("keyPersonId") KeyPersonId keyPersonId,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody DeregistrationRequest body) {
        return commands.send(keyPersonId.value(), m, body.toCommand(m, keyPersonId, expectedVersion(ifMatch)),
                SourceRequest.toSource(body.source()));
    }

    @PostMapping(path = "/key-persons/{keyPersonId}/moves", consumes = "application/json")
    @Operation(summary = "Move a key person to another unit from a date")
    public Accepted moveKeyPerson(@PathVariable("municipalityId") MunicipalityId m,
                                  @PathVariable("keyPersonId") KeyPersonId keyPersonId,
                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                  @Valid @RequestBody MoveRequest body) {
        return commands.send(keyPersonId.value(), m, body.toCommand(m, keyPersonId, expectedVersion(ifMatch)),
                SourceRequest.toSource(body.source()));
    }

    @PostMapping(path = "/key-person-totals", consumes = "application/json")
    @Operation(summary = "Report a total of key persons from a document where the individuals are not known")
    public Accepted reportKeyPersonTotal(@PathVariable("municipalityId") MunicipalityId m,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody KeyPersonTotalRequest body) {
        return commands.send(m.value(), m, body.toCommand(m, expectedVersion(ifMatch)),
                SourceRequest.toSource(body.source()));
    }
}

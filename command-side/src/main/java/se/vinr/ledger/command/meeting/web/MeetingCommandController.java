package se.vinr.ledger.command.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.vinr.ledger.command.meeting.DefineMeetingSeries;
import se.vinr.ledger.command.meeting.RecordMeeting;
import se.vinr.ledger.command.web.Accepted;
import se.vinr.ledger.command.web.CommandSender;
import se.vinr.ledger.command.web.Creates;
import se.vinr.ledger.command.web.NotInFuture;
import se.vinr.ledger.command.web.SourceRequest;
import se.vinr.ledger.events.common.MeetingSeriesId;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.Slug;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

import java.time.LocalDate;

import static se.vinr.ledger.command.web.CommandSender.expectedVersion;

/** Each meeting series is an aggregate of its own: answers carry the series id and version. */
@RestController
@Access(Role.REPORTER)
@RequestMapping(path = "/api/municipalities/{municipalityId}", produces = "application/json")
@Tag(name = "Meetings (writes)", description = "Recurring meetings with their required frequency, and meetings held")
public class MeetingCommandController {

    private final CommandSender commands;

    public MeetingCommandController(CommandSender commands) {
        this.commands = commands;
    }

    public record MeetingSeriesRequest(@NotBlank @Pattern(regexp = Slug.PATTERN) String seriesId,
                                       @NotBlank @Size(max = 200) String name,
                                       @NotNull @Positive Integer requiredPerYear,
                                       @Valid SourceRequest source) {

        public DefineMeetingSeries toCommand(MunicipalityId m) {
            return new DefineMeetingSeries(m, new MeetingSeriesId(seriesId), name, requiredPerYear);
        }
    }

    public record MeetingRequest(@NotBlank @Pattern(regexp = Slug.PATTERN) String seriesId,
                                 @NotNull @NotInFuture LocalDate date,
                                 @PositiveOrZero Integer participants,
                                 @Size(max = 1000) String theme,
                                 @Valid SourceRequest source) {

        public RecordMeeting toCommand(MunicipalityId m, Long expectedVersion) {
            return new RecordMeeting(m, new MeetingSeriesId(seriesId), date, participants, theme, expectedVersion);
        }
    }

    @Access(Role.ORG_ADMIN)
    @PostMapping(path = "/meeting-series", consumes = "application/json")
    @Creates
    @Operation(summary = "Define a series of recurring meetings and how many times a year it must meet")
    public ResponseEntity<Accepted> defineMeetingSeries(@PathVariable("municipalityId") MunicipalityId m,
                                                        @Valid @RequestBody MeetingSeriesRequest body) {
        return commands.create(body.seriesId(), m, body.toCommand(m),
                SourceRequest.toSource(body.source()));
    }

    @PostMapping(path = "/meetings", consumes = "application/json")
    @Operation(summary = "Record a meeting held in a series (at most one a day); If-Match refers to the series")
    public Accepted recordMeeting(@PathVariable("municipalityId") MunicipalityId m,
                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                  @Valid @RequestBody MeetingRequest body) {
        return commands.send(body.seriesId(), m, body.toCommand(m, expectedVersion(ifMatch)),
                SourceRequest.toSource(body.source()));
    }
}

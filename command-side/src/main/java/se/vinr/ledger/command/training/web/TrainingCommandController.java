package se.vinr.ledger.command.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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
import se.vinr.ledger.command.Pseudonyms;
import se.vinr.ledger.command.training.DefineCourse;
import se.vinr.ledger.command.training.RecordTrainingCompletion;
import se.vinr.ledger.command.web.Accepted;
import se.vinr.ledger.command.web.CommandSender;
import se.vinr.ledger.command.web.Creates;
import se.vinr.ledger.command.web.NotInFuture;
import se.vinr.ledger.command.web.SourceRequest;
import se.vinr.ledger.events.common.CourseCode;
import se.vinr.ledger.events.common.Figure;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.Slug;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

import java.math.BigDecimal;
import java.time.LocalDate;

import static se.vinr.ledger.command.web.CommandSender.expectedVersion;

/** Each course is an aggregate of its own: answers carry the course's code and version. */
@RestController
@Access(Role.REPORTER)
@RequestMapping(path = "/api/municipalities/{municipalityId}", produces = "application/json")
@Tag(name = "Training (writes)", description = "The municipality's course catalogue and completions")
public class TrainingCommandController {

    private final CommandSender commands;

    public TrainingCommandController(CommandSender commands) {
        this.commands = commands;
    }

    public record CourseRequest(@NotBlank @Pattern(regexp = Slug.PATTERN) String courseCode,
                                @NotBlank @Size(max = 300) String title,
                                @Size(max = 300) String provider,
                                @PositiveOrZero @Figure @Schema(description = "State stimulus paid per completion "
                                        + "certificate sent in; leave out where none is paid", example = "500")
                                BigDecimal stimulusPerCertificateSek,
                                @Valid SourceRequest source) {

        public DefineCourse toCommand(MunicipalityId m) {
            return new DefineCourse(m, new CourseCode(courseCode), title, provider, stimulusPerCertificateSek);
        }
    }

    @Schema(description = "Either one person's completion (personRef and unitId) or a counted batch (count, with "
            + "unitId where known)")
    public record CompletionRequest(@Pattern(regexp = Slug.PATTERN) String unitId,
                                    @NotBlank @Pattern(regexp = Slug.PATTERN) String courseCode,
                                    @NotNull @NotInFuture LocalDate completedOn,
                                    @Schema(description = "The municipality's pseudonym for the person, never a "
                                            + "name or a personal identity number", example = "hsf-0042")
                                    @Size(max = Pseudonyms.MAX_LENGTH) String personRef,
                                    @Positive Integer count,
                                    @Valid SourceRequest source) {

        public RecordTrainingCompletion toCommand(MunicipalityId m, Long expectedVersion) {
            return new RecordTrainingCompletion(m, new CourseCode(courseCode),
                    unitId == null ? null : new UnitId(unitId), completedOn, personRef, count, expectedVersion);
        }
    }

    @Access(Role.ORG_ADMIN)
    @PostMapping(path = "/courses", consumes = "application/json")
    @Creates
    @Operation(summary = "Define a course of the municipality's catalogue, with the stimulus paid per certificate")
    public ResponseEntity<Accepted> defineCourse(@PathVariable("municipalityId") MunicipalityId m,
                                                 @Valid @RequestBody CourseRequest body) {
        return commands.create(body.courseCode(), m, body.toCommand(m),
                SourceRequest.toSource(body.source()));
    }

    @PostMapping(path = "/training-completions", consumes = "application/json")
    @Operation(summary = "Record a completed course: one person (counted once per course) or a counted batch; "
            + "If-Match refers to the course's version")
    public Accepted recordTrainingCompletion(@PathVariable("municipalityId") MunicipalityId m,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody CompletionRequest body) {
        return commands.send(body.courseCode(), m, body.toCommand(m, expectedVersion(ifMatch)),
                SourceRequest.toSource(body.source()));
    }
}

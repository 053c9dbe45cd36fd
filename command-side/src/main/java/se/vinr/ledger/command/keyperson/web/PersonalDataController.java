package se.vinr.ledger.command.keyperson.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.vinr.ledger.command.CommandRejectedException;
import se.vinr.ledger.command.Pseudonyms;
import se.vinr.ledger.command.keyperson.ContactDetails;
import se.vinr.ledger.command.keyperson.ErasePersonalData;
import se.vinr.ledger.command.keyperson.KeepContactDetails;
import se.vinr.ledger.command.web.Accepted;
import se.vinr.ledger.command.web.CommandSender;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PersonRef;
import se.vinr.ledger.web.openapi.ApiDescription;
import se.vinr.ledger.web.problem.Problem;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@RestController
@Access(Role.ORG_ADMIN)
@RequestMapping(path = "/api/municipalities/{municipalityId}/people/{personRef}", produces = "application/json")
@Tag(name = "Personal data", description = "Contact details of staff known by pseudonym, kept outside the events "
        + "so that they can be erased")
public class PersonalDataController {

    private final CommandSender commands;
    private final ContactDetails contacts;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemDefaultZone();

    public PersonalDataController(CommandSender commands, ContactDetails contacts,
                                  PlatformTransactionManager transactionManager) {
        this.commands = commands;
        this.contacts = contacts;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public record ContactRequest(@Size(max = 200) String name, @Email @Size(max = 200) String email,
                                 @Size(max = 50) String phone) {
    }

    @Schema(description = "A person's contact details, by pseudonym")
    public record ContactView(String personRef, String name, String email, String phone) {
    }

    @PutMapping(path = "/contact", consumes = "application/json")
    @Operation(summary = "Keep a person's contact details (sealed under a key of their own, never in an event)")
    public Accepted keepContactDetails(@PathVariable("municipalityId") MunicipalityId m,
                                       @PathVariable("personRef") String personRef,
                                       @Valid @RequestBody ContactRequest body) {
        return transaction.execute(status -> {
            Accepted accepted = commands.send(personRef, m, new KeepContactDetails(m, personRef), null);
            contacts.keep(m, new PersonRef(personRef), new ContactDetails.Contact(body.name(), body.email(),
                    body.phone()));
            return accepted;
        });
    }

    @GetMapping("/contact")
    @Operation(summary = "A person's contact details: 404 if none were kept, 410 once erased")
    @ApiResponse(responseCode = "200", description = "The details",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContactView.class)))
    @ApiResponse(responseCode = "410", description = "Erased, for good",
            content = @Content(mediaType = ApiDescription.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public ResponseEntity<?> readContactDetails(@PathVariable("municipalityId") MunicipalityId m,
                                                @PathVariable("personRef") String personRef) {
        PersonRef person = Pseudonyms.require(personRef);
        ContactDetails.Kept kept = contacts.read(m, person).orElseThrow(() -> CommandRejectedException.notFound(
                "personRef", "no contact details are kept for " + personRef + " in municipality " + m));
        if (kept instanceof ContactDetails.Erased erased) {
            ProblemDetail gone = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "The contact details of "
                    + personRef + " were erased on " + erased.erasedAt());
            gone.setType(URI.create("urn:vinr:problem:erased"));
            gone.setTitle("Erased");
            gone.setProperty("errors", List.of());
            return ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(gone);
        }
        ContactDetails.Contact contact = ((ContactDetails.Present) kept).contact();
        return ResponseEntity.ok(new ContactView(personRef, contact.name(), contact.email(), contact.phone()));
    }

    @PostMapping("/erasure")
    @Access(Role.ADMIN)
    @Operation(summary = "Erase what is kept about a person outside the events, for good (crypto-shredding)",
            description = "Destroys the person's key and sealed details; the events name only the pseudonym, so "
                    + "replays and every count stay as they were. The erasure itself is recorded as an event.")
    public Accepted erasePersonalData(@PathVariable("municipalityId") MunicipalityId m,
                                      @PathVariable("personRef") String personRef) {
        return transaction.execute(status -> {
            LocalDate today = LocalDate.now(clock);
            Accepted accepted = commands.send(personRef, m, new ErasePersonalData(m, personRef, today), null);
            contacts.erase(m, new PersonRef(personRef), clock.instant());
            return accepted;
        });
    }
}

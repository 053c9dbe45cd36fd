package se.vinr.ledger.command.training;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import se.vinr.ledger.command.Pseudonyms;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.CourseCode;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PersonRef;
import se.vinr.ledger.events.training.CourseDefined;
import se.vinr.ledger.events.training.TrainingCompleted;
import se.vinr.ledger.events.training.TrainingCompletionsCounted;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.vinr.ledger.command.CommandRejectedException.conflict;
import static se.vinr.ledger.command.CommandRejectedException.invalid;

/**
 * One course of one municipality's catalogue and who completed it: a person is counted once per course, which one
 * aggregate per course keeps true also under concurrent commands. Its commands arrive through
 * {@link TrainingHandler}, which first checks what only the Municipality knows (its units).
 */
@Aggregate(cache = "aggregateCache")
public class Course {

    @AggregateIdentifier
    private String id;
    private MunicipalityId municipalityId;
    private CourseCode courseCode;
    private final Set<PersonRef> completedBy = new HashSet<>();

    protected Course() {
        // Axon rebuilds the course from its events.
    }

    Course(DefineCourse command) {
        if (command.title() == null || command.title().isBlank()) {
            throw invalid("title", "course " + command.courseCode() + " needs a title");
        }
        if (command.stimulusPerCertificateSek() != null && command.stimulusPerCertificateSek().signum() < 0) {
            throw invalid("stimulusPerCertificateSek", "the stimulus per certificate must not be negative, got "
                    + command.stimulusPerCertificateSek());
        }
        apply(new CourseDefined(command.municipalityId(), command.courseCode(), command.title(), command.provider(),
                command.stimulusPerCertificateSek()));
    }

    /** Returns the course's version after the completion. */
    long record(RecordTrainingCompletion command) {
        if (command.completedOn() == null) {
            throw invalid("completedOn", "the date course " + courseCode + " was completed is required");
        }
        if (command.personRef() != null && command.count() != null) {
            throw invalid("count", "a completion is either one person's (personRef) or a counted batch (count), "
                    + "not both");
        }
        if (command.personRef() != null) {
            recordPerson(command);
        } else if (command.count() != null) {
            recordBatch(command);
        } else {
            throw invalid("personRef", "a completion needs the person's reference (personRef), or for a counted "
                    + "batch the count");
        }
        return AggregateLifecycle.getVersion();
    }

    private void recordPerson(RecordTrainingCompletion command) {
        PersonRef personRef = Pseudonyms.require(command.personRef());
        if (command.unitId() == null) {
            throw invalid("unitId", "the unit of the person who completed course " + courseCode + " is required");
        }
        if (completedBy.contains(personRef)) {
            throw conflict(personRef + " has already completed course " + courseCode
                    + "; a person is counted once per course");
        }
        apply(new TrainingCompleted(municipalityId, courseCode, command.unitId(), command.completedOn(), personRef));
    }

    private void recordBatch(RecordTrainingCompletion command) {
        if (command.count() < 1) {
            throw invalid("count", "a counted batch is at least 1 completion, got " + command.count());
        }
        apply(new TrainingCompletionsCounted(municipalityId, courseCode, command.unitId(), command.completedOn(),
                command.count()));
    }

    @EventSourcingHandler
    void on(CourseDefined event) {
        id = AggregateIds.course(event.municipalityId(), event.courseCode());
        municipalityId = event.municipalityId();
        courseCode = event.courseCode();
    }

    @EventSourcingHandler
    void on(TrainingCompleted event) {
        completedBy.add(event.personRef());
    }
}

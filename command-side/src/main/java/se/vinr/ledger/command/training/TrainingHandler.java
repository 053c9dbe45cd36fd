package se.vinr.ledger.command.training;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import se.vinr.ledger.command.organisation.Municipalities;

import static se.vinr.ledger.command.CommandRejectedException.notFound;

/**
 * The commands of {@link Course} that need facts the course cannot know: that the municipality is registered and
 * a course code is free (defining), that the unit exists (completions). Each returns the course's version.
 */
@Component
public class TrainingHandler {

    private final Municipalities municipalities;
    private final Repository<Course> courses;

    public TrainingHandler(Municipalities municipalities, Repository<Course> courses) {
        this.municipalities = municipalities;
        this.courses = courses;
    }

    @CommandHandler
    public long handle(DefineCourse command) throws Exception {
        return municipalities.create(command.municipalityId(), command.aggregateId(),
                "course " + command.courseCode(), courses, () -> new Course(command));
    }

    @CommandHandler
    public long handle(RecordTrainingCompletion command) {
        if (command.unitId() != null) {
            municipalities.requireUnit(command.municipalityId(), command.unitId(), "unitId");
        }
        Aggregate<Course> course;
        try {
            course = courses.load(command.aggregateId(), command.expectedVersion());
        } catch (AggregateNotFoundException e) {
            throw notFound("courseCode", "unknown course " + command.courseCode() + " in municipality "
                    + command.municipalityId());
        }
        return course.invoke(c -> c.record(command));
    }
}

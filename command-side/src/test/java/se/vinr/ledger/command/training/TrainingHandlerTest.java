package se.vinr.ledger.command.training;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.command.InMemoryCommandSide;
import se.vinr.ledger.command.organisation.RegisterMunicipality;
import se.vinr.ledger.command.organisation.RegisterUnit;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.CourseCode;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PersonRef;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.organisation.Operator;
import se.vinr.ledger.events.training.CourseDefined;
import se.vinr.ledger.events.training.TrainingCompleted;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vinr.ledger.command.CommandRejectedException.Reason.CONFLICT;
import static se.vinr.ledger.command.CommandRejectedException.Reason.NOT_FOUND;
import static se.vinr.ledger.command.organisation.Rejection.assertRejected;

/**
 * {@link TrainingHandler} wired as in the application: courses only of registered municipalities and each code once,
 * completions only of known units and defined courses; a refusal stores nothing.
 */
class TrainingHandlerTest {

    private static final MunicipalityId GOTLAND = new MunicipalityId("gotland");
    private static final CourseCode NCK = new CourseCode("nck-webbkurs");
    private static final String COURSE = AggregateIds.course(GOTLAND, NCK);
    private static final UnitId HEMTJANST = new UnitId("hemtjanst-visby");
    private static final LocalDate COMPLETED_ON = LocalDate.of(2023, 3, 14);
    private static final DefineCourse DEFINE = new DefineCourse(GOTLAND, NCK, "Webbaserad introduktionskurs", "NCK",
            new BigDecimal("500"));

    private final InMemoryCommandSide commandSide = new InMemoryCommandSide();

    @BeforeEach
    void setUp() {
        commandSide.handler(new TrainingHandler(commandSide.municipalities(), commandSide.aggregate(Course.class)));
    }

    private void registerGotlandWithAUnit() {
        commandSide.send(new RegisterMunicipality(GOTLAND, "Region Gotland", "0980"));
        commandSide.send(new RegisterUnit(GOTLAND, HEMTJANST, "Hemtjänst Visby", "Hemtjänsten", Operator.OWN, 40,
                null));
    }

    private static RecordTrainingCompletion completion(UnitId unit, CourseCode course, Long expectedVersion) {
        return new RecordTrainingCompletion(GOTLAND, course, unit, COMPLETED_ON, "hsf-0042", null, expectedVersion);
    }

    @Test
    void definesACourseAtVersion0AndRecordsCompletionsAtTheCoursesVersion() {
        registerGotlandWithAUnit();

        long defined = commandSide.send(DEFINE);
        long completed = commandSide.send(completion(HEMTJANST, NCK, 0L));

        assertThat(defined).isZero();
        assertThat(completed).isEqualTo(1);
        assertThat(commandSide.payloadsOf(COURSE)).containsExactly(
                new CourseDefined(GOTLAND, NCK, "Webbaserad introduktionskurs", "NCK", new BigDecimal("500")),
                new TrainingCompleted(GOTLAND, NCK, HEMTJANST, COMPLETED_ON, new PersonRef("hsf-0042")));
    }

    @Test
    void aCourseOfAnUnknownMunicipalityIsNotFound() {
        assertRejected(() -> commandSide.send(DEFINE), NOT_FOUND, null, "unknown municipality gotland");
        assertThat(commandSide.exists(COURSE)).isFalse();
    }

    @Test
    void aCourseCodeIsDefinedOnce() {
        registerGotlandWithAUnit();
        commandSide.send(DEFINE);

        assertRejected(() -> commandSide.send(DEFINE), CONFLICT, null,
                "course nck-webbkurs already exists in municipality gotland");
        assertThat(commandSide.payloadsOf(COURSE)).hasSize(1);
    }

    @Test
    void aCompletionInAnUnknownUnitIsNotFound() {
        registerGotlandWithAUnit();
        commandSide.send(DEFINE);

        assertRejected(() -> commandSide.send(completion(new UnitId("oof"), NCK, null)), NOT_FOUND, "unitId",
                "unknown unit oof in municipality gotland");
        assertThat(commandSide.payloadsOf(COURSE)).hasSize(1);
    }

    @Test
    void aCompletionOfAnUnknownCourseIsNotFound() {
        registerGotlandWithAUnit();

        assertRejected(() -> commandSide.send(completion(HEMTJANST, new CourseCode("okand-kurs"), null)), NOT_FOUND,
                "courseCode", "unknown course okand-kurs in municipality gotland");
    }

    @Test
    void aCompletionOfAnUnknownMunicipalityIsNotFound() {
        assertRejected(() -> commandSide.send(completion(HEMTJANST, NCK, null)), NOT_FOUND, null,
                "unknown municipality gotland");
    }

    @Test
    void aStaleVersionOfTheCourseIsAConflictOfVersions() {
        registerGotlandWithAUnit();
        commandSide.send(DEFINE);
        commandSide.send(new RecordTrainingCompletion(GOTLAND, NCK, HEMTJANST, COMPLETED_ON, null, 3, null));

        assertThatThrownBy(() -> commandSide.send(completion(HEMTJANST, NCK, 0L)))
                .isInstanceOf(ConflictingAggregateVersionException.class);
        assertThat(commandSide.payloadsOf(COURSE)).hasSize(2);
    }
}

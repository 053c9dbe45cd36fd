package se.vinr.ledger.command.training;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.CourseCode;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PersonRef;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.training.CourseDefined;
import se.vinr.ledger.events.training.TrainingCompleted;
import se.vinr.ledger.events.training.TrainingCompletionsCounted;

import java.math.BigDecimal;
import java.time.LocalDate;

import static se.vinr.ledger.command.CommandRejectedException.Reason.CONFLICT;
import static se.vinr.ledger.command.CommandRejectedException.Reason.INVALID;
import static se.vinr.ledger.command.organisation.Rejection.rejected;

/**
 * A course of the catalogue and its completions: a person is counted once per course, a batch is counted as given.
 * Completions reach the course through {@link TrainingHandler} (see {@link TrainingHandlerTest} for the unit and
 * course checks); here they are invoked on the course directly.
 */
class CourseTest {

    private static final MunicipalityId GOTLAND = new MunicipalityId("gotland");
    private static final CourseCode NCK = new CourseCode("nck-webbkurs");
    private static final String COURSE = AggregateIds.course(GOTLAND, NCK);
    private static final UnitId HEMTJANST = new UnitId("hemtjanst-visby");
    private static final UnitId IFO = new UnitId("ifo");
    private static final LocalDate COMPLETED_ON = LocalDate.of(2023, 3, 14);
    private static final BigDecimal STIMULUS = new BigDecimal("500");
    private static final CourseDefined DEFINED = new CourseDefined(GOTLAND, NCK, "Webbaserad introduktionskurs",
            "Nationellt Centrum för Kvinnofrid (NCK)", STIMULUS);

    private AggregateTestFixture<Course> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Course.class);
    }

    private static RecordTrainingCompletion person(UnitId unit, String personRef) {
        return new RecordTrainingCompletion(GOTLAND, NCK, unit, COMPLETED_ON, personRef, null, null);
    }

    private static RecordTrainingCompletion batch(UnitId unit, int count) {
        return new RecordTrainingCompletion(GOTLAND, NCK, unit, COMPLETED_ON, null, count, null);
    }

    @Test
    void definesACourseWithTheStimulusPaidPerCertificate() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Course(new DefineCourse(GOTLAND, NCK, "Webbaserad introduktionskurs",
                        "Nationellt Centrum för Kvinnofrid (NCK)", STIMULUS)))
                .expectEvents(DEFINED);
    }

    @Test
    void aCourseWithoutStimulusIsAccepted() {
        CourseCode patriark = new CourseCode("patriark");
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Course(new DefineCourse(GOTLAND, patriark, "Utbildning i PATRIARK", null,
                        null)))
                .expectEvents(new CourseDefined(GOTLAND, patriark, "Utbildning i PATRIARK", null, null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void aCourseHasATitle(String title) {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Course(new DefineCourse(GOTLAND, NCK, title, null, STIMULUS)))
                .expectNoEvents()
                .expectException(rejected(INVALID, "title"))
                .expectExceptionMessage("course nck-webbkurs needs a title");
    }

    @Test
    void theStimulusIsNotNegative() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Course(new DefineCourse(GOTLAND, NCK, "Webbkurs", null,
                        new BigDecimal("-500"))))
                .expectNoEvents()
                .expectException(rejected(INVALID, "stimulusPerCertificateSek"))
                .expectExceptionMessage("the stimulus per certificate must not be negative, got -500");
    }

    @Test
    void recordsOnePersonsCompletion() {
        fixture.given(DEFINED)
                .whenInvoking(COURSE, course -> course.record(person(HEMTJANST, "hsf-0042")))
                .expectEvents(new TrainingCompleted(GOTLAND, NCK, HEMTJANST, COMPLETED_ON, new PersonRef("hsf-0042")));
    }

    @Test
    void aPersonIsCountedOncePerCourse() {
        fixture.given(DEFINED, new TrainingCompleted(GOTLAND, NCK, HEMTJANST, COMPLETED_ON, new PersonRef("hsf-0042")))
                .whenInvoking(COURSE, course -> course.record(person(IFO, "hsf-0042")))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("hsf-0042 has already completed course nck-webbkurs; a person is counted "
                        + "once per course");
    }

    @Test
    void anotherPersonOfTheSameUnitIsCounted() {
        fixture.given(DEFINED, new TrainingCompleted(GOTLAND, NCK, HEMTJANST, COMPLETED_ON, new PersonRef("hsf-0042")))
                .whenInvoking(COURSE, course -> course.record(person(HEMTJANST, "hsf-0043")))
                .expectEvents(new TrainingCompleted(GOTLAND, NCK, HEMTJANST, COMPLETED_ON, new PersonRef("hsf-0043")));
    }

    @Test
    void oneCompletionIsOfAPersonOfAUnit() {
        fixture.given(DEFINED)
                .whenInvoking(COURSE, course -> course.record(person(null, "hsf-0042")))
                .expectNoEvents()
                .expectException(rejected(INVALID, "unitId"))
                .expectExceptionMessage("the unit of the person who completed course nck-webbkurs is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"850412-1234", "198504121234"})
    void theReferenceIsAPseudonymNotAPersonalIdentityNumber(String personRef) {
        fixture.given(DEFINED)
                .whenInvoking(COURSE, course -> course.record(person(HEMTJANST, personRef)))
                .expectNoEvents()
                .expectException(rejected(INVALID, "personRef"))
                .expectExceptionMessage("a person reference must not contain a personal identity number or "
                        + "coordination number: it is a pseudonym chosen by the municipality");
    }

    @Test
    void theReferenceIsNotAName() {
        fixture.given(DEFINED)
                .whenInvoking(COURSE, course -> course.record(person(HEMTJANST, "Anna Svensson")))
                .expectNoEvents()
                .expectException(rejected(INVALID, "personRef"))
                .expectExceptionMessage("a person reference must not contain whitespace: it is a pseudonym chosen by "
                        + "the municipality, never a name");
    }

    @Test
    void recordsACountedBatchOfAUnit() {
        fixture.given(DEFINED)
                .whenInvoking(COURSE, course -> course.record(batch(HEMTJANST, 20)))
                .expectEvents(new TrainingCompletionsCounted(GOTLAND, NCK, HEMTJANST, COMPLETED_ON, 20));
    }

    @Test
    void aBatchFromAReportThatNamesNoUnitIsAccepted() {
        fixture.given(DEFINED)
                .whenInvoking(COURSE, course -> course.record(batch(null, 100)))
                .expectEvents(new TrainingCompletionsCounted(GOTLAND, NCK, null, COMPLETED_ON, 100));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -3})
    void aBatchIsAtLeastOneCompletion(int count) {
        fixture.given(DEFINED)
                .whenInvoking(COURSE, course -> course.record(batch(HEMTJANST, count)))
                .expectNoEvents()
                .expectException(rejected(INVALID, "count"))
                .expectExceptionMessage("a counted batch is at least 1 completion, got " + count);
    }

    @Test
    void aCompletionIsAPersonsOrABatchNotBoth() {
        fixture.given(DEFINED)
                .whenInvoking(COURSE, course -> course.record(new RecordTrainingCompletion(GOTLAND, NCK, HEMTJANST,
                        COMPLETED_ON, "hsf-0042", 1, null)))
                .expectNoEvents()
                .expectException(rejected(INVALID, "count"))
                .expectExceptionMessage("a completion is either one person's (personRef) or a counted batch (count), "
                        + "not both");
    }

    @Test
    void aCompletionIsAPersonsOrABatch() {
        fixture.given(DEFINED)
                .whenInvoking(COURSE, course -> course.record(new RecordTrainingCompletion(GOTLAND, NCK, HEMTJANST,
                        COMPLETED_ON, null, null, null)))
                .expectNoEvents()
                .expectException(rejected(INVALID, "personRef"))
                .expectExceptionMessage("a completion needs the person's reference (personRef), or for a counted "
                        + "batch the count");
    }

    @Test
    void aCompletionIsDated() {
        fixture.given(DEFINED)
                .whenInvoking(COURSE, course -> course.record(new RecordTrainingCompletion(GOTLAND, NCK, HEMTJANST,
                        null, "hsf-0042", null, null)))
                .expectNoEvents()
                .expectException(rejected(INVALID, "completedOn"))
                .expectExceptionMessage("the date course nck-webbkurs was completed is required");
    }
}

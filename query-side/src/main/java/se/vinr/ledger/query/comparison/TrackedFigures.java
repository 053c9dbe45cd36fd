package se.vinr.ledger.query.comparison;

import org.springframework.stereotype.Component;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.plan.IndicatorSource;
import se.vinr.ledger.query.indicator.DerivedFigures;
import se.vinr.ledger.query.keyperson.KeyPersonFigures;
import se.vinr.ledger.query.meeting.MeetingFigures;
import se.vinr.ledger.query.screening.ScreeningFigures;
import se.vinr.ledger.query.training.TrainingFigures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedSet;

/**
 * The derived indicator figures, from the tracking read models: a few queries per call whatever the number of dates,
 * folded forward date by date. Each figure starts on the date of the first fact it counts (coverage: the first date
 * on which the headcount of every unit in scope is known); kinds other than these have no figures here.
 */
@Component
class TrackedFigures implements DerivedFigures {

    private final TrainingFigures training;
    private final KeyPersonFigures keyPersons;
    private final MeetingFigures meetings;
    private final ScreeningFigures screenings;

    TrackedFigures(TrainingFigures training, KeyPersonFigures keyPersons, MeetingFigures meetings,
                   ScreeningFigures screenings) {
        this.training = training;
        this.keyPersons = keyPersons;
        this.meetings = meetings;
        this.screenings = screenings;
    }

    @Override
    public Map<LocalDate, BigDecimal> valuesAt(MunicipalityId municipality, IndicatorSource source,
                                               SortedSet<LocalDate> dates, Instant knownAt) {
        return switch (source.kind()) {
            case TRAINING_COVERAGE -> source.courseCode() == null ? Map.of()
                    : training.coverageAt(municipality, source.courseCode(), source.department(), dates, knownAt);
            case TRAINING_COMPLETIONS ->
                    training.completionsAt(municipality, source.courseCode(), source.department(), dates, knownAt);
            case KEY_PERSON_COUNT -> keyPersons.countAt(municipality, source.department(), dates, knownAt);
            case KEY_PERSON_UNIT_COVERAGE ->
                    keyPersons.unitCoverageAt(municipality, source.department(), dates, knownAt);
            case MEETINGS_HELD -> source.seriesId() == null ? Map.of()
                    : meetings.heldAt(municipality, source.seriesId(), dates, knownAt);
            case SCREENINGS -> source.instrument() == null ? Map.of()
                    : screenings.screeningsAt(municipality, source.instrument(), source.department(), dates, knownAt);
            case MANUAL, COMPLIANCE, ACTIVITY_COMPLETION -> Map.of();
        };
    }
}

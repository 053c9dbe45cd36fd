package se.vinr.ledger.query.comparison;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.comparison.IndicatorComparison.KeyPersonsPer1000Staff;
import se.vinr.ledger.query.comparison.IndicatorComparison.MeetingsFigure;
import se.vinr.ledger.query.comparison.IndicatorComparison.MunicipalityFigures;
import se.vinr.ledger.query.comparison.IndicatorComparison.TrainingCoverageFigure;
import se.vinr.ledger.query.comparison.IndicatorComparison.UnitCoverageFigure;
import se.vinr.ledger.query.keyperson.KeyPersonCoverage;
import se.vinr.ledger.query.keyperson.KeyPersonFigures;
import se.vinr.ledger.query.keyperson.KeyPersonTotal;
import se.vinr.ledger.query.meeting.MeetingFigures;
import se.vinr.ledger.query.organisation.Municipalities;
import se.vinr.ledger.query.organisation.Staffing;
import se.vinr.ledger.query.training.TrainingFigures;

import java.util.List;

import static se.vinr.ledger.query.Tracking.perThousand;

@Component
class ComparisonQueryHandler {

    private final Municipalities municipalities;
    private final Staffing staffing;
    private final TrainingFigures training;
    private final KeyPersonFigures keyPersons;
    private final MeetingFigures meetings;

    ComparisonQueryHandler(Municipalities municipalities, Staffing staffing, TrainingFigures training,
                           KeyPersonFigures keyPersons, MeetingFigures meetings) {
        this.municipalities = municipalities;
        this.staffing = staffing;
        this.training = training;
        this.keyPersons = keyPersons;
        this.meetings = meetings;
    }

    @QueryHandler
    IndicatorComparison handle(FindIndicatorComparison query) {
        PointInTime at = query.at();
        return new IndicatorComparison(at.asOf(), at.knownAt(), municipalities.knownAt(at).stream()
                .map(municipality -> figures(new MunicipalityId(municipality.id()), municipality.name(), at))
                .toList());
    }

    private MunicipalityFigures figures(MunicipalityId municipalityId, String name, PointInTime at) {
        Long staff = staffing.staff(municipalityId, at);
        List<TrainingCoverageFigure> coverage = training.coverage(municipalityId, at).courses().stream()
                .map(course -> new TrainingCoverageFigure(course.courseCode(), course.title(),
                        course.total().coveragePercent(), course.total().completions(), course.total().headcount(),
                        at.asOf()))
                .toList();
        KeyPersonCoverage keyPersonCoverage = keyPersons.coverage(municipalityId, at);
        KeyPersonTotal total = keyPersonCoverage.keyPersons();
        KeyPersonsPer1000Staff perStaff = new KeyPersonsPer1000Staff(perThousand(total.count(), staff), total, staff,
                total.date());
        UnitCoverageFigure unitCoverage = new UnitCoverageFigure(keyPersonCoverage.counted().unitCoveragePercent(),
                keyPersonCoverage.counted().unitsWithKeyPerson(), keyPersonCoverage.counted().units(), at.asOf());
        List<MeetingsFigure> meetingFigures = meetings.overview(municipalityId, at).series().stream()
                .map(series -> {
                    var year = series.years().get(series.years().size() - 1);
                    return new MeetingsFigure(series.seriesId(), series.name(), year.year(), year.held(),
                            year.required(), year.met(), at.asOf());
                })
                .toList();
        return new MunicipalityFigures(municipalityId.value(), name, coverage, perStaff, unitCoverage,
                meetingFigures);
    }
}

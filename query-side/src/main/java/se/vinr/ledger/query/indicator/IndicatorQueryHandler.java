package se.vinr.ledger.query.indicator;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.vinr.ledger.events.plan.FollowUpReportSubmitted;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.plan.PlanFollowUp;
import se.vinr.ledger.query.plan.PlanFollowUps;

import java.util.List;

@Component
class IndicatorQueryHandler {

    private final PlanFollowUps plans;
    private final IndicatorBoard board;

    IndicatorQueryHandler(PlanFollowUps plans, IndicatorBoard board) {
        this.plans = plans;
        this.board = board;
    }

    @QueryHandler
    MunicipalityIndicators handle(FindIndicators query) {
        IndicatorBoard.SeriesRange range = new IndicatorBoard.SeriesRange(query.from(), query.to());
        List<PlanIndicators> indicators = plans.of(query.municipalityId(), query.planId(), query.at()).stream()
                .map(plan -> board.indicators(plan, range))
                .toList();
        return new MunicipalityIndicators(query.municipalityId().value(), query.at().asOf(), query.at().knownAt(),
                query.from(), query.to(), indicators);
    }

    @QueryHandler
    PlanFollowUpReports handle(FindFollowUpReports query) {
        PlanFollowUp plan = plans.of(query.municipalityId(), query.planId(), query.at()).get(0);
        List<FollowUpReportView> reports = plan.followUpReports().stream()
                .map(submitted -> {
                    FollowUpReportSubmitted report = submitted.report();
                    // the report is visible there, so the plan is too
                    PlanFollowUp asReported = plan.at(new PointInTime(report.date(), submitted.recordedAt()))
                            .orElseThrow();
                    return new FollowUpReportView(report.kind(), report.date(), report.revision(),
                            report.assessments(), submitted.recordedAt(), submitted.recordedBy(), submitted.source(),
                            board.indicators(asReported, null));
                })
                .toList();
        return new PlanFollowUpReports(query.municipalityId().value(), query.planId().value(), query.at().asOf(),
                query.at().knownAt(), reports);
    }
}

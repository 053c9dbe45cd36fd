package se.vinr.ledger.query.plan;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.Source;
import se.vinr.ledger.events.plan.ActivityStatusReported;
import se.vinr.ledger.events.plan.FollowUpReportSubmitted;
import se.vinr.ledger.events.plan.IndicatorValueRecorded;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.PlanEvent;
import se.vinr.ledger.query.PointInTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A plan as the follow-up views see it at a point in time: its summary, the revision follow-up referred to on any
 * date up to then, and the activity statuses, indicator values and follow-up reports visible then, in business
 * order. It keeps everything recorded for the plan, so that the plan can be seen again at another point in time
 * (a follow-up report's figures are those of its date as known when it was recorded).
 */
public final class PlanFollowUp {

    /** A revision of the plan with its content. */
    public record Revision(int number, PlanContent content) {
    }

    /** A follow-up report with who recorded it when, and where it was taken from. */
    public record Report(FollowUpReportSubmitted report, Instant recordedAt, String recordedBy, Source source) {
    }

    private final List<TimelineEntry> recorded;
    private final PointInTime at;
    private final PlanTimeline timeline;
    private final PlanFold fold;
    private final PlanDetails details;

    private PlanFollowUp(List<TimelineEntry> recorded, PointInTime at, PlanTimeline timeline) {
        this.recorded = recorded;
        this.at = at;
        this.timeline = timeline;
        this.fold = PlanFold.replay(timeline);
        this.details = fold.details(timeline.version(), at);
    }

    /** Empty when nothing of the plan is visible at {@code at}: it did not exist then. */
    static Optional<PlanFollowUp> of(List<TimelineEntry> recorded, PointInTime at) {
        PlanTimeline timeline = PlanTimeline.visibleAt(recorded, at);
        return timeline.isEmpty() ? Optional.empty() : Optional.of(new PlanFollowUp(recorded, at, timeline));
    }

    /** The same plan seen at another point in time; empty if it did not exist then. */
    public Optional<PlanFollowUp> at(PointInTime other) {
        return of(recorded, other);
    }

    public PointInTime at() {
        return at;
    }

    public MunicipalityId municipalityId() {
        return timeline.entries().get(0).event().municipalityId();
    }

    public PlanSummary summary() {
        return details.summary();
    }

    PlanDetails details() {
        return details;
    }

    /** The revision in force on the point in time's business date. */
    public Optional<Revision> revisionInForce() {
        return revisionInForceOn(at.asOf());
    }

    /** The revision in force on {@code date} (the latest adopted one, else the latest proposed one). */
    public Optional<Revision> revisionInForceOn(LocalDate date) {
        return fold.revisionInForceOn(date);
    }

    public List<ActivityStatusReported> activityStatuses() {
        return events(ActivityStatusReported.class);
    }

    public List<IndicatorValueRecorded> indicatorValues() {
        return events(IndicatorValueRecorded.class);
    }

    public List<Report> followUpReports() {
        return timeline.entries().stream()
                .filter(entry -> entry.event() instanceof FollowUpReportSubmitted)
                .map(entry -> new Report((FollowUpReportSubmitted) entry.event(), entry.recordedAt(),
                        entry.recordedBy(), entry.source()))
                .toList();
    }

    private <T extends PlanEvent> List<T> events(Class<T> type) {
        return timeline.entries().stream().map(TimelineEntry::event).filter(type::isInstance).map(type::cast).toList();
    }
}

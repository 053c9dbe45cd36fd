package se.vinr.ledger.query.plan;

/** How far the latest proposed revision (or the draft before any) has come on its way to adoption. */
public enum RevisionStage {
    DRAFT(PlanStatus.DRAFT),
    IN_CONSULTATION(PlanStatus.IN_CONSULTATION),
    REFERRED_BACK(PlanStatus.REFERRED_BACK),
    APPROVED(PlanStatus.APPROVED);

    private final PlanStatus status;

    RevisionStage(PlanStatus status) {
        this.status = status;
    }

    /** The plan's status while nothing has been adopted. */
    PlanStatus planStatus() {
        return status;
    }
}

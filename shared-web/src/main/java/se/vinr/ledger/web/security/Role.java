package se.vinr.ledger.web.security;

/**
 * What a user may do. Roles are granted per municipality ({@code gotland}, or {@code *} for all); ADMIN and
 * COMPARISON hold wherever they are granted, since neither belongs to one municipality.
 */
public enum Role {
    /** Reads the municipality's plans and views. */
    VIEWER,
    /** Records training, meetings, screenings, activity status and indicator values; reads too. */
    REPORTER,
    /** Drafts and revises plans, records consultations, decisions, transfers and follow-up reports; reads too. */
    PLAN_EDITOR,
    /** Registers units, key persons, courses and meeting series; reads too. */
    ORG_ADMIN,
    /** Reads the audit log and verifies it, read-only, for the municipalities granted. */
    AUDITOR,
    /** Reads the comparison of all municipalities, nothing else. */
    COMPARISON,
    /** Everything, including registering municipalities, imports and projection rebuilds. */
    ADMIN;

    /** The authority a grant of this role in a municipality ({@code *}: all) is carried as. */
    public String authority(String municipality) {
        return municipality + ":" + name();
    }
}

package se.vinr.ledger.query.keyperson;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/**
 * The one number of key persons to show for a date: the key persons registered one by one where any is active then,
 * else the latest total a document reports by then. Never the two added up.
 */
public record KeyPersonTotal(
        @Schema(description = "COUNTED (active on the date) or REPORTED (a document's total)") Basis basis,
        int count,
        @Schema(description = "The date the figure stands for: the asked date when counted, the document's date "
                + "when reported") LocalDate date) {

    /** Null only where nothing is counted or reported and zero should not be claimed ({@code claimZero} false). */
    static KeyPersonTotal of(int active, ReportedTotal latestReported, LocalDate date, boolean claimZero) {
        if (active > 0 || latestReported == null) {
            return active > 0 || claimZero ? new KeyPersonTotal(Basis.COUNTED, active, date) : null;
        }
        return new KeyPersonTotal(Basis.REPORTED, latestReported.count(), latestReported.asOf());
    }
}

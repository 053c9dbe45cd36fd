package se.vinr.ledger.query.training;

import se.vinr.ledger.query.TrackingLedger;

import static se.vinr.ledger.events.organisation.Operator.CONTRACTED;
import static se.vinr.ledger.events.organisation.Operator.OWN;
import static se.vinr.ledger.query.TrackingTest.GOTLAND;

/**
 * Three units in two departments, the NCK web course (500 SEK a certificate) and PATRIARK (no stimulus), completions
 * one by one and in counted batches, one of which names no unit. The counted batch of Visby is recorded last.
 */
public final class TrainingScenario {

    private TrainingScenario() {
    }

    public static void record(TrackingLedger ledger) {
        ledger.record(
                GOTLAND.unit("visby", "Hemtjänsten", OWN, 40),
                GOTLAND.unit("slite", "Hemtjänsten", CONTRACTED, 20),
                GOTLAND.unit("familjefrid", "IFO", OWN, null),
                GOTLAND.headcount("familjefrid", 10, "2023-01-01"),
                GOTLAND.headcount("visby", 50, "2023-06-01"),
                GOTLAND.course("nck-webbkurs", 500),
                GOTLAND.course("patriark", null),
                GOTLAND.completed("patriark", "familjefrid", "2022-12-01", "hsf-5"),
                GOTLAND.completed("nck-webbkurs", "familjefrid", "2023-02-01", "hsf-5"),
                GOTLAND.completed("nck-webbkurs", "visby", "2023-03-01", "hsf-1"),
                GOTLAND.completed("nck-webbkurs", "visby", "2023-03-15", "hsf-2"),
                GOTLAND.counted("nck-webbkurs", null, "2023-04-30", 20),
                GOTLAND.completed("nck-webbkurs", "slite", "2023-05-01", "hsf-4"),
                GOTLAND.completed("nck-webbkurs", "visby", "2023-07-01", "hsf-3"),
                GOTLAND.counted("nck-webbkurs", "visby", "2023-04-30", 10));
    }
}

package se.vinr.ledger.query.comparison;

import se.vinr.ledger.query.TrackingLedger;
import se.vinr.ledger.query.training.TrainingScenario;

import static se.vinr.ledger.events.screening.ScreeningInstrument.FREDA_KORTFRAGOR;
import static se.vinr.ledger.query.TrackingTest.GOTLAND;

/**
 * A year of tracking in Gotland on the units of the {@link TrainingScenario}: its training, key persons (a reported
 * total first, then counted ones), key-person meetings, and FREDA screenings with a correction recorded last.
 */
final class TrackingScenario {

    private TrackingScenario() {
    }

    static void record(TrackingLedger ledger) {
        TrainingScenario.record(ledger);
        ledger.record(
                GOTLAND.total(100, "2023-01-15", "gotland-delrapport-2023-05-15.txt"),
                GOTLAND.registered("kp-1", "visby", "2023-02-01"),
                GOTLAND.registered("kp-2", "familjefrid", "2023-03-01"),
                GOTLAND.deregistered("kp-1", "visby", "2023-08-31"),
                GOTLAND.registered("kp-3", "slite", "2023-10-01"),
                GOTLAND.series("nyckelpersonstraffar", 2),
                GOTLAND.meeting("nyckelpersonstraffar", "2022-11-10", 60, "struktur"),
                GOTLAND.meeting("nyckelpersonstraffar", "2023-05-11", 80, "uppstart av strukturen"),
                GOTLAND.meeting("nyckelpersonstraffar", "2023-11-09", null, "rutinarbete"),
                GOTLAND.screenings("visby", FREDA_KORTFRAGOR, "2022-10-01", "2022-12-31", 4),
                GOTLAND.screenings("visby", FREDA_KORTFRAGOR, "2023-01-01", "2023-03-31", 6),
                GOTLAND.screenings("familjefrid", FREDA_KORTFRAGOR, "2023-01-01", "2023-03-31", 30),
                GOTLAND.screenings("familjefrid", FREDA_KORTFRAGOR, "2023-04-01", "2023-06-30", 25),
                GOTLAND.screenings("familjefrid", FREDA_KORTFRAGOR, "2023-01-01", "2023-03-31", 35));
    }
}

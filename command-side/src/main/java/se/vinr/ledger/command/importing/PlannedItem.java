package se.vinr.ledger.command.importing;

import se.vinr.ledger.events.common.Source;

/**
 * One item of a data file turned into the command it sends. {@code key} names the item for good (the ledger
 * remembers it); {@code hash} is over its content, so a loaded item that was edited afterwards is recognised.
 */
record PlannedItem(String key, String path, String description, String hash, Object command, Source source) {

    ImportReport.Item report() {
        return new ImportReport.Item(path, command.getClass().getSimpleName(), description);
    }
}

package se.vinr.ledger.command.importing;

import java.util.List;

/**
 * What an import did, or with {@code dryRun} would do: the items it sent (or would send) as commands, how many
 * items of the file had been loaded before, and the items it cannot load (yet) with the reason.
 */
public record ImportReport(String file, String municipalityId, boolean dryRun, int alreadyLoaded,
                           List<Item> sent, List<ImportProblem> notLoadable) {

    /** One item of the file and the command it becomes. */
    public record Item(String path, String command, String description) {
    }
}

package se.vinr.ledger.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vinr.ledger.standalone.support.Console;
import se.vinr.ledger.standalone.support.Console.Run;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar vinr-ledger.jar import FILE [--dry-run]}: the command-line form of the importer. */
class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void aDryRunPrintsTheCommandsAndARealRunLoadsThemOnce() throws Exception {
        Path file = dir.resolve("exempelby.yaml");
        Files.writeString(file, ImportApiSpec.file("exempelby"));
        String dataDir = "--vinr.data-dir=" + dir.resolve("data");

        Run dryRun = run("import", file.toString(), "--dry-run", dataDir);
        Run load = run("import", file.toString(), dataDir);
        Run again = run("import", file.toString(), dataDir);

        assertThat(dryRun.exitCode()).isZero();
        assertThat(dryRun.out()).contains("\"dryRun\" : true", "RegisterMunicipality", "RecordPlanDecision");
        assertThat(load.exitCode()).isZero();
        assertThat(load.out()).contains("\"dryRun\" : false", "plans[0].history[1].decision");
        assertThat(again.out()).contains("\"alreadyLoaded\" : 5", "\"sent\" : [ ]");
    }

    @Test
    void aBrokenFileExitsWithItsProblems() throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, ImportApiSpec.file("exempelby").replace("operator: OWN", "operator: PRIVATE"));

        Run run = run("import", file.toString(), "--vinr.data-dir=" + dir.resolve("data"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("units[0].operator");
    }

    private static Run run(String... args) throws Exception {
        return Console.capture(() -> ImportCommand.run(args));
    }
}

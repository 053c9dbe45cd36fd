package se.vinr.ledger.services;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the crash test anyone can run ({@code java deploy/CrashTest.java}, see the README) on the jars the build made:
 * {@code kill -9} of the process taking writes mid-load and of the one running a rebuild midway, then everything
 * answered is stored once, the views and a clean rebuild agree, and the hash chain verifies. On PostgreSQL, the
 * event store and the Idempotency-Keys are also counted in the database itself.
 */
class CrashSafetyTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("vinr.repository.dir", "../.."));
    private static final int CLIENTS = 4;
    private static final int WRITES = 100;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theStandaloneJarKilledMidLoadAndMidRebuildLosesAndRepeatsNothing() throws Exception {
        List<String> output = crashTest("standalone", "--jar", jar("standalone"));

        assertThat(output).last().isEqualTo("PASS");
    }

    @Test
    @EnabledIf(value = "se.vinr.ledger.services.TestDatabase#available",
            disabledReason = "no PostgreSQL: set VINR_TEST_POSTGRES_URL or run Docker")
    void theServicesKilledMidLoadAndMidRebuildLoseAndRepeatNothing() throws Exception {
        TestDatabase db = TestDatabase.get();
        String commandSchema = TestDatabase.newSchemaName("crash_cmd");
        String querySchema = TestDatabase.newSchemaName("crash_qry");
        try {
            List<String> output = crashTest("services", "--command-jar", jar("command-side"), "--query-jar",
                    jar("query-side"), "--db-url", db.url(), "--db-user", db.user(), "--db-password", db.password(),
                    "--command-schema", commandSchema, "--query-schema", querySchema);

            assertThat(output).last().isEqualTo("PASS");
            String keys = "crash-" + run + "-%";
            assertThat(db.jdbc().sql("SELECT COUNT(*), COUNT(DISTINCT correlation) FROM (SELECT CAST(convert_from("
                            + "metaData, 'UTF8') AS jsonb) ->> 'correlationId' AS correlation FROM " + commandSchema
                            + ".DomainEventEntry) events WHERE correlation LIKE ?").param(keys)
                    .query((row, i) -> List.of(row.getLong(1), row.getLong(2))).single())
                    .as("events of the load in the store, and distinct writes among them")
                    .containsExactly((long) CLIENTS * WRITES, (long) CLIENTS * WRITES);
            assertThat(db.jdbc().sql("SELECT COUNT(*) FROM " + commandSchema + ".idempotency_key WHERE idem_key LIKE ?")
                    .param(keys).query(Long.class).single()).isEqualTo(CLIENTS * WRITES);
        } finally {
            db.dropSchema(querySchema);
            db.dropSchema(commandSchema);
        }
    }

    /** Runs the script in a JVM of its own; its output is printed and kept under target/crash-test. */
    private List<String> crashTest(String mode, String... options) throws IOException, InterruptedException {
        Path workDir = Files.createDirectories(Path.of("target", "crash-test", mode + "-" + run));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                REPOSITORY.resolve("deploy/CrashTest.java").toString(), mode,
                "--run", run, "--clients", String.valueOf(CLIENTS), "--writes", String.valueOf(WRITES),
                "--work-dir", workDir.toAbsolutePath().toString()));
        command.addAll(List.of(options));
        Path log = workDir.resolve("crash-test.out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(12, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        List<String> output = Files.readAllLines(log);
        output.forEach(System.out::println);
        assertThat(finished).as("the crash test finished within 12 minutes").isTrue();
        assertThat(process.exitValue()).as(String.join("\n", output)).isZero();
        return output;
    }

    private static String jar(String module) {
        String jar = System.getProperty("vinr." + module + ".jar");
        assertThat(jar).as("the build names the " + module + " jar (system property vinr." + module + ".jar)")
                .isNotNull();
        assertThat(Path.of(jar)).as("build the reactor (./mvnw -B verify), not this module alone").isRegularFile();
        return jar;
    }
}

package se.vinr.ledger.services;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The profile {@code axonserver}: the command service and the query service as separate processes that share no
 * database table, cooperating through Axon Server (events, commands and queries all routed through it) while each
 * keeps its own tables in PostgreSQL. Needs Docker (Axon Server and PostgreSQL in containers); skipped without it.
 */
@Testcontainers(disabledWithoutDocker = true)
class AxonServerDeploymentTest {

    /**
     * Pinned, as in deploy/compose.yaml and deploy/k8s (DeployFilesTest keeps them equal): a moving tag would put
     * another server under the same test.
     */
    static final String AXON_SERVER_IMAGE = "axoniq/axonserver:2024.2.3";
    static final String POSTGRES_IMAGE = "postgres:15";

    @Container
    static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>(POSTGRES_IMAGE);
    @Container
    static final GenericContainer<?> AXON_SERVER = new GenericContainer<>(AXON_SERVER_IMAGE)
            // a single node that creates its default context itself, no cluster set-up
            .withEnv("AXONIQ_AXONSERVER_STANDALONE", "true")
            .withEnv("AXONIQ_AXONSERVER_DEVMODE_ENABLED", "true")
            .withExposedPorts(8024, 8124)
            .waitingFor(Wait.forHttp("/actuator/health").forPort(8024).forStatusCode(200))
            .withStartupTimeout(Duration.ofMinutes(3));

    private static ServiceProcess command;
    private static ServiceProcess query;
    private final Api api = new Api();
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void startServices() throws Exception {
        List<String> settings = List.of("--spring.profiles.active=axonserver",
                "--axon.axonserver.servers=" + AXON_SERVER.getHost() + ":" + AXON_SERVER.getMappedPort(8124),
                "--spring.datasource.url=" + POSTGRES.getJdbcUrl(),
                "--spring.datasource.username=" + POSTGRES.getUsername(),
                "--spring.datasource.password=" + POSTGRES.getPassword(),
                "--vinr.security.mode=basic",
                "--vinr.security.admin-password=" + Api.ADMIN_PASSWORD);
        command = ServiceProcess.of("axon-command", "command-side", settings).launch();
        query = ServiceProcess.of("axon-query", "query-side", settings).launch();
        command.awaitReady();
        query.awaitReady();
    }

    @AfterAll
    static void stopServices() throws Exception {
        for (ServiceProcess service : Stream.of(command, query).filter(s -> s != null).toList()) {
            service.stop();
        }
    }

    @Test
    void commandsSentToTheCommandServiceAreReadFromTheQueryServiceThroughAxonServer() throws Exception {
        String municipality = "axon-" + run;
        assertThat(api.send("PUT", command.url("/api/municipalities/" + municipality),
                Api.municipality(municipality)).statusCode()).isEqualTo(201);
        assertThat(api.send("POST", command.url("/api/municipalities/" + municipality + "/units"), Api.unit("u1"))
                .statusCode()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(query.url("/api/municipalities")).body()
                .contains("\"id\":\"" + municipality + "\""));
        // the read model is the query service's own: a query handled through Axon Server finds no plan (404)
        HttpResponse<String> noPlan = api.get(query.url("/api/municipalities/" + municipality + "/plans/none"));
        assertThat(noPlan.statusCode()).isEqualTo(404);
        assertThat(Api.parse(noPlan.body()).path("type").asText()).isEqualTo("urn:vinr:problem:not-found");
    }

    @Test
    void refusalsHandledOnTheOtherSideOfAxonServerKeepTheirStatus() throws Exception {
        String municipality = "refused-" + run;
        assertThat(api.send("PUT", command.url("/api/municipalities/" + municipality),
                Api.municipality(municipality)).statusCode()).isEqualTo(201);

        HttpResponse<String> conflict = api.send("PUT", command.url("/api/municipalities/" + municipality),
                """
                        {"name": "Another name", "municipalityCode": "0999"}""");
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(Api.parse(conflict.body()).path("type").asText()).isEqualTo("urn:vinr:problem:conflict");

        HttpResponse<String> unknownUnit = api.send("PUT", command.url("/api/municipalities/" + municipality
                + "/units/u9/headcount"), """
                {"headcount": 3, "asOf": "2024-01-01"}""");
        assertThat(unknownUnit.statusCode()).isEqualTo(404);
        assertThat(Api.parse(unknownUnit.body()).path("errors").get(0).path("field").asText()).isEqualTo("unitId");

        HttpResponse<String> stale = api.send("POST", command.url("/api/municipalities/" + municipality + "/units"),
                Api.unit("u2"), "If-Match", "\"7\"");
        assertThat(stale.statusCode()).isEqualTo(409);
    }
}

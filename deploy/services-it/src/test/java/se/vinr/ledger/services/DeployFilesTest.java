package se.vinr.ledger.services;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files that deploy the services (deploy/compose.yaml, deploy/kustomization.yaml, deploy/k8s/, the nginx
 * routing) cannot be run here, so they are checked against what the services really are: every file parses, ports
 * and probes are the services' own, and every setting they pass in the environment is one the services read.
 */
class DeployFilesTest {

    private static final Path DEPLOY = Path.of(System.getProperty("vinr.deploy.dir", ".."));
    private static final Path REPOSITORY = Path.of(System.getProperty("vinr.repository.dir", "../.."));
    private static final Map<String, Path> SERVICE_CONFIGURATION = Map.of(
            "command-side", REPOSITORY.resolve("command-side/src/main/resources/application-command-side.yml"),
            "query-side", REPOSITORY.resolve("query-side/src/main/resources/application-query-side.yml"));
    private static final Path SHARED_CONFIGURATION = REPOSITORY.resolve("shared-web/src/main/resources/vinr-service.yml");
    /** Read by name rather than bound as a property (see VinrSecurityAutoConfiguration). */
    private static final Set<String> READ_VERBATIM = Set.of("VINR_ADMIN_PASSWORD", "AXONIQ_UPDATE_CHECKER_DISABLED");

    @Test
    void everyDeploymentFileParses() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DEPLOY, 2)) {
            files = walk.filter(f -> f.toString().endsWith(".yaml") && !f.toString().contains("target")).toList();
        }
        assertThat(files).extracting(f -> DEPLOY.relativize(f).toString().replace('\\', '/'))
                .contains("compose.yaml", "kustomization.yaml", "k8s/command-side.yaml", "k8s/query-side.yaml",
                        "k8s/config.yaml", "k8s/ingress.yaml", "k8s/router.yaml");
        for (Path file : files) {
            assertThat(documents(file)).as(file.toString()).isNotEmpty().doesNotContainNull();
        }
    }

    @Test
    void kubernetesRunsEachServiceOnItsPortWithItsProbesAndRequests() throws IOException {
        for (String service : SERVICE_CONFIGURATION.keySet()) {
            int port = serverPort(service);
            Map<String, Object> deployment = kind(DEPLOY.resolve("k8s/" + service + ".yaml"), "Deployment");
            Map<String, Object> container = map(list(map(map(map(deployment, "spec"), "template"), "spec"),
                    "containers").get(0));
            assertThat(map(list(container, "ports").get(0)).get("containerPort")).as(service).isEqualTo(port);
            assertThat(map(map(container, "readinessProbe"), "httpGet").get("path"))
                    .isEqualTo("/actuator/health/readiness");
            assertThat(map(map(container, "livenessProbe"), "httpGet").get("path"))
                    .isEqualTo("/actuator/health/liveness");
            assertThat(map(map(container, "resources"), "requests")).containsKeys("cpu", "memory");
            assertThat(map(deployment, "spec").get("replicas")).isEqualTo(2);
            Map<String, Object> kubernetesService = kind(DEPLOY.resolve("k8s/" + service + ".yaml"), "Service");
            assertThat(map(list(map(kubernetesService, "spec"), "ports").get(0)).get("port")).isEqualTo(port);
        }
        Map<String, Object> kustomization = documents(DEPLOY.resolve("kustomization.yaml")).get(0);
        try (Stream<Path> manifests = Files.list(DEPLOY.resolve("k8s"))) {
            assertThat(list(kustomization, "resources")).containsExactlyInAnyOrderElementsOf(
                    manifests.map(f -> "k8s/" + f.getFileName()).toList());
        }
    }

    @Test
    void composeRunsTwoOfEachServiceBehindTheRouterOnTheirPorts() throws IOException {
        Map<String, Object> services = map(documents(DEPLOY.resolve("compose.yaml")).get(0), "services");
        assertThat(services).containsKeys("postgres", "axonserver", "command-side", "query-side", "proxy");
        String nginx = Files.readString(DEPLOY.resolve("nginx/nginx.conf"));
        for (String service : SERVICE_CONFIGURATION.keySet()) {
            int port = serverPort(service);
            Map<String, Object> compose = map(services, service);
            assertThat(map(compose, "deploy").get("replicas")).isEqualTo(2);
            assertThat(map(map(compose, "build"), "args")).containsEntry("SERVICE", service)
                    .containsEntry("PORT", String.valueOf(port));
            assertThat(nginx).contains("server " + service + ":" + port);
        }
        assertThat(nginx).contains("GET query_side;").contains("default command_side;");
    }

    @Test
    void composeKubernetesAndTheAxonServerTestRunTheSamePinnedImages() throws IOException {
        Map<String, Object> services = map(documents(DEPLOY.resolve("compose.yaml")).get(0), "services");
        assertThat(map(services, "axonserver").get("image")).isEqualTo(AxonServerDeploymentTest.AXON_SERVER_IMAGE);
        assertThat(map(services, "postgres").get("image")).isEqualTo(AxonServerDeploymentTest.POSTGRES_IMAGE);
        assertThat(Files.readString(DEPLOY.resolve("k8s/axonserver.yaml")))
                .contains("image: " + AxonServerDeploymentTest.AXON_SERVER_IMAGE);
        assertThat(Files.readString(DEPLOY.resolve("k8s/postgres.yaml")))
                .contains("image: " + AxonServerDeploymentTest.POSTGRES_IMAGE);
    }

    @Test
    void everySettingPassedToTheServicesIsOneTheyRead() throws IOException {
        Set<String> properties = new HashSet<>();
        for (Path configuration : Stream.concat(SERVICE_CONFIGURATION.values().stream(),
                Stream.of(SHARED_CONFIGURATION)).toList()) {
            for (Map<String, Object> document : documents(configuration)) {
                flatten("", document, properties);
            }
        }
        Map<String, Object> compose = documents(DEPLOY.resolve("compose.yaml")).get(0);
        Set<String> variables = new HashSet<>(map(compose, "x-service-environment").keySet());
        variables.addAll(map(kind(DEPLOY.resolve("k8s/config.yaml"), "ConfigMap"), "data").keySet());
        variables.addAll(map(kind(DEPLOY.resolve("k8s/config.yaml"), "Secret"), "stringData").keySet());

        assertThat(variables).contains("SPRING_PROFILES_ACTIVE", "SPRING_DATASOURCE_URL", "AXON_AXONSERVER_SERVERS",
                "VINR_DB_COMMAND_SCHEMA", "VINR_DB_QUERY_SCHEMA", "VINR_SECURITY_MODE", "VINR_ADMIN_PASSWORD");
        variables.stream()
                .filter(variable -> variable.startsWith("VINR_") || variable.startsWith("AXON_"))
                .filter(variable -> !READ_VERBATIM.contains(variable))
                .forEach(variable -> assertThat(properties).as(variable + " binds no property of the services")
                        .contains(relaxed(variable)));
    }

    /** A property name or environment variable as Spring's relaxed binding compares them: no separators. */
    private static String relaxed(String name) {
        return name.toLowerCase().replaceAll("[._-]", "");
    }

    private static void flatten(String prefix, Map<String, Object> document, Set<String> keys) {
        document.forEach((key, value) -> {
            String path = prefix + key;
            if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> children = (Map<String, Object>) nested;
                flatten(path + ".", children, keys);
            } else {
                keys.add(relaxed(path));
            }
        });
    }

    private static int serverPort(String service) throws IOException {
        return (Integer) map(documents(SERVICE_CONFIGURATION.get(service)).get(0), "server").get("port");
    }

    private static Map<String, Object> kind(Path file, String kind) throws IOException {
        return documents(file).stream().filter(d -> kind.equals(d.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + file));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(Files.readString(file))) {
            documents.add((Map<String, Object>) document);
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object parent, String key) {
        Object value = ((Map<String, Object>) parent).get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}

package org.chronicle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ConnectionString;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chronicle.launcher.PlatformSettings.Service;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * infra/docker-compose.yml has no Docker here to run it (.ci/run checks it against the Compose schema with dclint);
 * here it must agree with the launcher: a three-member replica set, two instances of every service on the launcher's
 * ports, a gateway that knows every instance, only the gateway, Prometheus and Grafana published, and Prometheus
 * scraping every instance.
 */
class ComposeFileTest {

    /** Instances per service in the compose file. */
    static final int INSTANCES = 2;
    static final int GATEWAY_MANAGEMENT_PORT = 9080;
    /** The gateway's variables naming where each service is. */
    static final Map<String, Service> GATEWAY_URI_VARIABLES = Map.of("ARTICLE_SERVICE_URI", Service.ARTICLE,
            "ENTITY_SERVICE_URI", Service.ENTITY, "TIMELINE_SERVICE_URI", Service.TIMELINE);

    @SuppressWarnings("unchecked")
    @Test
    void composeRunsTwoInstancesOfEveryServiceAgainstAThreeMemberReplicaSet() throws Exception {
        Map<String, Map<String, Object>> services = services();
        List<String> members = List.of("mongo-1:27017", "mongo-2:27017", "mongo-3:27017");
        for (String member : members) {
            Map<String, Object> mongo = services.get(member.substring(0, member.indexOf(':')));
            assertThat(mongo).as(member).isNotNull();
            assertThat((String) mongo.get("image")).startsWith("mongo:");
            assertThat((List<String>) mongo.get("command")).containsSequence("--replSet", "rs0");
        }
        // the first member's health check initiates the set with all three members
        String initiate = String.join(" ", (List<String>) ((Map<String, Object>) services.get("mongo-1").get("healthcheck")).get("test"));
        assertThat(initiate).contains("rs.initiate", "_id: 'rs0'");
        members.forEach(member -> assertThat(initiate).contains("host: '" + member + "'"));

        for (Service service : Service.values()) {
            if (service == Service.GATEWAY) {
                continue;
            }
            assertThat(services).as("one compose service per instance, no plain " + service.artifact())
                    .doesNotContainKey(service.artifact());
            for (String instance : instances(service)) {
                Map<String, Object> definition = services.get(instance);
                assertThat(definition).as(instance).isNotNull();
                assertThat((List<String>) definition.get("command"))
                        .contains("/app/" + service.artifact() + ".jar", "--server.port=" + service.defaultPort);
                Map<String, Object> environment = (Map<String, Object>) definition.get("environment");
                assertThat(environment).as(instance).containsEntry("CHRONICLE_BIND_ADDRESS", "0.0.0.0")
                        .containsEntry("HEALTH_PORT", String.valueOf(service.defaultPort));
                assertReplicaSetUri((String) environment.get("MONGODB_URI"), members);
                assertReadinessCheck(definition);
            }
        }

        Map<String, Object> gateway = services.get("gateway");
        assertThat((List<String>) gateway.get("command")).contains("/app/gateway.jar", "--server.port=" + Service.GATEWAY.defaultPort);
        Map<String, Object> gatewayEnvironment = (Map<String, Object>) gateway.get("environment");
        assertThat(gatewayEnvironment).containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(GATEWAY_MANAGEMENT_PORT))
                .containsEntry("HEALTH_PORT", String.valueOf(GATEWAY_MANAGEMENT_PORT));
        assertReadinessCheck(gateway);
        List<String> dependencies = new ArrayList<>(((Map<String, Object>) gateway.get("depends_on")).keySet());
        GATEWAY_URI_VARIABLES.forEach((variable, service) -> {
            List<String> expected = instances(service).stream().map(instance -> "http://" + instance + ":" + service.defaultPort).toList();
            assertThat(Arrays.stream(((String) gatewayEnvironment.get(variable)).split(",")).map(String::trim))
                    .as(variable + " lists every instance").containsExactlyElementsOf(expected);
            assertThat(dependencies).containsAll(instances(service));
        });
        assertThat(((Map<String, Object>) services.get("seeder").get("environment")).get("CHRONICLE_GATEWAY_URL"))
                .isEqualTo("http://gateway:" + Service.GATEWAY.defaultPort);

        // published: the gateway's API port and the two monitoring UIs on this host; no service, no store, no actuator
        Map<String, List<String>> published = new TreeMap<>();
        services.forEach((name, definition) -> {
            if (definition.containsKey("ports")) {
                published.put(name, (List<String>) definition.get("ports"));
            }
        });
        assertThat(published).containsOnlyKeys("gateway", "prometheus", "grafana");
        assertThat(published.get("gateway")).containsExactly("0.0.0.0:8080:" + Service.GATEWAY.defaultPort);
        assertThat(published.get("prometheus")).containsExactly("127.0.0.1:9090:9090");
        assertThat(published.get("grafana")).containsExactly("127.0.0.1:3000:3000");
    }

    @SuppressWarnings("unchecked")
    @Test
    void prometheusScrapesEveryInstanceAndGrafanaIsProvisioned() throws Exception {
        Map<String, Map<String, Object>> services = services();
        Map<String, Object> prometheus = services.get("prometheus");
        assertThat(prometheus).as("prometheus service").isNotNull();
        assertThat((String) prometheus.get("image")).startsWith("prom/prometheus");
        assertThat((List<String>) prometheus.get("volumes")).anyMatch(v -> v.startsWith("./prometheus:/etc/prometheus"));
        Map<String, Object> grafana = services.get("grafana");
        assertThat(grafana).as("grafana service").isNotNull();
        assertThat((String) grafana.get("image")).startsWith("grafana/grafana");
        assertThat((List<String>) grafana.get("volumes")).anyMatch(v -> v.startsWith("./grafana/provisioning:/etc/grafana/provisioning"))
                .anyMatch(v -> v.startsWith("./grafana/dashboards:/var/lib/grafana/dashboards"));
        assertThat((Map<String, Object>) grafana.get("environment")).containsEntry("GF_AUTH_ANONYMOUS_ENABLED", "true")
                .containsEntry("GF_AUTH_ANONYMOUS_ORG_ROLE", "Viewer");

        // the scrape targets are exactly the compose instances on the launcher's ports, and the gateway's management
        // port: no drift either way
        Map<String, Object> config = yaml(Path.of("..", "infra", "prometheus", "prometheus.yml"));
        assertThat((List<String>) config.get("rule_files")).containsExactly("alerts.yml");
        List<String> targets = new ArrayList<>();
        for (Map<String, Object> job : (List<Map<String, Object>>) config.get("scrape_configs")) {
            assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
            for (Map<String, Object> staticConfig : (List<Map<String, Object>>) job.get("static_configs")) {
                targets.addAll((List<String>) staticConfig.get("targets"));
            }
        }
        List<String> expected = new ArrayList<>(List.of("gateway:" + GATEWAY_MANAGEMENT_PORT));
        for (Service service : Service.values()) {
            if (service != Service.GATEWAY) {
                instances(service).forEach(instance -> expected.add(instance + ":" + service.defaultPort));
            }
        }
        expected.forEach(target -> assertThat(services).containsKey(target.substring(0, target.indexOf(':'))));
        assertThat(targets).containsExactlyInAnyOrderElementsOf(expected);
        // Prometheus reaches the gateway's metrics from inside the network, so that network must be allowed
        Map<String, Object> gatewayEnvironment = (Map<String, Object>) services.get("gateway").get("environment");
        assertThat((String) gatewayEnvironment.get("CHRONICLE_METRICS_ALLOWED_NETWORKS")).contains("172.16.0.0/12");

        Map<String, Object> datasources = yaml(Path.of("..", "infra", "grafana", "provisioning", "datasources", "prometheus.yml"));
        Map<String, Object> datasource = ((List<Map<String, Object>>) datasources.get("datasources")).get(0);
        assertThat(datasource.get("url")).isEqualTo("http://prometheus:9090");
        Map<String, Object> providers = yaml(Path.of("..", "infra", "grafana", "provisioning", "dashboards", "chronicle.yml"));
        Map<String, Object> provider = ((List<Map<String, Object>>) providers.get("providers")).get(0);
        assertThat(((Map<String, Object>) provider.get("options")).get("path")).isEqualTo("/var/lib/grafana/dashboards");
        // every panel of every dashboard queries the provisioned datasource by its uid
        for (String file : List.of("overview.json", "timeline.json")) {
            JsonNode dashboard = new ObjectMapper().readTree(Path.of("..", "infra", "grafana", "dashboards", file).toFile());
            assertThat(dashboard.path("panels").size()).as(file).isPositive();
            for (JsonNode panel : dashboard.path("panels")) {
                assertThat(panel.path("datasource").path("uid").asText()).as(file).isEqualTo(datasource.get("uid"));
                assertThat(panel.path("targets").size()).as(file + " " + panel.path("title")).isPositive();
                panel.path("targets").forEach(t -> assertThat(t.path("expr").asText()).isNotBlank());
            }
        }
    }

    /**
     * What "settable by URI" means for a replica set, read the way the services' MongoDB driver reads it: majority
     * writes (an acknowledged event survives a failover), majority reads (a projection never sees an event that can
     * be rolled back), retryable writes, and every member in the seed list.
     */
    static void assertReplicaSetUri(String uri, List<String> members) {
        ConnectionString connection = new ConnectionString(uri);
        assertThat(connection.getHosts()).as(uri).containsExactlyElementsOf(members);
        assertThat(connection.getRequiredReplicaSetName()).as(uri).isEqualTo("rs0");
        assertThat(connection.getDatabase()).as(uri).isEqualTo("chronicle");
        assertThat(connection.getWriteConcern()).as(uri).isEqualTo(WriteConcern.MAJORITY);
        assertThat(connection.getReadConcern()).as(uri).isEqualTo(ReadConcern.MAJORITY);
        assertThat(connection.getRetryWritesValue()).as(uri).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static void assertReadinessCheck(Map<String, Object> definition) {
        List<String> test = (List<String>) ((Map<String, Object>) definition.get("healthcheck")).get("test");
        assertThat(String.join(" ", test)).contains("http://localhost:$${HEALTH_PORT}/actuator/health/readiness");
    }

    static List<String> instances(Service service) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= INSTANCES; i++) {
            names.add(service.artifact() + "-" + i);
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws Exception {
        return (Map<String, Map<String, Object>>) yaml(Path.of("..", "infra", "docker-compose.yml")).get("services");
    }

    static Map<String, Object> yaml(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file)) {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(50);
            return new Yaml(options).load(reader);
        }
    }
}

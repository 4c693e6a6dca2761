package org.chronicle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronicle.launcher.PlatformSettings.Service;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * infra/docker-compose.yml has no Docker here to run it; at least it parses and agrees with the launcher, and Prometheus
 * and Grafana are wired to it.
 */
class ComposeFileTest {

    @SuppressWarnings("unchecked")
    @Test
    void composeRunsEveryServiceOnTheLaunchersPortsAgainstAReplicaSet() throws Exception {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(Path.of("..", "infra", "docker-compose.yml"))) {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(50);
            compose = new Yaml(options).load(reader);
        }
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        for (Service service : Service.values()) {
            Map<String, Object> definition = services.get(service.artifact());
            assertThat(definition).as(service.artifact()).isNotNull();
            List<String> command = (List<String>) definition.get("command");
            assertThat(command).contains("/app/" + service.artifact() + ".jar", "--server.port=" + service.defaultPort);
            Map<String, Object> environment = (Map<String, Object>) definition.get("environment");
            assertThat((String) environment.get("MONGODB_URI")).contains("replicaSet=rs0", "w=majority");
        }
        Map<String, Object> gatewayEnvironment = (Map<String, Object>) services.get("gateway").get("environment");
        assertThat(gatewayEnvironment.get("ARTICLE_SERVICE_URI")).isEqualTo("http://article-service:" + Service.ARTICLE.defaultPort);
        assertThat(gatewayEnvironment.get("ENTITY_SERVICE_URI")).isEqualTo("http://entity-service:" + Service.ENTITY.defaultPort);
        assertThat(gatewayEnvironment.get("TIMELINE_SERVICE_URI")).isEqualTo("http://timeline-service:" + Service.TIMELINE.defaultPort);
        assertThat((List<String>) services.get("mongo").get("command")).contains("--replSet");
    }

    @SuppressWarnings("unchecked")
    @Test
    void prometheusScrapesEveryComposeServiceAndGrafanaIsProvisioned() throws Exception {
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose().get("services");
        Map<String, Object> prometheus = services.get("prometheus");
        assertThat(prometheus).as("prometheus service").isNotNull();
        assertThat((String) prometheus.get("image")).startsWith("prom/prometheus");
        assertThat((List<String>) prometheus.get("ports")).contains("9090:9090");
        assertThat((List<String>) prometheus.get("volumes")).anyMatch(v -> v.startsWith("./prometheus:/etc/prometheus"));
        Map<String, Object> grafana = services.get("grafana");
        assertThat(grafana).as("grafana service").isNotNull();
        assertThat((String) grafana.get("image")).startsWith("grafana/grafana");
        assertThat((List<String>) grafana.get("ports")).contains("3000:3000");
        assertThat((List<String>) grafana.get("volumes")).anyMatch(v -> v.startsWith("./grafana/provisioning:/etc/grafana/provisioning"))
                .anyMatch(v -> v.startsWith("./grafana/dashboards:/var/lib/grafana/dashboards"));
        assertThat((Map<String, Object>) grafana.get("environment")).containsEntry("GF_AUTH_ANONYMOUS_ENABLED", "true")
                .containsEntry("GF_AUTH_ANONYMOUS_ORG_ROLE", "Viewer");

        // the scrape targets are exactly the compose services on the launcher's ports: no drift either way
        Map<String, Object> config = yaml(Path.of("..", "infra", "prometheus", "prometheus.yml"));
        assertThat((List<String>) config.get("rule_files")).containsExactly("alerts.yml");
        List<String> targets = new ArrayList<>();
        for (Map<String, Object> job : (List<Map<String, Object>>) config.get("scrape_configs")) {
            assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
            for (Map<String, Object> staticConfig : (List<Map<String, Object>>) job.get("static_configs")) {
                targets.addAll((List<String>) staticConfig.get("targets"));
            }
        }
        List<String> expected = new ArrayList<>();
        for (Service service : Service.values()) {
            assertThat(services).containsKey(service.artifact());
            expected.add(service.artifact() + ":" + service.defaultPort);
        }
        assertThat(targets).containsExactlyInAnyOrderElementsOf(expected);

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

    private static Map<String, Object> compose() throws Exception {
        return yaml(Path.of("..", "infra", "docker-compose.yml"));
    }

    private static Map<String, Object> yaml(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file)) {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(50);
            return new Yaml(options).load(reader);
        }
    }
}

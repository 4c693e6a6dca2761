package org.chronicle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chronicle.launcher.PlatformSettings.Service;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** infra/docker-compose.yml has no Docker here to run it; at least it parses and agrees with the launcher. */
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
}

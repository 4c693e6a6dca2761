package org.chronicle.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.gson.Gson;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chronicle.launcher.PlatformSettings.Service;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * infra/k8s has no cluster here to be applied to. Every document is read by the official Kubernetes Java client's
 * models, which refuse unknown fields, missing required fields and wrong types (what kubeconform's strict mode checks
 * against the API schema); then the manifests must hold together and agree with the launcher: selectors, ports,
 * probes, resources, disruption budgets, secrets and the MongoDB URI.
 */
class KubernetesManifestsTest {

    static final Path K8S = Path.of("..", "infra", "k8s");
    static final String NAMESPACE = "chronicle";
    static final int GATEWAY_MANAGEMENT_PORT = ComposeFileTest.GATEWAY_MANAGEMENT_PORT;
    /** Secrets an operator creates by hand (never in these files); infra/README.md must say how. */
    static final Map<String, String> USER_SECRETS = Map.of("chronicle-api-keys", "CHRONICLE_API_KEYS");

    private interface Model {
        Object read(String json) throws IOException;
    }

    private static final Map<String, Model> MODELS = Map.of(
            "v1/Namespace", V1Namespace::fromJson,
            "v1/ConfigMap", V1ConfigMap::fromJson,
            "v1/Secret", V1Secret::fromJson,
            "v1/Service", V1Service::fromJson,
            "apps/v1/Deployment", V1Deployment::fromJson,
            "apps/v1/StatefulSet", V1StatefulSet::fromJson,
            "batch/v1/Job", V1Job::fromJson,
            "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget::fromJson);

    private static final List<Object> OBJECTS = new ArrayList<>();

    @BeforeAll
    static void readEveryManifest() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(K8S)) {
            files = walk.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("kustomization.yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file)) {
                for (Object document : new Yaml().loadAll(reader)) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> fields = (Map<String, Object>) document;
                    String type = fields.get("apiVersion") + "/" + fields.get("kind");
                    Model model = MODELS.get(type);
                    if (model == null) {
                        fail(file + ": no model for " + type + "; add it to KubernetesManifestsTest.MODELS");
                    }
                    try {
                        OBJECTS.add(model.read(new Gson().toJson(document)));
                    } catch (RuntimeException | IOException e) {
                        fail(file + ": not a valid " + type + ": " + e.getMessage());
                    }
                }
            }
        }
    }

    @Test
    void everyObjectIsNamedInTheNamespaceAndEveryFileIsInItsKustomization() throws Exception {
        for (Object object : OBJECTS) {
            V1ObjectMeta metadata = metadata(object);
            assertThat(metadata.getName()).as(object.getClass().getSimpleName()).isNotBlank();
            if (!(object instanceof V1Namespace)) {
                assertThat(metadata.getNamespace()).as(metadata.getName()).isEqualTo(NAMESPACE);
            }
            assertThat(metadata.getLabels()).as(metadata.getName()).containsEntry("app.kubernetes.io/part-of", NAMESPACE);
        }
        assertThat(all(V1Namespace.class)).extracting(n -> n.getMetadata().getName()).containsExactly(NAMESPACE);

        // kubectl apply -k applies what the kustomizations list: a manifest left out would silently not be deployed
        List<Path> kustomizations;
        try (Stream<Path> walk = Files.walk(K8S)) {
            kustomizations = walk.filter(f -> f.endsWith("kustomization.yaml")).toList();
        }
        assertThat(kustomizations).hasSize(3);
        for (Path kustomization : kustomizations) {
            Map<String, Object> fields = ComposeFileTest.yaml(kustomization);
            assertThat(fields.get("kind")).isEqualTo("Kustomization");
            @SuppressWarnings("unchecked")
            List<String> resources = (List<String>) fields.get("resources");
            Set<String> beside;
            try (Stream<Path> list = Files.list(kustomization.getParent())) {
                beside = list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("kustomization.yaml"))
                        .collect(Collectors.toCollection(TreeSet::new));
            }
            assertThat(resources).as(kustomization.toString()).containsExactlyInAnyOrderElementsOf(beside);
        }
    }

    @Test
    void everyServiceRunsTwiceFromItsImageOnTheLaunchersPortWithProbes() throws IOException {
        String version = projectVersion();
        for (Service service : Service.values()) {
            V1Deployment deployment = named(V1Deployment.class, service.artifact());
            assertThat(deployment.getSpec().getReplicas()).as(service.artifact()).isEqualTo(2);
            V1Container container = onlyContainer(deployment.getSpec().getTemplate());
            assertThat(container.getImage()).isEqualTo("chronicle/" + service.artifact() + ":" + version);
            assertThat(container.getArgs()).contains("--server.port=" + service.defaultPort);
            assertThat(port(container, new IntOrString("http"))).as(service.artifact()).isEqualTo(service.defaultPort);

            // the gateway's actuator is on its unpublished management port, the services' on their own
            int actuatorPort = service == Service.GATEWAY ? GATEWAY_MANAGEMENT_PORT : service.defaultPort;
            assertProbe(container, container.getStartupProbe(), "/actuator/health/liveness", actuatorPort);
            assertProbe(container, container.getLivenessProbe(), "/actuator/health/liveness", actuatorPort);
            assertProbe(container, container.getReadinessProbe(), "/actuator/health/readiness", actuatorPort);
            // start-up takes 10-25 s: the startup probe must allow well over that before liveness may restart the pod
            V1Probe startup = container.getStartupProbe();
            assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold()).as(service.artifact()).isGreaterThanOrEqualTo(90);
            Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
            assertThat(annotations).containsEntry("prometheus.io/path", "/actuator/prometheus")
                    .containsEntry("prometheus.io/port", String.valueOf(actuatorPort));
            if (service != Service.GATEWAY) {
                assertThat(env(container, "MONGODB_URI").getValueFrom().getSecretKeyRef().getName()).isEqualTo("chronicle-mongodb");
            }
        }
    }

    @Test
    void selectorsServicesAndDisruptionBudgetsFindTheirPods() {
        List<Workload> workloads = workloads();
        for (Workload workload : workloads) {
            assertThat(workload.template().getMetadata().getLabels()).as(workload.name())
                    .containsAllEntriesOf(workload.selector());
        }
        for (V1Service service : all(V1Service.class)) {
            String name = service.getMetadata().getName();
            // nothing is published outside the cluster by these files
            assertThat(Objects.requireNonNullElse(service.getSpec().getType(), "ClusterIP")).as(name).isEqualTo("ClusterIP");
            List<Workload> selected = workloads.stream()
                    .filter(w -> w.template().getMetadata().getLabels().entrySet().containsAll(service.getSpec().getSelector().entrySet()))
                    .toList();
            assertThat(selected).as(name + " selects one workload").hasSize(1);
            for (V1ServicePort port : service.getSpec().getPorts()) {
                int target = port(onlyContainer(selected.get(0).template()), port.getTargetPort());
                assertThat(target).as(name + " " + port.getName()).isEqualTo(port.getPort());
            }
        }
        for (V1PodDisruptionBudget budget : all(V1PodDisruptionBudget.class)) {
            String name = budget.getMetadata().getName();
            List<Workload> selected = workloads.stream()
                    .filter(w -> w.template().getMetadata().getLabels().entrySet()
                            .containsAll(budget.getSpec().getSelector().getMatchLabels().entrySet()))
                    .toList();
            assertThat(selected).as(name + " selects one workload").hasSize(1);
            int replicas = selected.get(0).replicas();
            assertThat(replicas).as(name).isGreaterThanOrEqualTo(2);
            // a budget that allows no disruption at all would block every node drain
            int allowedDown = budget.getSpec().getMinAvailable() != null
                    ? replicas - budget.getSpec().getMinAvailable().getIntValue()
                    : budget.getSpec().getMaxUnavailable().getIntValue();
            assertThat(allowedDown).as(name).isEqualTo(1);
        }
        // every service replicated for availability has a budget
        for (Service service : Service.values()) {
            assertThat(all(V1PodDisruptionBudget.class)).extracting(b -> b.getMetadata().getName()).contains(service.artifact());
        }
    }

    @Test
    void everyContainerHasRequestsAndLimitsAndTheHeapFitsTheLimit() {
        for (Workload workload : workloads()) {
            List<V1Container> containers = new ArrayList<>(workload.template().getSpec().getContainers());
            containers.addAll(Objects.requireNonNullElse(workload.template().getSpec().getInitContainers(), List.of()));
            for (V1Container container : containers) {
                String name = workload.name() + "/" + container.getName();
                V1ResourceRequirements resources = container.getResources();
                assertThat(resources).as(name).isNotNull();
                for (String resource : List.of("cpu", "memory")) {
                    Quantity request = resources.getRequests() == null ? null : resources.getRequests().get(resource);
                    Quantity limit = resources.getLimits() == null ? null : resources.getLimits().get(resource);
                    assertThat(request).as(name + " requests " + resource).isNotNull();
                    assertThat(limit).as(name + " limits " + resource).isNotNull();
                    assertThat(request.getNumber()).as(name + " " + resource).isLessThanOrEqualTo(limit.getNumber());
                }
                String javaOptions = javaToolOptions(container);
                if (javaOptions != null) {
                    Matcher heap = Pattern.compile("-Xmx(\\d+)m").matcher(javaOptions);
                    assertThat(heap.find()).as(name + " sets -Xmx").isTrue();
                    // metaspace, code cache, thread stacks and buffers live outside the heap: leave them 256 MiB
                    BigDecimal heapBytes = BigDecimal.valueOf(Long.parseLong(heap.group(1)) << 20);
                    BigDecimal limit = resources.getLimits().get("memory").getNumber();
                    assertThat(heapBytes.add(BigDecimal.valueOf(256L << 20))).as(name).isLessThanOrEqualTo(limit);
                }
            }
        }
    }

    @Test
    void secretsAndConfigurationComeFromObjectsThatExistNeverInline() throws IOException {
        String readme = Files.readString(Path.of("..", "infra", "README.md"));
        USER_SECRETS.forEach((secret, key) -> assertThat(readme.contains("create secret generic " + secret)
                && readme.contains(key + "=")).as("infra/README.md says how to create " + secret).isTrue());
        for (Workload workload : workloads()) {
            for (V1Container container : workload.template().getSpec().getContainers()) {
                for (V1EnvVar variable : Objects.requireNonNullElse(container.getEnv(), List.<V1EnvVar>of())) {
                    if (variable.getValue() != null) {
                        assertThat(variable.getName()).as("a literal value in " + workload.name())
                                .doesNotContainIgnoringCase("KEY").doesNotContainIgnoringCase("PASSWORD")
                                .doesNotContainIgnoringCase("SECRET").doesNotContainIgnoringCase("TOKEN")
                                .isNotEqualTo("MONGODB_URI");
                    }
                    if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                        String secret = variable.getValueFrom().getSecretKeyRef().getName();
                        String key = variable.getValueFrom().getSecretKeyRef().getKey();
                        if (USER_SECRETS.containsKey(secret)) {
                            assertThat(key).isEqualTo(USER_SECRETS.get(secret));
                        } else {
                            assertThat(secretValue(secret, key)).as(secret + "/" + key).isNotBlank();
                        }
                    }
                }
                for (V1EnvFromSource source : Objects.requireNonNullElse(container.getEnvFrom(), List.<V1EnvFromSource>of())) {
                    assertThat(source.getConfigMapRef()).as(workload.name() + " takes only configuration in bulk").isNotNull();
                    named(V1ConfigMap.class, source.getConfigMapRef().getName());
                }
            }
        }
    }

    @Test
    void mongoUriNamesEveryMemberOfTheStatefulSetWithMajorityReadsAndWrites() {
        V1StatefulSet mongo = named(V1StatefulSet.class, "mongo");
        V1Service headless = named(V1Service.class, mongo.getSpec().getServiceName());
        assertThat(headless.getSpec().getClusterIP()).isEqualTo("None");
        int mongoPort = headless.getSpec().getPorts().get(0).getPort();
        List<String> members = new ArrayList<>();
        for (int i = 0; i < mongo.getSpec().getReplicas(); i++) {
            members.add(mongo.getMetadata().getName() + "-" + i + "." + headless.getMetadata().getName() + ":" + mongoPort);
        }
        assertThat(members).hasSize(3);
        assertThat(onlyContainer(mongo.getSpec().getTemplate()).getArgs()).containsSequence("--replSet", "rs0");
        ComposeFileTest.assertReplicaSetUri(secretValue("chronicle-mongodb", "MONGODB_URI"), members);

        String initiate = String.join(" ", onlyContainer(named(V1Job.class, "mongo-init").getSpec().getTemplate()).getCommand());
        assertThat(initiate).contains("rs.initiate", "_id: 'rs0'");
        members.forEach(member -> assertThat(initiate).contains("'" + member + "'"));
    }

    @Test
    void gatewayReachesEachServiceThroughItsServiceAndKeepsActuatorUnpublished() throws IOException {
        V1Container gateway = onlyContainer(named(V1Deployment.class, "gateway").getSpec().getTemplate());
        ComposeFileTest.GATEWAY_URI_VARIABLES.forEach((variable, service) -> {
            assertThat(env(gateway, variable).getValue()).isEqualTo("http://" + service.artifact() + ":" + service.defaultPort);
            assertThat(named(V1Service.class, service.artifact()).getSpec().getPorts())
                    .extracting(V1ServicePort::getPort).containsExactly(service.defaultPort);
        });
        assertThat(env(gateway, "MANAGEMENT_SERVER_PORT").getValue()).isEqualTo(String.valueOf(GATEWAY_MANAGEMENT_PORT));
        assertThat(port(gateway, new IntOrString("management"))).isEqualTo(GATEWAY_MANAGEMENT_PORT);
        assertThat(env(gateway, "CHRONICLE_API_KEYS").getValueFrom().getSecretKeyRef().getName()).isEqualTo("chronicle-api-keys");
        assertThat(env(gateway, "CHRONICLE_METRICS_ALLOWED_NETWORKS").getValue()).isNotBlank();
        assertThat(named(V1Service.class, "gateway").getSpec().getPorts()).extracting(V1ServicePort::getPort)
                .containsExactly(Service.GATEWAY.defaultPort);

        // the image runs as the user the pods require
        String dockerfile = Files.readString(Path.of("..", "infra", "Dockerfile"));
        for (Service service : Service.values()) {
            Long user = named(V1Deployment.class, service.artifact()).getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser();
            assertThat(dockerfile).contains("USER " + user + ":");
        }
    }

    record Workload(String name, Map<String, String> selector, int replicas, V1PodTemplateSpec template) {
    }

    private static List<Workload> workloads() {
        List<Workload> workloads = new ArrayList<>();
        all(V1Deployment.class).forEach(d -> workloads.add(new Workload(d.getMetadata().getName(),
                d.getSpec().getSelector().getMatchLabels(), d.getSpec().getReplicas(), d.getSpec().getTemplate())));
        all(V1StatefulSet.class).forEach(s -> workloads.add(new Workload(s.getMetadata().getName(),
                s.getSpec().getSelector().getMatchLabels(), s.getSpec().getReplicas(), s.getSpec().getTemplate())));
        all(V1Job.class).forEach(j -> workloads.add(new Workload(j.getMetadata().getName(),
                j.getSpec().getTemplate().getMetadata().getLabels(), 1, j.getSpec().getTemplate())));
        return workloads;
    }

    private static void assertProbe(V1Container container, V1Probe probe, String path, int port) {
        assertThat(probe).as(container.getName() + " " + path).isNotNull();
        V1HTTPGetAction get = probe.getHttpGet();
        assertThat(get.getPath()).as(container.getName()).isEqualTo(path);
        assertThat(port(container, get.getPort())).as(container.getName() + " " + path).isEqualTo(port);
    }

    /** A port by number, or by the name of one of the container's ports. */
    private static int port(V1Container container, IntOrString port) {
        if (port.isInteger()) {
            return port.getIntValue();
        }
        return container.getPorts().stream().filter(p -> port.getStrValue().equals(p.getName()))
                .map(V1ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no port named " + port.getStrValue()));
    }

    private static V1EnvVar env(V1Container container, String name) {
        return container.getEnv().stream().filter(v -> v.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no " + name));
    }

    /** JAVA_TOOL_OPTIONS as the container sees it: its own variable, or one from a ConfigMap it imports. */
    private static String javaToolOptions(V1Container container) {
        for (V1EnvVar variable : Objects.requireNonNullElse(container.getEnv(), List.<V1EnvVar>of())) {
            if (variable.getName().equals("JAVA_TOOL_OPTIONS")) {
                return variable.getValue();
            }
        }
        for (V1EnvFromSource source : Objects.requireNonNullElse(container.getEnvFrom(), List.<V1EnvFromSource>of())) {
            if (source.getConfigMapRef() != null) {
                String options = named(V1ConfigMap.class, source.getConfigMapRef().getName()).getData().get("JAVA_TOOL_OPTIONS");
                if (options != null) {
                    return options;
                }
            }
        }
        return null;
    }

    private static String secretValue(String secret, String key) {
        Map<String, String> data = named(V1Secret.class, secret).getStringData();
        assertThat(data).as(secret).containsKey(key);
        return data.get(key);
    }

    private static V1Container onlyContainer(V1PodTemplateSpec template) {
        assertThat(template.getSpec().getContainers()).hasSize(1);
        return template.getSpec().getContainers().get(0);
    }

    private static <T> List<T> all(Class<T> type) {
        return OBJECTS.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T> T named(Class<T> type, String name) {
        return all(type).stream().filter(o -> name.equals(metadata(o).getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
    }

    private static V1ObjectMeta metadata(Object object) {
        try {
            return (V1ObjectMeta) object.getClass().getMethod("getMetadata").invoke(object);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(object.getClass() + " has no metadata", e);
        }
    }

    /** The version the images are tagged with (infra/Dockerfile's build loop): the project's. */
    private static String projectVersion() throws IOException {
        Matcher version = Pattern.compile("<artifactId>chronicle</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("..", "pom.xml")));
        assertThat(version.find()).isTrue();
        return version.group(1);
    }
}

package cn.dangjian.systemtests;

import cn.dangjian.platform.testing.Tokens;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform as the system tests see it: the four services and the gateway started from their built
 * jars with production settings, on free ports, against PostgreSQL (the {@code *_systest} databases, cleaned at
 * start), the test Keycloak, and a Kafka broker of the tests' own. Started once per test JVM, stopped at its end.
 */
final class Platform {

    /** member-service's identity data keys in system tests: fixed and public, for test data only. */
    static final String SYSTEM_TEST_KEY_1 = "bcjWYwFguRpaneJaQcGbSRRLg+HxKazNlitlcMl3t+M=";
    static final String SYSTEM_TEST_KEY_2 = "OmaoRSqx80pC0juSE2/Bs2sCnboa41AJ4YfZNHNicG0=";
    static final String SYSTEM_TEST_HASH_KEY = "niLKWhca9edPC70sTI3IbRkPo1z0qsX28Ka/uA5QZVk=";
    static final List<String> SERVICES = List.of("organisation-service", "member-service", "activity-service", "volunteer-points-service");
    private static final Map<String, String> DATABASES = Map.of(
            "organisation-service", "dangjian_organisation_systest",
            "member-service", "dangjian_member_systest",
            "activity-service", "dangjian_activity_systest",
            "volunteer-points-service", "dangjian_points_systest");

    private static Platform instance;

    private DocumentedAnswers answers;

    private final Path root;
    private final Path work;
    private final KafkaBroker kafka;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();

    private Platform(Path root) {
        this.root = root;
        this.work = root.resolve("system-tests/target/platform");
        Path kafkaLib = Path.of(System.getenv().getOrDefault("DANGJIAN_KAFKA_LIB",
                System.getProperty("user.home") + "/.cache/dangjian/kafka-4.1.2/lib"));
        this.kafka = new KafkaBroker(kafkaLib, work.resolve("kafka"), Processes.freePort(), Processes.freePort());
    }

    static synchronized Platform get() {
        if (instance == null) {
            Path root = Path.of(System.getProperty("dangjian.repo.root", "..")).toAbsolutePath().normalize();
            Platform platform = new Platform(root);
            Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "platform-stop"));
            try {
                platform.start();
            } catch (Exception e) {
                platform.stop();
                throw new IllegalStateException("the platform under test did not start: " + e.getMessage(), e);
            }
            instance = platform;
        }
        return instance;
    }

    private void start() throws IOException, InterruptedException {
        if (Files.exists(work)) {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
        kafka.format();
        kafka.start();
        for (String service : SERVICES) {
            ports.put(service, Processes.freePort());
        }
        ports.put("gateway", Processes.freePort());
        // Start all, then wait for all: the JVMs boot side by side on the two cores.
        for (String service : SERVICES) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("HTTP_PORT", ports.get(service).toString());
            env.put("DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + DATABASES.get(service));
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrap());
            env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
            env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
            if (service.equals("member-service")) {
                // a fixed pair of keys (key 2 primary, key 1 still opening older rows), as an operator after one rotation
                env.put("MEMBER_DATA_KEYS", "s1:" + SYSTEM_TEST_KEY_1 + ",s2:" + SYSTEM_TEST_KEY_2);
                env.put("MEMBER_DATA_PRIMARY_KEY_ID", "s2");
                env.put("MEMBER_DATA_HASH_KEY", SYSTEM_TEST_HASH_KEY);
            }
            if (service.equals("activity-service")) {
                // no default secret outside dev and test: the service refuses to start without one
                env.put("ACTIVITIES_CHECK_IN_CODE_SECRET", java.util.UUID.randomUUID() + "-system-test");
            }
            launch(service, env);
        }
        Map<String, String> gatewayEnv = new LinkedHashMap<>();
        gatewayEnv.put("HTTP_PORT", ports.get("gateway").toString());
        gatewayEnv.put("ORGANISATION_SERVICE_URL", url("organisation-service"));
        gatewayEnv.put("MEMBER_SERVICE_URL", url("member-service"));
        gatewayEnv.put("ACTIVITY_SERVICE_URL", url("activity-service"));
        gatewayEnv.put("VOLUNTEER_POINTS_SERVICE_URL", url("volunteer-points-service"));
        launch("gateway", gatewayEnv);
        for (String name : processes.keySet()) {
            Processes.awaitReady(name, processes.get(name), url(name) + "/q/health/ready", Duration.ofSeconds(180), log(name));
        }
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = ports.get("gateway");
        // From here on every answer through the gateway is checked against the merged document it serves.
        String document = RestAssured.given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        answers = DocumentedAnswers.of(new io.vertx.core.json.JsonObject(document), url("gateway"));
        RestAssured.filters(answers);
    }

    private void launch(String name, Map<String, String> env) throws IOException {
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the modules first (./mvnw verify from the root)");
        }
        List<String> command = new ArrayList<>(List.of(Processes.java(), "-Xms32m", "-Xmx160m", "-XX:+UseSerialGC", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(name).toFile());
        builder.environment().put("HTTP_HOST", "127.0.0.1");
        builder.environment().put("OIDC_AUTH_SERVER_URL", Tokens.keycloakUrl() + "/realms/dangjian");
        builder.environment().put("DB_USERNAME", "dangjian");
        builder.environment().put("DB_PASSWORD", "dangjian");
        builder.environment().putAll(env);
        processes.put(name, builder.start());
    }

    synchronized void stop() {
        List<String> names = new ArrayList<>(processes.keySet());
        java.util.Collections.reverse(names);
        for (String name : names) {
            Processes.stop(processes.get(name), Duration.ofSeconds(15));
        }
        kafka.stop();
        if (answers != null) {
            answers.close();
        }
    }

    String url(String name) {
        return "http://127.0.0.1:" + ports.get(name);
    }

    Path log(String name) {
        return work.resolve(name + ".log");
    }

    KafkaBroker kafka() {
        return kafka;
    }

    static String jdbcUrl(String service) {
        return "jdbc:postgresql://127.0.0.1:5432/" + DATABASES.get(service);
    }
}

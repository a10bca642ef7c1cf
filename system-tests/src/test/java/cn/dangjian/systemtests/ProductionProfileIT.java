package cn.dangjian.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What the production profile (which the built jars run with) keeps closed or refuses to guess. */
class ProductionProfileIT {

    @Test
    void aServiceWithoutDatabasePasswordRefusesToStart() throws Exception {
        memberServiceRefusesToStart("member-service-no-password.log", env -> env.remove("DB_PASSWORD"), "Could not expand value DB_PASSWORD");
    }

    @Test
    void memberServiceWithoutIdentityDataKeysRefusesToStart() throws Exception {
        memberServiceRefusesToStart("member-service-no-keys.log", env -> {
            env.keySet().removeIf(name -> name.startsWith("MEMBER_DATA_"));
            env.put("DB_PASSWORD", "unused");
        }, "MEMBER_DATA_KEYS");
    }

    /** Starts member-service's jar with the production profile and {@code settings}; it must stop at once, naming what is missing. */
    private static void memberServiceRefusesToStart(String logName, java.util.function.Consumer<java.util.Map<String, String>> settings,
                                                    String expected) throws Exception {
        Path root = Path.of(System.getProperty("dangjian.repo.root", "..")).toAbsolutePath().normalize();
        Path jar = root.resolve("member-service/target/quarkus-app/quarkus-run.jar");
        Path log = Files.createDirectories(root.resolve("system-tests/target")).resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(List.of(Processes.java(), "-Xmx96m", "-XX:+UseSerialGC", "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("HTTP_HOST", "127.0.0.1");
        builder.environment().put("HTTP_PORT", String.valueOf(Processes.freePort()));
        // a database nobody listens on: whatever happens, this check must not touch the system tests' databases
        builder.environment().put("DB_URL", "jdbc:postgresql://127.0.0.1:1/none");
        builder.environment().put("DB_USERNAME", "dangjian");
        settings.accept(builder.environment());
        Process process = builder.start();
        try {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the service kept running: " + logName);
            assertNotEquals(0, process.exitValue());
            String output = Files.readString(log);
            assertTrue(output.contains(expected), "the failure names the missing variable: " + Processes.tail(log));
            assertFalse(output.contains("Connection to 127.0.0.1:1 refused"), "it stops before it tries the database");
        } finally {
            Processes.stop(process, Duration.ofSeconds(5));
        }
    }

    @Test
    void servicesServeTheirOpenApiDocumentButNoSwaggerUi() {
        Platform platform = Platform.get();
        for (String service : Platform.SERVICES) {
            given().when().get(platform.url(service) + "/q/openapi").then().statusCode(200);
            given().when().get(platform.url(service) + "/q/swagger-ui/").then().statusCode(404);
        }
        given().when().get(platform.url("gateway") + "/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void healthAnswersCarryNoExceptionText() {
        Platform platform = Platform.get();
        for (String service : Platform.SERVICES) {
            String health = given().when().get(platform.url(service) + "/q/health").then().extract().asString();
            assertTrue(health.contains("\"database\""), health);
            assertFalse(health.contains("Exception"), health);
            assertFalse(health.contains("Database connections health check"), "Quarkus' own check is off: " + health);
        }
    }
}

package cn.dangjian.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real single-node KRaft broker of the system tests' own, started from the Kafka jars the launcher caches
 * (~/.cache/dangjian/kafka-4.1.2/lib), with fresh storage each run, so the tests can stop and restart it.
 */
final class KafkaBroker {

    private static final String CLUSTER_ID = "ZGFuZ2ppYW4tc3lzdGVzdHM";

    private final Path lib;
    private final Path dir;
    private final int port;
    private final int controllerPort;
    private Process process;

    KafkaBroker(Path lib, Path dir, int port, int controllerPort) {
        this.lib = lib;
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    void format() throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("server.properties"), String.join("\n",
                "node.id=1",
                "process.roles=broker,controller",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.cleaner.dedupe.buffer.size=8388608",
                "num.network.threads=2",
                "num.io.threads=2",
                ""));
        Process format = new ProcessBuilder(command("kafka.tools.StorageTool", "format", "-t", CLUSTER_ID,
                "-c", dir.resolve("server.properties").toString(), "--standalone"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("format.log").toFile()).start();
        if (format.waitFor() != 0) {
            throw new IllegalStateException("formatting Kafka storage failed: " + Files.readString(dir.resolve("format.log")));
        }
    }

    void start() throws IOException {
        process = new ProcessBuilder(command("kafka.Kafka", dir.resolve("server.properties").toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("kafka.log").toFile()))
                .start();
        Processes.awaitPort("kafka", process, port, Duration.ofSeconds(60), dir.resolve("kafka.log"));
    }

    /** Stops the broker the hard way, as an outage would. */
    void stop() {
        Processes.stop(process, Duration.ofSeconds(20));
        Processes.awaitPortClosed(port, Duration.ofSeconds(20));
    }

    private List<String> command(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Processes.java(), "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                "-Dkafka.logs.dir=" + dir, "-cp", lib + "/*", mainClass));
        command.addAll(List.of(args));
        return command;
    }
}

package stancegraph;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j community embedded with the Bolt connector bound to loopback.
 *
 * Arguments: --home DIR --port P [--pagecache BYTES] [--password-file FILE] [--tx-timeout SECONDS]
 * The password file, when given, holds the password of user "neo4j"; auth is then on and the
 * password is (re)applied at every start. Prints "STANCEGRAPH_READY <port>" once Bolt accepts
 * connections, and shuts the database down cleanly on SIGTERM/SIGINT.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path home = Path.of(require(opts, "home")).toAbsolutePath();
        int port = Integer.parseInt(require(opts, "port"));
        long pagecache = Long.parseLong(opts.getOrDefault("pagecache", String.valueOf(256L * 1024 * 1024)));
        long txTimeout = Long.parseLong(opts.getOrDefault("tx-timeout", "0"));
        String passwordFile = opts.get("password-file");

        assertPortFree(port);
        Files.createDirectories(home);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, passwordFile != null);
        if (txTimeout > 0) {
            builder.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeout));
        }

        DatabaseManagementService service;
        try {
            service = builder.build();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String why = String.valueOf(root.getMessage());
            if (why.contains("Lock file has been locked") || why.contains("store_lock")) {
                why = "the data folder " + home + " is locked by another Neo4j instance";
            }
            System.err.println("STANCEGRAPH_ERROR " + why);
            System.exit(4);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STANCEGRAPH_STOPPING");
            service.shutdown();
            System.out.println("STANCEGRAPH_STOPPED");
            stopped.countDown();
        }, "stancegraph-shutdown"));

        try {
            if (passwordFile != null) {
                applyPassword(service, Files.readString(Path.of(passwordFile)).trim());
            }
            // Touch the default database so that it is fully started before we announce readiness.
            service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (RuntimeException e) {
            System.err.println("STANCEGRAPH_ERROR " + e.getMessage());
            System.exit(1);
        }
        System.out.println("STANCEGRAPH_READY " + port);
        System.out.flush();
        stopped.await();
    }

    /** Sets the password of user neo4j; a password already in force is left as it is. */
    private static void applyPassword(DatabaseManagementService service, String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static void assertPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            System.err.println("STANCEGRAPH_ERROR port " + port + " on 127.0.0.1 is already in use");
            System.exit(3);
        }
    }

    private static String require(Map<String, String> opts, String key) {
        String value = opts.get(key);
        if (value == null) {
            System.err.println("STANCEGRAPH_ERROR missing --" + key);
            System.exit(2);
        }
        return value;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                System.err.println("STANCEGRAPH_ERROR unexpected argument " + args[i]);
                System.exit(2);
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        return opts;
    }
}

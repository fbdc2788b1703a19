package org.pupilsupport.core.startup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to date with the versioned Liquibase changelog before anything else touches the
 * database. The same changelog runs on Derby (the zero-install default) and PostgreSQL (production);
 * EclipseLink never generates DDL.
 */
@ApplicationScoped
public class DatabaseMigrations {

    public static final String CHANGELOG = "db/changelog/pupilsupport.xml";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "jdbc/pupilsupport")
    DataSource dataSource;

    public void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            String product = migrate(connection);
            LOG.info(() -> "Database schema is up to date on " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the database to migrate its schema: " + e.getMessage(), e);
        }
    }

    /**
     * Applies the changelog over an open connection and commits.
     *
     * @return the database product migrated
     * @throws IllegalStateException if a migration fails
     */
    public static String migrate(Connection connection) {
        try {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            // Liquibase would otherwise try to send usage analytics to its vendor from a children's services server.
            // The class loader is named so that a changelog's Java changes (customChange) load from this application.
            Map<String, Object> scope = Map.of(
                    "liquibase.analytics.enabled", Boolean.FALSE,
                    Scope.Attr.classLoader.name(), DatabaseMigrations.class.getClassLoader(),
                    Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(DatabaseMigrations.class.getClassLoader()));
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                    .execute());
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return database.getDatabaseProductName();
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
    }
}

package org.pupilsupport.core.schools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.startup.DatabaseMigrations;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Migration 0005 on a database that already holds schools (demo data), as every existing installation does. */
class SchoolRegisterMigrationTest {

    @Test
    void schoolsAddedBeforeTheRegisterTookGiasDetailsAreOpenAndSearchable() throws Exception {
        String url = "jdbc:derby:memory:migration" + System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url + ";create=true")) {
            update(connection, "db/changelog/schema-before-0005.xml");
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO SCHOOL (URN, LA_CODE, ESTABLISHMENT_NUMBER, NAME, PHASE, ESTABLISHMENT_TYPE)"
                        + " VALUES (991400, '314', '2000', 'Oakfield Primary School', 'Primary', 'Community school')");
            }
            connection.commit();

            DatabaseMigrations.migrate(connection);

            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT ESTABLISHMENT_STATUS, NAME_FOR_SEARCH FROM SCHOOL WHERE URN = 991400")) {
                row.next();
                assertEquals("Open", row.getString(1));
                assertEquals("OAKFIELD PRIMARY SCHOOL", row.getString(2));
            }
            // Liquibase leaves auto-commit off, and Derby will not close a connection mid-transaction.
            connection.rollback();
        } finally {
            drop(url);
        }
    }

    private static void update(Connection connection, String changelog) throws Exception {
        Map<String, Object> scope = Map.of("liquibase.analytics.enabled", Boolean.FALSE,
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(SchoolRegisterMigrationTest.class.getClassLoader()));
        Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG,
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)))
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                .execute());
        connection.commit();
    }

    private static void drop(String url) {
        try {
            DriverManager.getConnection(url + ";drop=true");
        } catch (SQLException dropped) {
            // Derby reports a dropped database as an exception (SQLState 08006): that is the success case.
        }
    }
}

package org.pupilsupport.core.schools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;

import org.pupilsupport.core.startup.DatabaseMigrations;

/**
 * A fresh in-memory Derby database with the real schema (the project's changelog) and the real persistence
 * unit, run by EclipseLink outside a server: local transactions stand in for the server's JTA ones.
 * Migrating takes about a second, so a test class shares one and empties it before each test.
 */
public final class InMemoryDatabase implements AutoCloseable {

    private final String url;
    private final EntityManagerFactory entityManagers;

    public InMemoryDatabase() {
        String name = "schools" + System.nanoTime();
        this.url = "jdbc:derby:memory:" + name;
        try (Connection connection = DriverManager.getConnection(url + ";create=true")) {
            DatabaseMigrations.migrate(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        this.entityManagers = Persistence.createEntityManagerFactory("pupilsupport", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver"));
    }

    /** Empties the school register, so tests sharing this database each start from nothing. */
    public void removeEverySchool() {
        inTransaction(em -> em.createQuery("DELETE FROM School s").executeUpdate());
    }

    /** Runs the work in a transaction of its own with a fresh persistence context, and commits it. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager entityManager = entityManagers.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(entityManager);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
        }
    }

    @Override
    public void close() {
        entityManagers.close();
        try {
            DriverManager.getConnection(url + ";drop=true");
        } catch (SQLException dropped) {
            // Derby reports a dropped database as an exception (SQLState 08006): that is the success case.
        }
    }
}

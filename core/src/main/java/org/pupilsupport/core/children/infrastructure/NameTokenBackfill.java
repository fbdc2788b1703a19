package org.pupilsupport.core.children.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.SetupException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

import org.pupilsupport.core.children.NameTokens;

/**
 * Migration step: gives children recorded before name search existed their search tokens. Runs once, in
 * the migration's transaction, with the same folding as the application (so SQL cannot do it: neither
 * Derby nor PostgreSQL without an extension removes accents).
 */
public class NameTokenBackfill implements CustomTaskChange {

    private static final int BATCH = 1000;

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            Map<String, List<String>> formerSurnames = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT CHILD_ID, VALUE FROM CHILD_FORMER_SURNAME");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    formerSurnames.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT ID, LEGAL_FORENAME, LEGAL_MIDDLE_NAMES, LEGAL_SURNAME,"
                    + " PREFERRED_FORENAME, PREFERRED_SURNAME FROM CHILD");
                 ResultSet children = select.executeQuery();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO CHILD_NAME_TOKEN (CHILD_ID, TOKEN) VALUES (?, ?)")) {
                int pending = 0;
                while (children.next()) {
                    String id = children.getString(1);
                    List<String> names = new ArrayList<>(List.of(nullToEmpty(children.getString(2)), nullToEmpty(children.getString(3)),
                            nullToEmpty(children.getString(4)), nullToEmpty(children.getString(5)), nullToEmpty(children.getString(6))));
                    names.addAll(formerSurnames.getOrDefault(id, List.of()));
                    for (String token : NameTokens.of(names.toArray(String[]::new))) {
                        insert.setString(1, id);
                        insert.setString(2, token);
                        insert.addBatch();
                        if (++pending % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
        } catch (SQLException failed) {
            throw new CustomChangeException("Could not give existing children their search tokens: " + failed.getMessage(), failed);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getConfirmationMessage() {
        return "Search tokens added for existing children";
    }

    @Override
    public void setUp() throws SetupException {
        // nothing to prepare
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // reads no files
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}

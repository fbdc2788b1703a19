package org.pupilsupport.web.support;

import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import org.primefaces.component.datatable.DataTable;

/**
 * Turns off PrimeFaces' cell navigation on every data table as it joins a page. With it on (PrimeFaces' default),
 * Enter or Space on a link in a table cell is taken by the table, which "clicks" the link through jQuery (a click that
 * never follows a link) and cancels the key: a keyboard user could open nothing from a table. Without it, links and
 * buttons in tables are ordinary ones, reached with Tab and used with Enter (and Space for buttons) as anywhere else.
 * Registered in faces-config.xml for every table, so no page can forget it.
 */
public final class KeyboardFriendlyTables implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof DataTable;
    }

    @Override
    public void processEvent(SystemEvent event) {
        ((DataTable) event.getSource()).setCellNavigation(false);
    }
}

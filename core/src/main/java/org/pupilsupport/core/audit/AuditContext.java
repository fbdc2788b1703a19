package org.pupilsupport.core.audit;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is acting in this request, and from where. The web layer fills it in from the signed-in officer
 * and the HTTP request; work without a person behind it (start-up, background jobs) is recorded as
 * {@value #SYSTEM}.
 */
@RequestScoped
public class AuditContext {

    public static final String SYSTEM = "system";

    private final String requestId = UUID.randomUUID().toString();
    private String username = SYSTEM;
    private String roleNames = "";
    private String clientAddress;

    public void actingAs(String user, Set<String> roles, String address) {
        this.username = user;
        this.roleNames = String.join(",", new TreeSet<>(roles));
        this.clientAddress = address;
    }

    public String requestId() {
        return requestId;
    }

    public String username() {
        return username;
    }

    public String roleNames() {
        return roleNames;
    }

    public String clientAddress() {
        return clientAddress;
    }
}

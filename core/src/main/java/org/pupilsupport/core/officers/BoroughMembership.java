package org.pupilsupport.core.officers;

import java.util.Objects;

import org.pupilsupport.core.tenancy.TenantId;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One role an officer holds in one borough. */
@Embeddable
public class BoroughMembership {

    @Column(name = "TENANT_ID", nullable = false, length = 30)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE_NAME", nullable = false, length = 30)
    private BoroughRole role;

    protected BoroughMembership() {
        // for JPA
    }

    public BoroughMembership(TenantId tenant, BoroughRole role) {
        this.tenantId = tenant.value();
        this.role = Objects.requireNonNull(role, "role");
    }

    public TenantId tenant() {
        return TenantId.of(tenantId);
    }

    public BoroughRole role() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BoroughMembership that && tenantId.equals(that.tenantId) && role == that.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, role);
    }
}

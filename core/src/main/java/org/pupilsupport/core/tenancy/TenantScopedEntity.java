package org.pupilsupport.core.tenancy;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import jakarta.persistence.MappedSuperclass;

/**
 * Superclass of every entity that belongs to one borough. EclipseLink stores the acting borough in
 * {@code TENANT_ID} on insert and adds it to the criteria of every read, update and delete, including
 * finds by primary key, so a row of another borough is simply not there.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantEntityManagers.TENANT_PROPERTY, length = 30)
public abstract class TenantScopedEntity {
}

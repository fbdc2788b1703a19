/**
 * Tenancy: each borough (tenant) has its own settings and sees only its own data.
 *
 * <p>Tenant-scoped entities extend {@link org.pupilsupport.core.tenancy.TenantScopedEntity}, whose EclipseLink
 * single-table multitenancy adds the tenant to every query and insert. The tenant reaches EclipseLink in one
 * place, {@link org.pupilsupport.core.tenancy.TenantEntityManagers}, from the {@link
 * org.pupilsupport.core.tenancy.ActingBorough} of the current request: no code passes a tenant id into a query.
 */
package org.pupilsupport.core.tenancy;

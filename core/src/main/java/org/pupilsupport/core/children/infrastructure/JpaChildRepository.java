package org.pupilsupport.core.children.infrastructure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.ChildRepository;
import org.pupilsupport.core.children.InvalidUpnException;
import org.pupilsupport.core.children.Upn;
import org.pupilsupport.core.tenancy.TenantEntityManagers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

/** Children through the acting borough's entity manager: tenancy is applied by EclipseLink, not here. */
@ApplicationScoped
public class JpaChildRepository implements ChildRepository {

    private static final String ORDER = " ORDER BY c.legalName.surname, c.legalName.forename, c.dateOfBirth, c.id";

    @Inject
    TenantEntityManagers entityManagers;

    @Override
    public Optional<Child> find(String id) {
        return Optional.ofNullable(entityManagers.current().find(Child.class, id));
    }

    @Override
    public void add(Child child) {
        entityManagers.current().persist(child);
    }

    @Override
    public void remove(Child child) {
        entityManagers.current().remove(child);
    }

    @Override
    public List<Child> search(String text, int first, int maxResults) {
        return matching(text, "c", Child.class, ORDER).setFirstResult(first).setMaxResults(maxResults).getResultList();
    }

    @Override
    public long countMatching(String text) {
        return matching(text, "COUNT(c)", Long.class, "").getSingleResult();
    }

    @Override
    public long count() {
        return entityManagers.current().createQuery("SELECT COUNT(c) FROM Child c", Long.class).getSingleResult();
    }

    /** A UPN is looked up exactly; any other text is a name prefix; blank text matches everyone. */
    private <T> TypedQuery<T> matching(String text, String select, Class<T> type, String order) {
        String cleaned = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        String from = "SELECT " + select + " FROM Child c";
        if (cleaned.isEmpty()) {
            return entityManagers.current().createQuery(from + order, type);
        }
        Optional<Upn> upn = asUpn(cleaned);
        if (upn.isPresent()) {
            return entityManagers.current().createQuery(from + " WHERE c.upn = :upn" + order, type).setParameter("upn", upn.get());
        }
        String escaped = cleaned.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return entityManagers.current().createQuery(from + " WHERE UPPER(c.legalName.surname) LIKE :prefix ESCAPE '\\'"
                + " OR UPPER(c.legalName.forename) LIKE :prefix ESCAPE '\\'" + order, type)
                .setParameter("prefix", escaped + "%");
    }

    private static Optional<Upn> asUpn(String text) {
        try {
            return Optional.of(new Upn(text));
        } catch (InvalidUpnException notAUpn) {
            return Optional.empty();
        }
    }
}

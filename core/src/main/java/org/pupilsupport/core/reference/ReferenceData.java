package org.pupilsupport.core.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Code sets shared by every borough. Not personal data, so no permission is needed to read them. */
@ApplicationScoped
@Transactional
public class ReferenceData {

    /** The DfE ethnicity code set (main codes), refused and not obtained included. */
    public static final String ETHNICITY = "ethnicity";

    @PersistenceContext(unitName = "pupilsupport")
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** The codes valid today, in the order the DfE lists them. */
    public List<ReferenceCode> current(String codeSet) {
        LocalDate today = LocalDate.now(clock);
        return entityManager.createQuery("SELECT c FROM ReferenceCode c WHERE c.codeSet = :set ORDER BY c.sortOrder", ReferenceCode.class)
                .setParameter("set", codeSet).getResultStream().filter(code -> code.isValidOn(today)).toList();
    }

    /** Any version's entry for the code, newest version first: records made under an older set still read. */
    public Optional<ReferenceCode> find(String codeSet, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return entityManager.createQuery("SELECT c FROM ReferenceCode c WHERE c.codeSet = :set AND c.code = :code ORDER BY c.validFrom DESC",
                        ReferenceCode.class)
                .setParameter("set", codeSet).setParameter("code", code.strip().toUpperCase(Locale.ROOT)).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * @return the code in its stored form, if it is valid today
     * @throws IllegalArgumentException naming the code set otherwise
     */
    public String requireCurrent(String codeSet, String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return current(codeSet).stream().filter(entry -> entry.code().equals(wanted)).map(ReferenceCode::code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("\"" + wanted + "\" is not a current code of the " + codeSet + " code set"));
    }
}

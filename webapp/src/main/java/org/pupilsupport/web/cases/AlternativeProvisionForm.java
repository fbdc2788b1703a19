package org.pupilsupport.web.cases;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.cases.AlternativeProvision;
import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.Commissioner;

/** A placement in alternative provision. */
@Named
@ViewScoped
public class AlternativeProvisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Casework casework;

    @Inject
    CasePage casePage;

    private String provider;
    private BigDecimal hoursPerWeek;
    private LocalDate startDate;
    private LocalDate endDate;
    private String reason;
    private Commissioner commissionedBy;
    private boolean prefilled;

    @PostConstruct
    public void prefill() {
        AlternativeProvision recorded = casePage.getTheCase() == null ? null : casePage.getTheCase().alternativeProvision();
        if (prefilled || recorded == null) {
            return;
        }
        prefilled = true;
        provider = recorded.provider();
        hoursPerWeek = recorded.hoursPerWeek();
        startDate = recorded.startDate();
        endDate = recorded.endDate();
        reason = recorded.reason();
        commissionedBy = recorded.commissionedBy();
    }

    public void save() {
        casePage.act(() -> casework.recordAlternativeProvision(casePage.getRef(), provider, hoursPerWeek, startDate, endDate, reason, commissionedBy),
                "Placement saved", Map.of("provider", "apProvider", "hoursPerWeek", "apHours", "startDate", "apStart", "endDate", "apEnd",
                "commissionedBy", "commissioner", "reason", "apReason"));
    }

    public Commissioner[] getCommissioners() {
        return Commissioner.values();
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(BigDecimal hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Commissioner getCommissionedBy() {
        return commissionedBy;
    }

    public void setCommissionedBy(Commissioner commissionedBy) {
        this.commissionedBy = commissionedBy;
    }
}

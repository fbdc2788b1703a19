package org.pupilsupport.core.tenancy;

import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The borough the current request acts for. The web layer sets it from the signed-in officer's chosen
 * borough at the start of each request; background work sets it for each borough it processes.
 *
 * <p>Switching inside a transaction is refused: the transaction's entity manager is already bound to the
 * borough it started with, and a silent mix of two boroughs in one unit of work is exactly what must
 * never happen.
 */
@RequestScoped
public class ActingBorough {

    @Resource
    TransactionSynchronizationRegistry transactions;

    private TenantId tenant;

    public void actFor(TenantId borough) {
        if (tenant != null && !tenant.equals(borough) && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Cannot switch from borough " + tenant + " to " + borough + " inside a transaction");
        }
        this.tenant = borough;
    }

    public Optional<TenantId> current() {
        return Optional.ofNullable(tenant);
    }

    /** @throws NoActingBoroughException if none was chosen */
    public TenantId require() {
        if (tenant == null) {
            throw new NoActingBoroughException();
        }
        return tenant;
    }
}

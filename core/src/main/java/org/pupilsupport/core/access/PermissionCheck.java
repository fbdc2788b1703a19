package org.pupilsupport.core.access;

import java.io.Serializable;
import java.lang.reflect.Method;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Enforces {@link Requires}. Runs before the transaction interceptor, so a refused call never opens a
 * unit of work; the refusal is written to the audit trail in a transaction of its own.
 */
// The value is @Nonbinding: this one interceptor serves every permission.
@Requires(Permission.FIND_CHILDREN)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class PermissionCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Actor actor;

    @Inject
    AccessRefusals refusals;

    @AroundInvoke
    Object checkPermission(InvocationContext invocation) throws Exception {
        Permission needed = requiredBy(invocation.getMethod());
        if (!actor.isPermitted(needed)) {
            Method method = invocation.getMethod();
            refusals.record(needed, method.getDeclaringClass().getSimpleName() + "." + method.getName());
            throw new AccessDeniedException(needed);
        }
        return invocation.proceed();
    }

    /** The method's own annotation wins over its class's. */
    static Permission requiredBy(Method method) {
        Requires onMethod = method.getAnnotation(Requires.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        Requires onClass = method.getDeclaringClass().getAnnotation(Requires.class);
        if (onClass == null) {
            throw new IllegalStateException(method + " is intercepted for a permission but names none");
        }
        return onClass.value();
    }
}

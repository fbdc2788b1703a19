package org.pupilsupport.core.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * The permission an application-service method needs. Checked by {@link PermissionCheck} before the
 * method's transaction starts, so a refused call changes nothing; the refusal itself is audited.
 * Every public method of a service that touches borough data carries one (an architecture test checks).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Requires {

    @Nonbinding
    Permission value();
}

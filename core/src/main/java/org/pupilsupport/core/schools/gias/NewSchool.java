package org.pupilsupport.core.schools.gias;

import java.io.Serializable;

/**
 * A school a refresh added to the register.
 *
 * @param statusName its status as GIAS words it: a full extract adds closed schools too
 */
public record NewSchool(int urn, String name, String statusName) implements Serializable {
}

/**
 * Schools: public reference data from the DfE register (GIAS), shared by every borough, since a child of
 * one borough may attend a school in another.
 */
package org.pupilsupport.core.schools;

/** Work that must wait for the outcome of the transaction it belongs to. */
package org.pupilsupport.core.transactions;

/**
 * Officers' accounts: who may sign in, with which password hash, for which boroughs and in which roles.
 * Accounts span boroughs (an officer may work for both); what an officer sees is still one borough at a
 * time, chosen after sign-in.
 */
package org.pupilsupport.core.officers;

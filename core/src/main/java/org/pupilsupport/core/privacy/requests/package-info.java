/**
 * The data protection desk: the register of people's requests about children's information (access, rectification,
 * erasure, restriction, objection) and complaints to the DPO, each on its statutory clock (UK GDPR Articles 12 and
 * 12A; DPA 2018 s164A), with the DPO's dated duties.
 */
package org.pupilsupport.core.privacy.requests;

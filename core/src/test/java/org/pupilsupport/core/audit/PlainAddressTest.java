package org.pupilsupport.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainAddressTest {

    @Test
    void theLoopbackAddressReadsAsThisComputer() {
        assertEquals("this computer (::1)", AuditTrailNames.plainAddress("0:0:0:0:0:0:0:1"));
        assertEquals("this computer (127.0.0.1)", AuditTrailNames.plainAddress("127.0.0.1"));
    }

    @Test
    void otherAddressesReadAsTypedWithIpv6Shortened() {
        assertEquals("2001:db8::8a2e:370:7334", AuditTrailNames.plainAddress("2001:0db8:0:0:0:8a2e:0370:7334"));
        assertEquals("10.0.4.17", AuditTrailNames.plainAddress("10.0.4.17"));
        assertEquals("fe80::1", AuditTrailNames.plainAddress("fe80:0:0:0:0:0:0:1"));
        assertEquals("", AuditTrailNames.plainAddress(null));
    }
}

package org.pupilsupport.plugin.richmond;

import org.pupilsupport.plugin.api.CaseProtocolContract;
import org.pupilsupport.plugin.api.CaseProtocolExtension;

class RichmondCaseProtocolTest extends CaseProtocolContract {

    @Override
    protected CaseProtocolExtension extension() {
        return new RichmondCaseProtocol();
    }
}

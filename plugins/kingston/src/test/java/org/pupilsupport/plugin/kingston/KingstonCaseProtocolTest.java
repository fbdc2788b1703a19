package org.pupilsupport.plugin.kingston;

import org.pupilsupport.plugin.api.CaseProtocolContract;
import org.pupilsupport.plugin.api.CaseProtocolExtension;

class KingstonCaseProtocolTest extends CaseProtocolContract {

    @Override
    protected CaseProtocolExtension extension() {
        return new KingstonCaseProtocol();
    }
}

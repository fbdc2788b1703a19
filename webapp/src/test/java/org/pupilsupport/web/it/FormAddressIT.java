package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.demo.DemoData;

/**
 * Every form on a record's page posts back to the page's own address, view parameters included, so after any
 * button the address bar still names the record and a reload or bookmark opens it again.
 */
@ExtendWith(ArquillianExtension.class)
class FormAddressIT {

    private static final Pattern CHILD_LINK = Pattern.compile("href=\"[^\"]*/officer/child\\.xhtml\\?id=([0-9a-f-]{36})\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form [^>]*action=\"([^\"]*)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void theFormsOfAChildsPagePostToTheAddressThatNamesTheChild() {
        WebSession officer = WebSession.signedIn(WebSession.httpsBase(deployment), "kingston.officer", DemoData.DEMO_PASSWORD);
        Matcher link = CHILD_LINK.matcher(officer.get("officer/children.xhtml").body());
        assertTrue(link.find(), "the children list links to a child");
        String childId = link.group(1);

        WebSession.Page child = officer.get("officer/child.xhtml?id=" + childId);

        Matcher actions = FORM_ACTION.matcher(child.body());
        int forms = 0;
        while (actions.find()) {
            String action = actions.group(1).replace("&amp;", "&");
            if (action.contains("/officer/child.xhtml")) {
                forms++;
                assertTrue(action.contains("id=" + childId), "a form that posts to the bare page loses the child: " + action);
            }
        }
        assertTrue(forms > 0, "the child's page has forms: " + child.body().length());
    }
}

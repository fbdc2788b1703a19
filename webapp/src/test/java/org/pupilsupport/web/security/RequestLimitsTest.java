package org.pupilsupport.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What a request may look like before it reaches a page: its method, and the size and kind of its body. */
class RequestLimitsTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data; boundary=x";
    private static final long MB = 1024L * 1024;

    @Test
    void onlyGetHeadAndPostReachPages() {
        for (String method : new String[] {"GET", "HEAD", "POST"}) {
            assertTrue(PageMethodsFilter.isAllowed(method), method);
        }
        for (String method : new String[] {"TRACE", "PUT", "DELETE", "OPTIONS", "PATCH", "PROPFIND", "get", "post"}) {
            assertFalse(PageMethodsFilter.isAllowed(method), method);
        }
    }

    @Test
    void aPageThatTakesNoFileRefusesAnyMultipartBody() {
        Optional<RequestBodyLimitsFilter.Refusal> refusal = RequestBodyLimitsFilter.judge("/login.xhtml", MULTIPART, 200, null);
        assertEquals(415, refusal.orElseThrow().status());
        assertEquals(415, RequestBodyLimitsFilter.judge("/officer/child.xhtml", "Multipart/Form-Data", 200, null).orElseThrow().status());
    }

    @Test
    void aFormPostOverOneMegabyteIsRefusedEverywhere() {
        assertTrue(RequestBodyLimitsFilter.judge("/login.xhtml", FORM, MB, null).isEmpty());
        assertEquals(413, RequestBodyLimitsFilter.judge("/login.xhtml", FORM, MB + 1, null).orElseThrow().status());
        assertEquals(413, RequestBodyLimitsFilter.judge("/system/schools.xhtml", FORM, 200 * MB, null).orElseThrow().status(),
                "an upload page's allowance is for files only");
    }

    @Test
    void eachUploadPageTakesItsOwnFileCapAndNoMore() {
        assertTrue(RequestBodyLimitsFilter.judge("/officer/case.xhtml", MULTIPART, 11 * MB, null).isEmpty());
        assertEquals(413, RequestBodyLimitsFilter.judge("/officer/case.xhtml", MULTIPART, 11 * MB + 1, null).orElseThrow().status());
        assertTrue(RequestBodyLimitsFilter.judge("/officer/import-ctf.xhtml", MULTIPART, 51 * MB, null).isEmpty());
        assertEquals(413, RequestBodyLimitsFilter.judge("/officer/import-ctf.xhtml", MULTIPART, 60 * MB, null).orElseThrow().status());
        assertTrue(RequestBodyLimitsFilter.judge("/admin/calendars.xhtml", MULTIPART, MB, null).isEmpty());
        assertEquals(413, RequestBodyLimitsFilter.judge("/admin/calendars.xhtml", MULTIPART, 3 * MB, null).orElseThrow().status());
        assertTrue(RequestBodyLimitsFilter.judge("/system/schools.xhtml", MULTIPART, 201 * MB, null).isEmpty());
        assertEquals(413, RequestBodyLimitsFilter.judge("/system/schools.xhtml", MULTIPART, 202 * MB, null).orElseThrow().status());
    }

    @Test
    void aBodyOfUnknownLengthIsRefused() {
        assertEquals(411, RequestBodyLimitsFilter.judge("/login.xhtml", FORM, -1, "chunked").orElseThrow().status());
        assertEquals(411, RequestBodyLimitsFilter.judge("/officer/case.xhtml", MULTIPART, -1, "chunked").orElseThrow().status());
        assertTrue(RequestBodyLimitsFilter.judge("/officer/children.xhtml", null, -1, null).isEmpty(), "a GET has no body");
    }
}

package org.pupilsupport.web.security;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pupilsupport.core.calendar.CalendarFileReader;
import org.pupilsupport.core.cases.AttachmentType;
import org.pupilsupport.core.children.ctf.CtfReadingLimits;

/**
 * How large a request body may be, decided from its headers before a byte of it is read. The servlet's
 * multipart limit (web.xml) has to fit the largest file taken anywhere, a GIAS extract of every school in
 * England; without this filter every page, the sign-in page included, would take a body that size. Only
 * the three pages that take a file accept a multipart body, each up to its own file cap plus room for the
 * form around it; every other page takes an ordinary form post of at most {@link #FORM_BYTES}. A body of
 * unknown length (chunked) is refused, so the size is always known in advance.
 *
 * <p>Declared in web.xml (not by annotation) so that it runs before every other filter.
 */
public class RequestBodyLimitsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Room for the form fields and multipart headers sent with a file. */
    static final long FORM_BYTES = 1024L * 1024;

    /** The largest GIAS extract taken (the whole register of England is tens of megabytes). */
    static final long SCHOOL_REGISTER_BYTES = 200L * 1024 * 1024;

    /** The pages that take a file, and the largest body each accepts. */
    static final Map<String, Long> UPLOAD_PAGES = Map.of(
            "/officer/case.xhtml", AttachmentType.LARGEST_BYTES + FORM_BYTES,
            "/officer/import-ctf.xhtml", CtfReadingLimits.DEFAULT.maxFileBytes() + FORM_BYTES,
            "/admin/calendars.xhtml", CalendarFileReader.MOST_BYTES + FORM_BYTES,
            "/system/schools.xhtml", SCHOOL_REGISTER_BYTES + FORM_BYTES);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Optional<Refusal> refusal = judge(request.getServletPath(), request.getContentType(), request.getContentLengthLong(),
                request.getHeader("Transfer-Encoding"));
        if (refusal.isPresent()) {
            RefusedRequests.refuse(response, refusal.get().status(), refusal.get().message());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why a request body is refused, as a status and a message for whoever sent it. */
    record Refusal(int status, String message) {
    }

    /**
     * @param contentLength    the declared length, or -1 when none was declared
     * @param transferEncoding the Transfer-Encoding header, or null
     */
    static Optional<Refusal> judge(String servletPath, String contentType, long contentLength, String transferEncoding) {
        boolean chunked = transferEncoding != null && !transferEncoding.isBlank();
        if (chunked) {
            return Optional.of(new Refusal(HttpServletResponse.SC_LENGTH_REQUIRED, "Send the length of the request in advance."));
        }
        Long uploadLimit = UPLOAD_PAGES.get(servletPath);
        boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (multipart && uploadLimit == null) {
            return Optional.of(new Refusal(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "This page takes no files."));
        }
        long limit = multipart ? uploadLimit : FORM_BYTES;
        if (contentLength > limit) {
            return Optional.of(new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "The request is too large: this page takes at most " + inWords(limit) + "."));
        }
        return Optional.empty();
    }

    private static String inWords(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }
}

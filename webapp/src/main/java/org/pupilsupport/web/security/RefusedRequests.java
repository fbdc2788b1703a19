package org.pupilsupport.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A short plain-text answer for a request refused before it reaches a page. Not the Faces error page: a
 * refused request must run no page at all, and the server's own error page would name the server.
 */
final class RefusedRequests {

    private RefusedRequests() {
    }

    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // The body is not read: the connection must not be kept for the next request on top of it.
        response.setHeader("Connection", "close");
        response.getWriter().write(message);
        response.flushBuffer();
    }
}

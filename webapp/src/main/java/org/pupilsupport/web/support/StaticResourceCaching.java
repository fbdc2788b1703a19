package org.pupilsupport.web.support;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Lets browsers keep scripts, styles and images instead of fetching about 1.2 MB again on every page. A
 * resource whose address names its version ({@code ?v=15.0.13} on PrimeFaces' files) never changes at that
 * address, so it is kept for a year without asking; one without a version may be kept but is checked with
 * the server before each use (a cheap 304). Content generated per person (PrimeFaces' dynamic content) is
 * never stored. Pages stay {@code no-store} (SecurityHeadersFilter).
 */
@WebFilter(urlPatterns = {"/jakarta.faces.resource/*", "/resources/*"})
public class StaticResourceCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String VERSIONED = "public, max-age=31536000, immutable";
    static final String UNVERSIONED = "no-cache";

    /** Whether the request is for a static file (not a page, not per-person generated content). */
    public static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean resourcePath = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        return resourcePath && !path.contains("dynamiccontent") && request.getParameter("pfdrid") == null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!isStaticResource(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean versioned = request.getParameter("v") != null && !request.getParameter("v").isBlank();
        response.setHeader("Cache-Control", versioned ? VERSIONED : UNVERSIONED);
        // The resource handler sets its own expiry; ours is the single policy, so its caching headers are dropped.
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!isCachingHeader(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!isCachingHeader(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!isCachingHeader(name)) {
                    super.setDateHeader(name, date);
                }
            }

            @Override
            public void addDateHeader(String name, long date) {
                if (!isCachingHeader(name)) {
                    super.addDateHeader(name, date);
                }
            }
        });
    }

    private static boolean isCachingHeader(String name) {
        return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name);
    }
}

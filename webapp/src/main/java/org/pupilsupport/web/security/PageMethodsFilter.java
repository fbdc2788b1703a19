package org.pupilsupport.web.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Only GET, HEAD and POST reach the application. Faces renders a page (and runs its view actions, which
 * record views in the audit trail) for any method it is handed, so TRACE, PUT, DELETE, OPTIONS and
 * invented methods are answered 405 here, before any page, with no error page rendered either.
 *
 * <p>Declared in web.xml (not by annotation) so that it runs before every other filter.
 */
public class PageMethodsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST");
    static final String ALLOW_HEADER = "GET, HEAD, POST";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!isAllowed(request.getMethod())) {
            response.setHeader("Allow", ALLOW_HEADER);
            RefusedRequests.refuse(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "This address answers GET, HEAD and POST only.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Methods are case-sensitive (RFC 9110): "get" is not GET. */
    static boolean isAllowed(String method) {
        return ALLOWED.contains(method);
    }
}

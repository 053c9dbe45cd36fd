package se.vinr.ledger.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;
import java.util.Map;

/**
 * Checks the role an endpoint declares ({@link Access}) against the caller's grants for the municipality in the
 * path, after authentication and before the request body is read: a user of one municipality gets 403 for any path
 * of another, whatever the body, and learns nothing of what exists there.
 */
public class AccessInterceptor implements HandlerInterceptor {

    static final String MUNICIPALITY = "municipalityId";
    private static final String OURS = "se.vinr.ledger.";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith(OURS)) {
            return true;
        }
        Access access = required(method);
        if (access == null) {
            SecurityProblems.forbidden(response, "This endpoint declares no access rule, so it is closed");
            return false;
        }
        Grants grants = Grants.of(SecurityContextHolder.getContext().getAuthentication());
        String municipality = municipality(request);
        boolean allowed = municipality == null ? grants.allowsSomewhere(access.value())
                : grants.allows(access.value(), municipality);
        if (!allowed) {
            SecurityProblems.forbidden(response, municipality == null
                    ? "This needs the role " + access.value()
                    : "This needs the role " + access.value() + " in municipality '" + municipality + "'");
        }
        return allowed;
    }

    /** The method's rule, else its controller's. */
    public static Access required(HandlerMethod method) {
        Access onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Access.class);
        return onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Access.class);
    }

    @SuppressWarnings("unchecked")
    private static String municipality(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? ((Map<String, String>) map).get(MUNICIPALITY) : null;
    }
}

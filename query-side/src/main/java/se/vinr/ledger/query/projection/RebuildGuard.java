package se.vinr.ledger.query.projection;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.Arrays;

/** Refuses reads of a view while a projection it reads is being rebuilt (see {@link ReadsProjections}). */
@Component
class RebuildGuard implements HandlerInterceptor {

    private final ProjectionAdmin projections;

    RebuildGuard(ProjectionAdmin projections) {
        this.projections = projections;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            ReadsProjections reads = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(),
                    ReadsProjections.class);
            if (reads != null) {
                Arrays.stream(reads.value()).filter(projections::rebuilding).findFirst().ifPresent(name -> {
                    throw new ProjectionRebuildingException(name);
                });
            }
        }
        return true;
    }
}

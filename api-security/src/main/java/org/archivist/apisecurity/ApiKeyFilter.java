package org.archivist.apisecurity;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses API requests without the right key with 401 and a problem+json body. */
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";

    private final ApiKeyCheck check;

    public ApiKeyFilter(ApiKeyConfig config) {
        this.check = new ApiKeyCheck(config.key(), config.protectReads(),
                config.alwaysProtected().orElse(java.util.List.of()));
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Response authenticate(ContainerRequestContext request) {
        ApiKeyCheck.Verdict verdict = check.check(request.getMethod(), request.getUriInfo().getPath(),
                ApiKeyCheck.presented(request.getHeaderString(HEADER), request.getHeaderString(HttpHeaders.AUTHORIZATION)));
        return switch (verdict) {
            case NONE -> null;
            case MISSING -> refuse("missing-api-key", "API key required",
                    "Send the archive's API key in the " + HEADER + " header.");
            case WRONG -> refuse("invalid-api-key", "Invalid API key", "The " + HEADER + " header holds a wrong key.");
            case NOT_CONFIGURED -> refuse("api-key-not-configured", "API key not configured",
                    "This service has no API key (ARCHIVE_API_KEY), so it refuses every request that needs one.");
        };
    }

    private static Response refuse(String slug, String title, String detail) {
        return HttpProblem.builder()
                .withType(URI.create("urn:archive:problem:" + slug))
                .withStatus(Response.Status.UNAUTHORIZED)
                .withTitle(title)
                .withDetail(detail)
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + HEADER + "\"")
                .build()
                .toResponse();
    }
}

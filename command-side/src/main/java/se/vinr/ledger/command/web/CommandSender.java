package se.vinr.ledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.vinr.ledger.command.CommandRejectedException;
import se.vinr.ledger.events.common.MetadataKeys;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.Source;
import se.vinr.ledger.web.correlation.CorrelationIdFilter;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sends a command on behalf of the current HTTP request, with the metadata every event must carry (who, which
 * municipality, correlation id, client address and agent), and waits for the aggregate's answer.
 */
@Component
public class CommandSender {

    private static final Pattern ENTITY_TAG = Pattern.compile("^\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*$");
    private static final int MAX_USER_AGENT = 256;

    private final CommandGateway gateway;

    public CommandSender(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Sends a command whose handler answers with the aggregate version. */
    public Accepted send(String id, MunicipalityId municipalityId, Object command, Source source) {
        Long version = sendAndWait(municipalityId, command, source);
        return new Accepted(id, version);
    }

    /** Sends a command creating a resource {@code id} below the request's path: 201 with its Location (no query). */
    public ResponseEntity<Accepted> create(String id, MunicipalityId municipalityId, Object command, Source source) {
        Accepted accepted = send(id, municipalityId, command, source);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(id).toUri()).body(accepted);
    }

    /** Sends a command and returns whatever its handler answered; {@code source} (may be null) is its provenance. */
    public <R> R sendAndWait(MunicipalityId municipalityId, Object command, Source source) {
        return dispatch(fromRequest(), municipalityId, command, source);
    }

    /** Sends a command on behalf of a component of the service itself (no HTTP request), e.g. the importer. */
    public <R> R sendAs(String userId, String correlationId, MunicipalityId municipalityId, Object command,
                        Source source) {
        Map<String, String> meta = new HashMap<>();
        meta.put(MetadataKeys.USER_ID, userId);
        meta.put(MetadataKeys.CORRELATION_ID, correlationId);
        return dispatch(meta, municipalityId, command, source);
    }

    private <R> R dispatch(Map<String, String> meta, MunicipalityId municipalityId, Object command, Source source) {
        meta.put(MetadataKeys.MUNICIPALITY_ID, municipalityId.value());
        if (source != null && source.document() != null) {
            meta.put(MetadataKeys.SOURCE_DOCUMENT, source.document());
        }
        if (source != null && source.passage() != null) {
            meta.put(MetadataKeys.SOURCE_PASSAGE, source.passage());
        }
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(meta)));
    }

    /** The version an {@code If-Match} header asks for ({@code "3"}, {@code 3} or {@code W/"3"}), or null. */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw CommandRejectedException.invalid("If-Match",
                    "If-Match must be the aggregate version as an entity tag, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Who sent the current HTTP request, from where and with what; "system" outside of a request. */
    private static Map<String, String> fromRequest() {
        Map<String, String> meta = new HashMap<>();
        HttpServletRequest request = currentRequest();
        if (request == null) {
            meta.put(MetadataKeys.USER_ID, "system");
            return meta;
        }
        Principal principal = request.getUserPrincipal();
        meta.put(MetadataKeys.USER_ID, principal != null ? principal.getName() : "anonymous");
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null) {
            // the grants the request was allowed under, e.g. "gotland:REPORTER"
            meta.put(MetadataKeys.ROLES, authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .sorted().collect(Collectors.joining(",")));
        }
        meta.put(MetadataKeys.CORRELATION_ID, CorrelationIdFilter.correlationId(request));
        meta.put(MetadataKeys.CLIENT_IP, request.getRemoteAddr());
        String agent = request.getHeader("User-Agent");
        if (agent != null) {
            meta.put(MetadataKeys.USER_AGENT, agent.length() > MAX_USER_AGENT ? agent.substring(0, MAX_USER_AGENT) : agent);
        }
        return meta;
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}

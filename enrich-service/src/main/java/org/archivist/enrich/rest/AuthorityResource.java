package org.archivist.enrich.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.archivist.enrich.entities.NameKey;
import org.archivist.enrich.persistence.AuthorityChange;
import org.archivist.enrich.persistence.AuthorityEntity;
import org.archivist.enrich.persistence.EntityVariant;
import org.archivist.enrich.persistence.LinkSuggestion;
import org.archivist.enrich.service.AuthorityEditor;
import org.archivist.enrich.service.AuthorityEditor.NewVariant;
import org.archivist.enrich.service.AuthorityEditor.Refused;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The editors' API to the authority file (every request needs the API key). Each change raises the authority
 * version, and the documents it affects are enriched again.
 */
@Path("/api/authority")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "authority", description = "The authority file of persons, places, organisations and periodicals (API key required)")
public class AuthorityResource {

    private static final int MAX_PAGE_SIZE = 100;

    public record VariantView(long id, String form, String kind, String language, String source) {
    }

    public record EntityView(String id, String type, String preferredLabel, String wikidata, String geonames,
            String notes, String status, String mergedInto, List<VariantView> variants, Instant updatedAt) {
    }

    public record EntityPage(long total, int page, int size, List<EntityView> entities) {
    }

    public record NewEntity(String type, String preferredLabel, String wikidata, String geonames, String notes,
            List<NewVariant> variants) {
    }

    public record EntityChanges(String preferredLabel, String wikidata, String geonames, String notes, Boolean confirmed) {
    }

    public record Merge(String from) {
    }

    public record Split(String restore, List<String> forms, String preferredLabel) {
    }

    public record ChangeView(long version, String action, String madeBy, List<String> entities, String details,
            Instant madeAt, Instant publishedAt) {
    }

    public record SuggestionView(long id, String type, String form, String candidateEntity, String candidateLabel,
            String candidateForm, double similarity, String reason, String documentId, String status, Instant createdAt) {
    }

    public record Version(long version) {
    }

    private final AuthorityEditor editor;

    public AuthorityResource(AuthorityEditor editor) {
        this.editor = editor;
    }

    @GET
    @Path("version")
    @Operation(summary = "The authority file's version: the number of its latest change")
    @Transactional
    public Version version() {
        return new Version(AuthorityChange.currentVersion());
    }

    @GET
    @Path("entities")
    @Operation(summary = "Search entities by a form of their name (any spelling: the transliteration key is compared too)")
    @APIResponse(responseCode = "200", description = "A page of entities, best matches first")
    @APIResponse(responseCode = "400", description = "An invalid parameter (problem+json)")
    @Transactional
    public EntityPage search(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        int p = number("page", page, 0, 0, 10_000);
        int n = number("size", size, 20, 1, MAX_PAGE_SIZE);
        StringBuilder where = new StringBuilder("mergedInto is null");
        Map<String, Object> params = new HashMap<>();
        if (type != null && !type.isBlank()) {
            if (!AuthorityEditor.TYPES.contains(type.strip())) {
                throw invalid("type", "type is one of " + String.join(", ", new java.util.TreeSet<>(AuthorityEditor.TYPES)));
            }
            where.append(" and type = :type");
            params.put("type", type.strip());
        }
        if (status != null && !status.isBlank()) {
            if (!Set.of(AuthorityEntity.CONFIRMED, AuthorityEntity.PROPOSED).contains(status.strip())) {
                throw invalid("status", "status is confirmed or proposed");
            }
            where.append(" and status = :status");
            params.put("status", status.strip());
        }
        if (q != null && !q.isBlank()) {
            if (q.length() > 200) {
                throw invalid("q", "q is longer than 200 characters");
            }
            where.append(" and exists (select 1 from EntityVariant v where v.entity = e and (lower(v.form) like :form"
                    + " or v.formKey like :key))");
            params.put("form", like(q.strip().toLowerCase(Locale.ROOT)) + "%");
            params.put("key", like(NameKey.of(q)) + "%");
        }
        PanacheQuery<AuthorityEntity> query = AuthorityEntity.find("from AuthorityEntity e where " + where
                + " order by e.preferredLabel, e.id", params);
        List<EntityView> entities = query.page(Page.of(p, n)).list().stream().map(AuthorityResource::view).toList();
        return new EntityPage(query.count(), p, n, entities);
    }

    @GET
    @Path("entities/{id}")
    @Operation(summary = "One entity with all its variants; a merged entity answers with where it went")
    @APIResponse(responseCode = "404", description = "No such entity (problem+json)")
    @Transactional
    public EntityView entity(@PathParam("id") String id) {
        Long dbId = AuthorityEntity.parseId(id);
        AuthorityEntity entity = dbId == null ? null : AuthorityEntity.findById(dbId);
        if (entity == null) {
            throw problem(404, "entity-not-found", "Entity not found", "No entity " + abbreviate(id) + ".");
        }
        return view(entity);
    }

    @POST
    @Path("entities")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an entity")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "An invalid entity (problem+json)")
    @Transactional
    public Response create(NewEntity body) {
        if (body == null) {
            throw invalid("body", "send the entity as JSON");
        }
        AuthorityEntity created = editor.create(body.type(), body.preferredLabel(), body.wikidata(), body.geonames(),
                body.notes(), body.variants());
        return Response.created(URI.create("/api/authority/entities/" + created.publicId())).entity(view(created)).build();
    }

    @PATCH
    @Path("entities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an entity's preferred label, external ids or notes, or confirm a proposed entity")
    @Transactional
    public EntityView update(@PathParam("id") String id, EntityChanges body) {
        if (body == null) {
            throw invalid("body", "send the changes as JSON");
        }
        return view(editor.update(id, body.preferredLabel(), body.wikidata(), body.geonames(), body.notes(),
                body.confirmed()));
    }

    @POST
    @Path("entities/{id}/variants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a variant (form, kind: spelling, transliteration, exonym, abbreviation or ocr; language)")
    @APIResponse(responseCode = "409", description = "The entity has that form already, or was merged (problem+json)")
    @Transactional
    public EntityView addVariant(@PathParam("id") String id, NewVariant body) {
        if (body == null) {
            throw invalid("body", "send the variant as JSON");
        }
        return view(editor.addVariant(id, body));
    }

    @DELETE
    @Path("entities/{id}/variants/{variantId}")
    @Operation(summary = "Remove a variant")
    @Transactional
    public EntityView removeVariant(@PathParam("id") String id, @PathParam("variantId") String variantId) {
        return view(editor.removeVariant(id, number("variantId", variantId, 0, 1, Integer.MAX_VALUE)));
    }

    @POST
    @Path("entities/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge the entity named in 'from' into this one")
    @Transactional
    public EntityView merge(@PathParam("id") String id, Merge body) {
        if (body == null || body.from() == null) {
            throw invalid("from", "name the entity to merge into this one in 'from'");
        }
        return view(editor.merge(id, body.from()));
    }

    @POST
    @Path("entities/{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Split an entity: 'restore' gives back an entity merged into this one, with its forms;"
            + " or 'forms' (and 'preferredLabel') make a new entity of those forms")
    @Transactional
    public EntityView split(@PathParam("id") String id, Split body) {
        if (body == null || (body.restore() == null && (body.forms() == null || body.forms().isEmpty()))) {
            throw invalid("restore", "name the merged entity to restore in 'restore', or the forms to split off in 'forms'");
        }
        return view(body.restore() != null ? editor.unmerge(id, body.restore())
                : editor.split(id, body.forms(), body.preferredLabel()));
    }

    @GET
    @Path("changes")
    @Operation(summary = "The audit trail: every change to the authority file, newest first (of one entity with 'entity')")
    @Transactional
    public List<ChangeView> changes(@QueryParam("entity") String entity, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        int p = number("page", page, 0, 0, 100_000);
        int n = number("size", size, 50, 1, MAX_PAGE_SIZE);
        if (entity != null && !entity.isBlank()) {
            Long id = AuthorityEntity.parseId(entity);
            if (id == null) {
                throw invalid("entity", "'" + abbreviate(entity) + "' is not an entity id such as E42");
            }
            @SuppressWarnings("unchecked")
            List<AuthorityChange> changes = AuthorityChange.getEntityManager().createNativeQuery(
                    "select * from authority_change where ?1 = any(entity_ids) order by version desc", AuthorityChange.class)
                    .setParameter(1, id).setFirstResult(p * n).setMaxResults(n).getResultList();
            return changes.stream().map(AuthorityResource::view).toList();
        }
        return AuthorityChange.<AuthorityChange>find("order by version desc").page(Page.of(p, n)).list().stream().map(AuthorityResource::view).toList();
    }

    private static ChangeView view(AuthorityChange c) {
        return new ChangeView(c.version, c.action, c.madeBy,
                java.util.Arrays.stream(c.entityIds).map(AuthorityEntity::publicId).toList(), c.details, c.madeAt,
                c.publishedAt);
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "The review queue: suggested links (pending unless 'status' says otherwise), oldest first")
    @Transactional
    public List<SuggestionView> suggestions(@QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        int p = number("page", page, 0, 0, 100_000);
        int n = number("size", size, 50, 1, MAX_PAGE_SIZE);
        String wanted = status == null || status.isBlank() ? LinkSuggestion.PENDING : status.strip();
        if (!List.of(LinkSuggestion.PENDING, LinkSuggestion.ACCEPTED, LinkSuggestion.REJECTED).contains(wanted)) {
            throw invalid("status", "status is pending, accepted or rejected");
        }
        List<LinkSuggestion> found = LinkSuggestion.find("status = ?1 order by id", wanted).page(Page.of(p, n)).list();
        List<SuggestionView> views = new ArrayList<>();
        for (LinkSuggestion s : found) {
            AuthorityEntity candidate = s.candidateEntityId == null ? null : AuthorityEntity.findById(s.candidateEntityId);
            views.add(new SuggestionView(s.id, s.type, s.form, candidate == null ? null : candidate.publicId(),
                    candidate == null ? null : candidate.preferredLabel, s.candidateForm, s.similarity, s.reason,
                    s.documentId == null ? null : s.documentId.toString(), s.status, s.createdAt));
        }
        return views;
    }

    @POST
    @Path("suggestions/{id}/accept")
    @Operation(summary = "Accept a suggested link: the form becomes a variant of the entity (both forms one entity)")
    @APIResponse(responseCode = "409", description = "Already decided (problem+json)")
    @Transactional
    public EntityView accept(@PathParam("id") String id) {
        return view(editor.accept(number("id", id, 0, 1, Integer.MAX_VALUE)));
    }

    @POST
    @Path("suggestions/{id}/reject")
    @Operation(summary = "Reject a suggested link; the pair is not suggested again")
    @APIResponse(responseCode = "409", description = "Already decided (problem+json)")
    @Transactional
    public Response reject(@PathParam("id") String id) {
        editor.reject(number("id", id, 0, 1, Integer.MAX_VALUE));
        return Response.noContent().build();
    }

    /** A body that is no JSON, JSON of the wrong shape, or JSON nested beyond the parser's limits. */
    @ServerExceptionMapper
    public Response unreadable(com.fasterxml.jackson.core.JsonProcessingException e) {
        return problem(400, "malformed-json", "Malformed JSON", "The body is not the JSON this request takes: "
                + e.getOriginalMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response refused(Refused e) {
        return switch (e.kind()) {
            case INVALID -> problem(400, "invalid-authority-request", "Invalid request", e.getMessage()).toResponse();
            case NOT_FOUND -> problem(404, "authority-not-found", "Not found", e.getMessage()).toResponse();
            case CONFLICT -> problem(409, "authority-conflict", "Conflict", e.getMessage()).toResponse();
        };
    }

    static EntityView view(AuthorityEntity e) {
        return new EntityView(e.publicId(), e.type, e.preferredLabel, e.wikidata, e.geonames, e.notes, e.status,
                e.mergedInto == null ? null : AuthorityEntity.publicId(e.mergedInto),
                e.variants.stream().map(v -> new VariantView(v.id == null ? 0 : v.id, v.form, v.kind, v.language, v.source))
                        .toList(), e.updatedAt);
    }

    private static int number(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw invalid(name, name + " must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid(name, "'" + abbreviate(raw) + "' is not a number");
        }
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static HttpProblem problem(int status, String slug, String title, String detail) {
        return HttpProblem.builder().withType(URI.create("urn:archive:problem:" + slug)).withStatus(status)
                .withTitle(title).withDetail(detail).build();
    }

    private static HttpProblem invalid(String parameter, String detail) {
        return HttpProblem.builder(problem(400, "invalid-parameter", "Invalid parameter", detail))
                .with("parameter", parameter).build();
    }

    private static String abbreviate(String raw) {
        String printable = raw.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 64 ? printable.substring(0, 64) + "…" : printable;
    }
}

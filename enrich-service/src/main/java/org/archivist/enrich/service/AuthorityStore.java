package org.archivist.enrich.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.archivist.enrich.config.EnrichConfig;
import org.archivist.enrich.entities.Authority;
import org.archivist.enrich.entities.EntityLinker;
import org.archivist.enrich.entities.Mention;
import org.archivist.enrich.entities.NameKey;
import org.archivist.enrich.persistence.AuthorityChange;
import org.archivist.enrich.persistence.AuthorityEntity;
import org.archivist.enrich.persistence.DocumentName;
import org.archivist.enrich.persistence.EntityVariant;
import org.archivist.enrich.persistence.LinkSuggestion;
import org.archivist.events.DocumentEntity;
import org.archivist.events.EntityMention;

/**
 * The authority file as enrichment uses it: a snapshot to link with, refreshed when the file changed, and
 * what a document's linking adds to it (the forms it found of known entities, new entities for names that
 * recur, suggestions for editors, the names it mentions).
 */
@ApplicationScoped
public class AuthorityStore {

    /** A document's names as they go into its enriched event. */
    public record Recorded(List<EntityMention> mentions, List<DocumentEntity> entities, long authorityVersion,
            List<String> warnings) {

        Recorded withWarning(String warning) {
            List<String> all = new ArrayList<>(warnings);
            all.add(warning);
            return new Recorded(mentions, entities, authorityVersion, List.copyOf(all));
        }
    }

    private final EntityManager db;
    private final Duration refreshInterval;
    private volatile Authority snapshot;
    private volatile long checkedAt;

    public AuthorityStore(EntityManager db, EnrichConfig config) {
        this.db = db;
        this.refreshInterval = config.authority().refreshInterval();
    }

    /** The authority file as of at most the refresh interval ago. */
    public Authority current() {
        Authority known = snapshot;
        long now = System.nanoTime();
        if (known != null && now - checkedAt < refreshInterval.toNanos()) {
            return known;
        }
        synchronized (this) {
            if (snapshot != null && System.nanoTime() - checkedAt < refreshInterval.toNanos()) {
                return snapshot;
            }
            long version = QuarkusTransaction.requiringNew().call(AuthorityChange::currentVersion);
            if (snapshot == null || snapshot.version() != version) {
                snapshot = QuarkusTransaction.requiringNew().call(() -> load(version));
                Log.debugf("authority file version %d: %d entities", version, snapshot.size());
            }
            checkedAt = System.nanoTime();
            return snapshot;
        }
    }

    /** Forgets the names of a deleted document. */
    @Transactional
    public void forget(UUID documentId) {
        db.createNativeQuery("delete from document_name where document_id = ?1").setParameter(1, documentId)
                .executeUpdate();
    }

    /**
     * Records what a document's linking found, and turns it into the event's mentions and entities: the
     * forms of known entities not yet in the file are added to them, a name that recurs (twice in this document,
     * or in another document too) becomes a proposed entity, and the suggestions go to the review queue. The
     * snapshot the document was linked with answers for the entities it knows; the database is asked only about
     * the names it does not know.
     */
    @Transactional
    public Recorded record(UUID documentId, EntityLinker.Linking linking, Authority snapshot) {
        // The lookups below never need this transaction's own writes: no flush before each of them.
        db.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        List<EntityLinker.Group> open = linking.groups().stream().filter(g -> g.entityId() == null).toList();
        Map<String, List<Long>> byKey = entitiesByKey(open);
        Set<String> elsewhere = unlinkedElsewhere(open, documentId);
        List<Resolved> resolved = new ArrayList<>();
        for (EntityLinker.Group group : linking.groups()) {
            Authority.Entry entry = group.entityId() == null ? null : snapshot.entry(group.entityId());
            if (entry != null) {
                List<String> variants = new ArrayList<>(entry.forms());
                List<String> added = group.forms().stream().filter(f -> !variants.contains(f)).toList();
                if (!added.isEmpty()) {
                    AuthorityEntity entity = live(AuthorityEntity.parseId(entry.id()));
                    if (entity != null) {
                        addForms(entity, group, documentId);
                    }
                    variants.addAll(added);
                }
                resolved.add(new Resolved(AuthorityEntity.parseId(entry.id()), entry.preferredLabel(), variants));
                continue;
            }
            AuthorityEntity entity = null;
            List<Long> known = keys(group).stream().flatMap(k -> byKey.getOrDefault(group.type() + ":" + k, List.of()).stream())
                    .distinct().toList();
            if (known.size() == 1) {
                entity = live(known.get(0));
                if (entity != null) {
                    addForms(entity, group, documentId);
                }
            } else if (known.isEmpty() && (group.mentions().size() >= 2
                    || keys(group).stream().anyMatch(k -> elsewhere.contains(group.type() + ":" + k)))) {
                entity = propose(group, documentId);
            }
            resolved.add(entity == null ? null : new Resolved(entity.id, entity.preferredLabel,
                    entity.variants.stream().map(v -> v.form).toList()));
        }
        saveNames(documentId, linking, resolved);
        saveSuggestions(documentId, linking.suggestions());
        db.flush();
        return recorded(linking, resolved, AuthorityChange.currentVersion());
    }

    /** The entity a group of mentions went to: its id, label and every form it is known by. */
    private record Resolved(long id, String label, List<String> variants) {
    }

    /** For each "type:key" of the groups' mentions, the live entities of that type with a form of that key. */
    private Map<String, List<Long>> entitiesByKey(List<EntityLinker.Group> groups) {
        Set<String> keys = new LinkedHashSet<>();
        groups.forEach(g -> keys.addAll(keys(g)));
        Map<String, List<Long>> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        List<Object[]> rows = db.createQuery("select distinct v.entity.type, v.formKey, v.entity.id from EntityVariant v"
                + " where v.formKey in ?1 and v.entity.mergedInto is null", Object[].class)
                .setParameter(1, keys).getResultList();
        for (Object[] row : rows) {
            found.computeIfAbsent(row[0] + ":" + row[1], k -> new ArrayList<>()).add((Long) row[2]);
        }
        return found;
    }

    /** The "type:key" of the groups' names that another document mentions without being linked. */
    private Set<String> unlinkedElsewhere(List<EntityLinker.Group> groups, UUID documentId) {
        Set<String> keys = new LinkedHashSet<>();
        groups.forEach(g -> keys.addAll(keys(g)));
        Set<String> found = new java.util.HashSet<>();
        if (keys.isEmpty()) {
            return found;
        }
        List<Object[]> rows = db.createQuery("select n.key.type, n.key.formKey from DocumentName n"
                + " where n.key.formKey in ?1 and n.entityId is null and n.key.documentId <> ?2", Object[].class)
                .setParameter(1, keys).setParameter(2, documentId).getResultList();
        rows.forEach(row -> found.add(row[0] + ":" + row[1]));
        return found;
    }

    private Authority load(long version) {
        Map<Long, List<Authority.Variant>> variants = new HashMap<>();
        List<Object[]> rows = db.createNativeQuery("select v.entity_id, v.form, v.kind, v.language from entity_variant v"
                + " join authority_entity e on e.id = v.entity_id where e.merged_into is null order by v.id").getResultList();
        for (Object[] row : rows) {
            variants.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(new Authority.Variant((String) row[1], (String) row[2], (String) row[3]));
        }
        List<Authority.Entry> entries = new ArrayList<>();
        List<Object[]> entityRows = db.createNativeQuery(
                "select id, type, preferred_label from authority_entity where merged_into is null").getResultList();
        for (Object[] row : entityRows) {
            long id = ((Number) row[0]).longValue();
            entries.add(new Authority.Entry(AuthorityEntity.publicId(id), (String) row[1], (String) row[2],
                    variants.getOrDefault(id, List.of())));
        }
        return new Authority(version, entries);
    }

    /** The entity, or the one it was merged into. */
    private AuthorityEntity live(Long id) {
        AuthorityEntity entity = id == null ? null : AuthorityEntity.findById(id);
        for (int hops = 0; entity != null && entity.mergedInto != null && hops < 16; hops++) {
            entity = AuthorityEntity.findById(entity.mergedInto);
        }
        return entity;
    }

    /** An entity made since the snapshot (by another document) with one of the group's keys. */
    private AuthorityEntity knownByKey(EntityLinker.Group group) {
        List<String> keys = keys(group);
        if (keys.isEmpty()) {
            return null;
        }
        List<AuthorityEntity> found = AuthorityEntity.find("select distinct v.entity from EntityVariant v"
                + " where v.formKey in ?1 and v.entity.type = ?2 and v.entity.mergedInto is null", keys, group.type()).list();
        return found.size() == 1 ? found.get(0) : null;
    }

    private void addForms(AuthorityEntity entity, EntityLinker.Group group, UUID documentId) {
        List<String> added = new ArrayList<>();
        for (String form : group.forms()) {
            if (entity.variant(form) == null && !NameKey.of(form).isEmpty()) {
                entity.variants.add(EntityVariant.of(entity, form, kind(group), null, EntityVariant.AUTOMATIC));
                added.add(form);
            }
        }
        if (!added.isEmpty()) {
            AuthorityChange.record("variants-found", "enrichment", List.of(entity.id), entity.type,
                    added.stream().map(NameKey::of).distinct().toList(), documentId,
                    "found " + added + " for " + entity.publicId() + " " + entity.preferredLabel);
        }
    }

    private AuthorityEntity propose(EntityLinker.Group group, UUID documentId) {
        List<String> keys = keys(group);
        // Two enrichers may meet the same new name at once: one of them makes the entity, the other links to it.
        for (String key : keys) {
            db.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, group.type() + ":" + key)
                    .getSingleResult();
        }
        AuthorityEntity existing = knownByKey(group);
        if (existing != null) {
            addForms(existing, group, documentId);
            return existing;
        }
        AuthorityEntity entity = new AuthorityEntity();
        entity.type = group.type();
        entity.preferredLabel = group.forms().get(0);
        entity.status = AuthorityEntity.PROPOSED;
        Set<String> forms = new LinkedHashSet<>(group.forms());
        List<DocumentName> elsewhere = DocumentName.list("key.type = ?1 and key.formKey in ?2 and entityId is null",
                group.type(), keys);
        elsewhere.forEach(n -> forms.add(n.form));
        for (String form : forms) {
            entity.variants.add(EntityVariant.of(entity, form, "spelling", null, EntityVariant.AUTOMATIC));
        }
        entity.persist();
        AuthorityChange.record("entity-proposed", "enrichment", List.of(entity.id), entity.type, keys, documentId,
                "proposed " + entity.publicId() + " " + entity.preferredLabel + " " + forms);
        return entity;
    }

    private static String kind(EntityLinker.Group group) {
        return "document".equals(group.link()) ? "ocr" : "key".equals(group.link()) ? "transliteration" : "spelling";
    }

    private static List<String> keys(EntityLinker.Group group) {
        return group.mentions().stream().map(m -> NameKey.of(m.surface())).filter(k -> !k.isEmpty()).distinct().toList();
    }

    /** Replaces the document's names: one delete and one batch of inserts. */
    private void saveNames(UUID documentId, EntityLinker.Linking linking, List<Resolved> resolved) {
        Map<String, Object[]> names = new LinkedHashMap<>();
        for (int i = 0; i < linking.groups().size(); i++) {
            EntityLinker.Group group = linking.groups().get(i);
            Long entityId = resolved.get(i) == null ? null : resolved.get(i).id();
            for (Mention m : group.mentions()) {
                String key = NameKey.of(m.surface());
                if (!key.isEmpty()) {
                    Object[] row = names.computeIfAbsent(group.type() + ":" + key,
                            k -> new Object[] {group.type(), key, m.surface(), entityId, 0});
                    row[4] = (Integer) row[4] + 1;
                }
            }
        }
        db.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement delete = connection.prepareStatement(
                    "delete from document_name where document_id = ?")) {
                delete.setObject(1, documentId);
                delete.executeUpdate();
            }
            try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into document_name"
                    + " (document_id, type, form_key, form, entity_id, mentions) values (?, ?, ?, ?, ?, ?)")) {
                for (Object[] row : names.values()) {
                    insert.setObject(1, documentId);
                    insert.setString(2, (String) row[0]);
                    insert.setString(3, (String) row[1]);
                    insert.setString(4, (String) row[2]);
                    insert.setObject(5, row[3], java.sql.Types.BIGINT);
                    insert.setInt(6, (Integer) row[4]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** The suggestions not made before, in one batch; a pair already suggested (or decided) is left as it is. */
    private void saveSuggestions(UUID documentId, List<EntityLinker.Suggestion> suggestions) {
        if (suggestions.isEmpty()) {
            return;
        }
        db.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into link_suggestion"
                    + " (type, form, form_key, candidate_entity_id, candidate_form, similarity, reason, document_id, pair)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (pair) do nothing")) {
                for (EntityLinker.Suggestion s : suggestions) {
                    Long candidate = AuthorityEntity.parseId(s.candidateEntityId());
                    insert.setString(1, s.type());
                    insert.setString(2, s.form());
                    insert.setString(3, s.key());
                    insert.setObject(4, candidate, java.sql.Types.BIGINT);
                    insert.setString(5, s.candidateForm());
                    insert.setDouble(6, s.similarity());
                    insert.setString(7, s.reason());
                    insert.setObject(8, documentId);
                    insert.setString(9, LinkSuggestion.pair(s.type(), s.key(), candidate,
                            s.candidateForm() == null ? null : NameKey.of(s.candidateForm())));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static Recorded recorded(EntityLinker.Linking linking, List<Resolved> resolved, long version) {
        List<EntityMention> mentions = new ArrayList<>();
        List<DocumentEntity> documentEntities = new ArrayList<>();
        for (int i = 0; i < linking.groups().size(); i++) {
            EntityLinker.Group group = linking.groups().get(i);
            Resolved entity = resolved.get(i);
            String id = entity == null ? null : AuthorityEntity.publicId(entity.id());
            // A group the snapshot did not know was linked to the entity made or found for its very forms.
            String link = entity == null ? null : group.link() == null ? "exact" : group.link();
            for (Mention m : group.mentions()) {
                mentions.add(new EntityMention(m.type(), m.surface(), m.start(), m.end(), id, link, m.method(),
                        m.confidence(), null));
            }
            List<String> variants = new ArrayList<>(group.forms());
            if (entity != null) {
                entity.variants().stream().filter(v -> !variants.contains(v)).forEach(variants::add);
            }
            documentEntities.add(new DocumentEntity(id, group.type(),
                    entity == null ? group.forms().get(0) : entity.label(), group.forms(), variants,
                    group.mentions().size()));
        }
        for (Mention date : linking.dates()) {
            mentions.add(new EntityMention(date.type(), date.surface(), date.start(), date.end(), null, null,
                    date.method(), date.confidence(), date.normalised()));
        }
        mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return new Recorded(mentions, documentEntities, version, List.of());
    }
}

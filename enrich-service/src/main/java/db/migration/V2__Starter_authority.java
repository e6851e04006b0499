package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.archivist.enrich.entities.Authority;
import org.archivist.enrich.entities.NameKey;
import org.archivist.enrich.entities.StarterAuthority;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Loads the starter authority list that ships with the service (see {@link StarterAuthority}). */
public class V2__Starter_authority extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        List<StarterAuthority.Seed> seeds = StarterAuthority.load();
        try (PreparedStatement entity = db.prepareStatement("insert into authority_entity"
                + " (type, preferred_label, wikidata, geonames, notes) values (?, ?, ?, ?, ?) returning id");
                PreparedStatement variant = db.prepareStatement("insert into entity_variant"
                        + " (entity_id, form, form_key, kind, language, source) values (?, ?, ?, ?, ?, 'starter')")) {
            for (StarterAuthority.Seed seed : seeds) {
                entity.setString(1, seed.type());
                entity.setString(2, seed.preferredLabel());
                entity.setString(3, seed.wikidata());
                entity.setString(4, seed.geonames());
                entity.setString(5, seed.notes());
                long id;
                try (ResultSet rs = entity.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                for (Authority.Variant v : seed.variants()) {
                    variant.setLong(1, id);
                    variant.setString(2, v.form());
                    variant.setString(3, NameKey.of(v.form()));
                    variant.setString(4, v.kind());
                    variant.setString(5, v.language());
                    variant.addBatch();
                }
            }
            variant.executeBatch();
        }
        try (PreparedStatement change = db.prepareStatement("insert into authority_change"
                + " (action, made_by, details, published_at) values ('starter-list-loaded', 'migration', ?, now())")) {
            change.setString(1, seeds.size() + " entities from the starter authority list");
            change.executeUpdate();
        }
    }
}

package org.archivist.enrich.entities.hipe;

import java.util.List;
import java.util.function.Function;
import org.archivist.enrich.entities.Authority;
import org.archivist.enrich.entities.DateFinder;
import org.archivist.enrich.entities.EntityExtractor;
import org.archivist.enrich.entities.Mention;
import org.archivist.enrich.entities.NerModel;
import org.archivist.enrich.entities.StarterAuthority;

/** The extractor enrich-service runs, with the starter authority file, as a finder for {@link HipeEvaluation}. */
public final class ProductFinder implements Function<String, List<Mention>> {

    private final EntityExtractor extractor = new EntityExtractor(NerModel.shared()::find, DateFinder::find);
    private final Authority authority = StarterAuthority.asAuthority();

    @Override
    public List<Mention> apply(String text) {
        return extractor.extract(text, authority);
    }
}

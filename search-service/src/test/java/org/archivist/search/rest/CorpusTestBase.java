package org.archivist.search.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import jakarta.inject.Inject;
import org.archivist.search.fixtures.Corpus;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.ElasticsearchResource;
import org.archivist.testsupport.KafkaResource;
import org.junit.jupiter.api.BeforeEach;

/** The servers, and the fixture corpus loaded into the corpus profile's own index before each test. */
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ElasticsearchResource.class)
@QuarkusTestResource(ApiKeyResource.class)
abstract class CorpusTestBase {

    @Inject
    ObjectMapper json;

    @BeforeEach
    void loadCorpus() throws InterruptedException {
        Corpus.ensureLoaded(json);
    }
}

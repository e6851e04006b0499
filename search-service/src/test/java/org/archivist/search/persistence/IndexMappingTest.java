package org.archivist.search.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IndexMappingTest {

    @Test
    void shouldUseFoldingAndStemmingWhereTheClusterHasThem() throws Exception {
        JsonNode rich = new ObjectMapper().readTree(IndexMapping.createBody(new AnalysisSupport("asciifolding", "english"), 1, false));

        assertEquals("[\"lowercase\",\"asciifolding\"]", rich.at("/settings/index/analysis/analyzer/archive_text/filter").toString());
        assertEquals("[\"lowercase\",\"asciifolding\"]", rich.at("/settings/index/analysis/normalizer/archive_keyword/filter").toString());
        assertEquals("english", rich.at("/mappings/properties/text/fields/stemmed/analyzer").asText());
        assertEquals("english", rich.at("/mappings/_meta/stemming").asText());
        assertEquals(1, rich.at("/settings/index/number_of_replicas").asInt());
        assertTrue(SearchQueries.textFields(new AnalysisSupport("asciifolding", "english")).contains("text.stemmed^0.3"));
    }

    @Test
    void shouldStayWithinTheCoreAnalysisWhereTheClusterHasNoMore() throws Exception {
        JsonNode core = new ObjectMapper().readTree(IndexMapping.createBody(AnalysisSupport.CORE, 1, true));

        assertEquals("[\"lowercase\"]", core.at("/settings/index/analysis/analyzer/archive_text/filter").toString());
        assertTrue(core.at("/mappings/properties/text/fields").isMissingNode());
        assertTrue(core.at("/mappings/_meta/folding").isNull());
        assertEquals(IndexMapping.MAPPING_VERSION, core.at("/mappings/_meta/mappingVersion").asInt());
        assertEquals("-1", core.at("/settings/index/refresh_interval").asText(), "not refreshed while built");
        assertTrue(new ObjectMapper().readTree(IndexMapping.createBody(AnalysisSupport.CORE, 1, false))
                .at("/settings/index/refresh_interval").isMissingNode(),
                "Elasticsearch's default, so that a shard nobody searches is not refreshed");
        assertEquals(0, core.at("/settings/index/number_of_replicas").asInt());
        assertFalse(SearchQueries.textFields(AnalysisSupport.CORE).stream().anyMatch(f -> f.contains("stemmed")));
        assertEquals(2, AnalysisSupport.CORE.missing().size());
    }

    @Test
    void shouldMapEveryFieldOfTheIndexedDocumentStrictly() throws Exception {
        JsonNode mapping = new ObjectMapper().readTree(IndexMapping.createBody(AnalysisSupport.CORE, 0, false))
                .at("/mappings");
        Set<String> fields = new TreeSet<>();
        mapping.path("properties").fieldNames().forEachRemaining(fields::add);
        Set<String> components = new TreeSet<>();
        for (RecordComponent c : IndexedDocument.class.getRecordComponents()) {
            components.add(c.getName());
        }

        assertEquals(components, fields);
        assertEquals("strict", mapping.path("dynamic").asText());
        assertEquals("nested", mapping.at("/properties/footnotes/type").asText());
        assertEquals("nested", mapping.at("/properties/signatories/type").asText());
        assertEquals("date", mapping.at("/properties/citation/properties/issueDate/type").asText());
    }
}

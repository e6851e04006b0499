-- The unlinked names of other documents with a form key, asked for each enriched document (does this name recur
-- elsewhere?) by form key alone: document_name_key leads with the type, so that lookup read the whole table,
-- which grows with every document.
create index document_name_unlinked_key on document_name (form_key) where entity_id is null;

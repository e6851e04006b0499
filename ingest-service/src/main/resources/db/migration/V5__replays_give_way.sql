-- A replay that enrichment's own changes asked for gives way to new documents: it waits while the pipeline is
-- busy with them (an editor's replay never does).
alter table pending_replay add column gives_way boolean not null default false;

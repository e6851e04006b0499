-- Where each document stands in the pipeline, fed back by the other services' status events.
alter table document
    add column status            varchar(16)   not null default 'RECEIVED',
    add column status_reason     text,
    add column status_changed_at timestamp with time zone,
    -- What the uploader said about the source.
    add column periodical        varchar(512),
    add column issue_date        date,
    add column source_url        varchar(2048),
    add column language          varchar(35),
    add column collection        varchar(255),
    add column tags              text[] not null default '{}';

update document set status_changed_at = received_at;
alter table document alter column status_changed_at set not null;

create index document_status_received on document (status, received_at);
create index document_collection_received on document (collection, received_at);
create index document_received on document (received_at);

-- A request that dropped several files (or a ZIP): one row per file, duplicates included.
create table upload_batch (
    id         uuid primary key,
    created_at timestamp with time zone not null
);

create table batch_document (
    batch_id    uuid          not null references upload_batch (id) on delete cascade,
    position    int           not null,
    document_id uuid          not null references document (id) on delete cascade,
    file_name   varchar(1024) not null,
    duplicate   boolean       not null,
    primary key (batch_id, position)
);

create index batch_document_document on batch_document (document_id);

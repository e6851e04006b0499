-- Documents as received: metadata apart from the bytes, so that lists never load file contents.
create table document (
    id          uuid primary key,
    file_name   varchar(1024) not null,
    media_type  varchar(255)  not null,
    size_bytes  bigint        not null,
    sha256      varchar(64)   not null,
    received_at timestamp with time zone not null,
    constraint document_sha256_unique unique (sha256)
);

create table document_content (
    document_id uuid primary key references document (id) on delete cascade,
    bytes       bytea not null
);

-- Transactional outbox: written in the same transaction as the document, relayed to Kafka afterwards.
create table outbox_event (
    id           bigserial primary key,
    event_id     uuid         not null unique,
    event_type   varchar(128) not null,
    aggregate_id uuid         not null,
    payload      text         not null,
    created_at   timestamp with time zone not null,
    published_at timestamp with time zone
);

create index outbox_event_pending on outbox_event (id) where published_at is null;

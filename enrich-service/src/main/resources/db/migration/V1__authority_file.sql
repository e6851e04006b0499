-- The authority file: the persons, places, organisations and periodicals the archive knows, and every form of
-- their names. Owned by enrich-service, in its own schema.
create table authority_entity (
    id              bigserial primary key,
    type            varchar(16)  not null check (type in ('person', 'place', 'organisation', 'periodical')),
    preferred_label varchar(512) not null,
    wikidata        varchar(32),
    geonames        varchar(32),
    notes           text,
    -- proposed: made by enrichment from a name that recurs, for an editor to confirm.
    status          varchar(16)  not null default 'confirmed' check (status in ('confirmed', 'proposed')),
    -- set when an editor merged this entity into another; cleared when they split it off again.
    merged_into     bigint references authority_entity (id),
    created_at      timestamp with time zone not null default now(),
    updated_at      timestamp with time zone not null default now()
);

create index authority_entity_label on authority_entity (lower(preferred_label));

create table entity_variant (
    id         bigserial primary key,
    entity_id  bigint       not null references authority_entity (id),
    form       varchar(512) not null,
    -- NameKey.of(form): the transliteration-aware key the linker compares.
    form_key   varchar(512) not null,
    kind       varchar(16)  not null check (kind in ('spelling', 'transliteration', 'exonym', 'abbreviation', 'ocr')),
    language   varchar(8)   not null default 'und',
    source     varchar(16)  not null check (source in ('starter', 'editor', 'automatic')),
    created_at timestamp with time zone not null default now(),
    constraint entity_variant_unique unique (entity_id, form)
);

create index entity_variant_key on entity_variant (form_key);
create index entity_variant_form on entity_variant (lower(form));

-- Every change to the authority file, for the audit trail; its id is the authority version. A change is
-- published (the documents it affects are sent to be enriched again) once, by the relay.
create table authority_change (
    version      bigserial primary key,
    action       varchar(32)  not null,
    made_by      varchar(32)  not null,
    entity_ids   bigint[]     not null default '{}',
    -- the keys of the forms the change added or removed: unlinked mentions of them are affected too
    type         varchar(16),
    form_keys    varchar(512)[] not null default '{}',
    -- the document whose enrichment made the change: already linked with it
    document_id  uuid,
    details      text         not null,
    made_at      timestamp with time zone not null default now(),
    published_at timestamp with time zone
);

create index authority_change_pending on authority_change (version) where published_at is null;

-- The names each enriched document mentions, linked or not: the documents an authority change affects, and
-- the unlinked names that recur across documents.
create table document_name (
    document_id uuid         not null,
    type        varchar(16)  not null,
    form_key    varchar(512) not null,
    form        varchar(512) not null,
    entity_id   bigint references authority_entity (id),
    mentions    integer      not null,
    primary key (document_id, type, form_key)
);

create index document_name_entity on document_name (entity_id);
create index document_name_key on document_name (type, form_key);

-- Links that only an editor can make: a name that looks like a known entity or like another name.
create table link_suggestion (
    id                  bigserial primary key,
    type                varchar(16)  not null,
    form                varchar(512) not null,
    form_key            varchar(512) not null,
    candidate_entity_id bigint references authority_entity (id),
    candidate_form      varchar(512),
    similarity          double precision not null,
    reason              varchar(512) not null,
    document_id         uuid,
    status              varchar(16)  not null default 'pending' check (status in ('pending', 'accepted', 'rejected')),
    -- type, key and candidate: one suggestion per pair, whatever its status (a rejected pair stays rejected)
    pair                varchar(1100) not null unique,
    created_at          timestamp with time zone not null default now(),
    decided_at          timestamp with time zone,
    check (candidate_entity_id is not null or candidate_form is not null)
);

create index link_suggestion_pending on link_suggestion (id) where status = 'pending';

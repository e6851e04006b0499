-- Documents an authority change affects, waiting to be sent down the pipeline again. One row per document:
-- the many changes a backlog makes to the authority file come out as one replay per document.
create table pending_replay (
    document_id uuid primary key references document (id) on delete cascade,
    due_at timestamp with time zone not null
);
create index pending_replay_due on pending_replay (due_at);

-- A tombstone (null payload) tells the other services that a document was deleted.
alter table outbox_event alter column payload drop not null;

-- The identities of the rows each loaded file holds (issue 15): line, raw-record hash and
-- rejected flag, a few bytes each, packed per client (FileRowIdentities). A file's re-export is
-- compared with them instead of reading its predecessor's staged rows back. Written by the load
-- (inherited rows by its first pass, staged rows by each chunk); complete once the file is
-- loaded (identities_kept), dropped once a later file of its lineage is. Files loaded before this
-- table have none: their next re-export is compared with their staged rows, as before.
-- bytea: PostgreSQL's type for bytes, which H2 reads as binary varying.
create table file_row_identity (
    file_sha   char(64)  not null,
    client_id  varchar,
    inherited  boolean   not null,
    identities bytea     not null
);
create index file_row_identity_by_file on file_row_identity (file_sha);
alter table input_file add column identities_kept boolean default false not null;

-- Row lifetimes (issue 15): a file re-exported with most of its rows unchanged stages only what
-- changed. A file of the same name and kind as one loaded on an earlier night, with the same
-- header, has that file as its predecessor: their chain is a lineage (named by its first file's
-- sha), and seq orders every file ever recorded. A staged row belongs to the file that staged it
-- (file_sha) and is seen by that file and by each later file of its lineage, until the file in
-- which it vanished (died, that file's seq; null while it lives on). row_hash is the hash of the
-- raw record the row was read from, which with its line is the row's identity within a lineage.
alter table input_file add column seq bigint;
alter table input_file add column lineage char(64);
alter table input_file add column predecessor char(64);
alter table input_file add column header_sig varchar;
alter table input_file add column rows_inherited bigint;
alter table input_file add column rows_vanished bigint;
-- files already loaded: each a lineage of its own, numbered in load order; without a header
-- signature none is a predecessor, so their next re-export loads in full once
update input_file set lineage = file_sha;
update input_file set seq = (select count(*) from input_file o where o.loaded_on < input_file.loaded_on
    or (o.loaded_on = input_file.loaded_on and o.file_sha <= input_file.file_sha));

alter table client add column died bigint;
alter table client add column row_hash bigint;
alter table notice add column died bigint;
alter table notice add column row_hash bigint;
alter table irs_transaction add column died bigint;
alter table irs_transaction add column row_hash bigint;
alter table information_return add column died bigint;
alter table information_return add column row_hash bigint;
alter table return_line add column died bigint;
alter table return_line add column row_hash bigint;
alter table payment add column died bigint;
alter table payment add column row_hash bigint;
alter table transcript_account add column died bigint;
alter table transcript_account add column row_hash bigint;
alter table rejected_row add column died bigint;
alter table rejected_row add column row_hash bigint;

-- The rows of a predecessor that a file no longer has (by line and hash): what the file's load
-- marked as died, kept so that a restarted load marks the same rows, and for the night's counts.
create table vanished_row (
    file_seq bigint not null,
    line     bigint not null,
    row_hash bigint not null
);
create index vanished_row_by_identity on vanished_row (file_seq, line, row_hash);

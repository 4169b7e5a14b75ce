-- The clients each loaded file touched (issue 15): those of the rows it staged (loaded or
-- rejected) and, for a re-export, those of its predecessor's rows that vanished in it. Several
-- small rows per client and file, so that the night's questions "which clients do these files
-- name?" (rows without a client, clients changed since last night) are a lookup by file instead
-- of a scan of every staged row. A superset, never exact: duplicates are allowed (a restarted
-- load records a chunk's clients again), and readers take distinct values.
create table file_client (
    file_sha  char(64)    not null,
    client_id varchar   not null
);
create index file_client_by_file on file_client (file_sha);
create index file_client_by_client on file_client (client_id);

-- files loaded before this table: the clients of their rows, and of the rows that vanished in them
insert into file_client (file_sha, client_id) select distinct file_sha, client_id from client;
insert into file_client (file_sha, client_id) select distinct file_sha, client_id from notice;
insert into file_client (file_sha, client_id) select distinct file_sha, client_id from irs_transaction;
insert into file_client (file_sha, client_id) select distinct file_sha, client_id from information_return;
insert into file_client (file_sha, client_id) select distinct file_sha, client_id from return_line;
insert into file_client (file_sha, client_id) select distinct file_sha, client_id from payment;
insert into file_client (file_sha, client_id) select distinct file_sha, client_id from transcript_account;
insert into file_client (file_sha, client_id) select distinct file_sha, client_id from rejected_row
    where client_id is not null and run_date is null;
insert into file_client (file_sha, client_id) select distinct f.file_sha, t.client_id from input_file f
    join (select died, client_id from client union select died, client_id from notice
          union select died, client_id from irs_transaction union select died, client_id from information_return
          union select died, client_id from return_line union select died, client_id from payment
          union select died, client_id from transcript_account
          union select died, client_id from rejected_row where client_id is not null and run_date is null) t
    on t.died = f.seq;

-- What each night knew of each client, so that a later night can tell whether reconciling it again
-- could change anything: a digest of its inputs (its staged rows as assembled, with their sources,
-- and the reviewer's entries on its findings), a digest of what the engine and the reports read
-- besides (catalogs, settings, the report context, the code), the next date on which the engine
-- said its answer could change (null: never), the night it was last really reconciled (earlier
-- than run_date when it was carried), whether none of its findings was new that night (a carried
-- workbook shows them all as open), and the workbook and letter files written for it.
create table client_night (
    run_date      date        not null,
    client_id     varchar     not null,
    inputs_hash   varchar(64) not null,
    context_hash  varchar(64) not null,
    next_change   date,
    reconciled_on date        not null,
    settled       boolean     not null,
    files         varchar,
    primary key (run_date, client_id)
);

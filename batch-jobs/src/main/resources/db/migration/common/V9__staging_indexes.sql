-- The secondary indexes of the staged tables, as data. A load into an empty table (the first
-- night, a fresh store) drops that table's indexes and builds them once the files are loaded:
-- building an index over rows already there costs far less than keeping it up to date row by row.
-- A load killed meanwhile finds here what to build again. An index not listed is never dropped.
create table staging_index (
    index_name  varchar not null primary key,
    table_name  varchar not null,
    column_list varchar not null
);
insert into staging_index (index_name, table_name, column_list) values
    ('client_by_id', 'client', 'client_id'),
    ('notice_by_client', 'notice', 'client_id'),
    ('irs_transaction_by_client', 'irs_transaction', 'client_id'),
    ('irs_transaction_by_tin', 'irs_transaction', 'tin'),
    ('information_return_by_client', 'information_return', 'client_id'),
    ('return_line_by_client', 'return_line', 'client_id'),
    ('payment_by_client', 'payment', 'client_id'),
    ('rejected_row_by_file', 'rejected_row', 'file_sha'),
    ('rejected_row_by_client', 'rejected_row', 'client_id');

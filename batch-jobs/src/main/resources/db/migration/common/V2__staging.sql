-- The staging store: what was read (rows and rejects, each with its file and line), the files
-- already loaded (by content), and what was concluded per run date. Portable SQL: H2 and PostgreSQL.

create table input_file (
    file_sha      char(64)     not null primary key,
    file_name     varchar(500) not null,
    kind          varchar(32)  not null,
    loaded_on     date         not null,
    rows_loaded   bigint,
    rows_rejected bigint,
    status        varchar(16)  not null
);

-- The files of one run's inbox, whether loaded by this run or on an earlier night.
create table run_input (
    run_date   date         not null,
    position   int          not null,
    file_sha   char(64)     not null,
    file_name  varchar(500) not null,
    kind       varchar(32)  not null,
    newly_loaded boolean    not null,
    primary key (run_date, position)
);

create table client (
    client_id   varchar(64)  not null,
    name        varchar(500) not null,
    tin         char(9)      not null,
    spouse_name varchar(500),
    spouse_tin  char(9),
    reviewer    varchar(200),
    file_sha    char(64)     not null,
    file_name   varchar(500) not null,
    sheet       varchar(100) not null,
    line        bigint       not null
);
create index client_by_id on client (client_id);

create table notice (
    notice_id         varchar(100) not null,
    client_id         varchar(64)  not null,
    tin               char(9)      not null,
    tax_year          int          not null,
    notice_code       varchar(32)  not null,
    notice_date       date         not null,
    amount_due        numeric(15, 2) not null,
    tax_form          varchar(32)  not null,
    response_due_date date,
    tax               numeric(15, 2),
    penalty           numeric(15, 2),
    interest          numeric(15, 2),
    payments_credited numeric(15, 2),
    file_sha          char(64)     not null,
    file_name         varchar(500) not null,
    sheet             varchar(100) not null,
    line              bigint       not null
);
create index notice_by_client on notice (client_id);

create table irs_transaction (
    transaction_id   varchar(600) not null,
    client_id        varchar(64)  not null,
    tin              char(9)      not null,
    tax_year         int          not null,
    transaction_code varchar(16)  not null,
    transaction_date date         not null,
    amount           numeric(15, 2) not null,
    description      varchar(500),
    cycle            varchar(32),
    file_sha         char(64)     not null,
    file_name        varchar(500) not null,
    sheet            varchar(100) not null,
    line             bigint       not null
);
create index irs_transaction_by_client on irs_transaction (client_id);
create index irs_transaction_by_tin on irs_transaction (tin);

create table information_return (
    document_id   varchar(100) not null,
    client_id     varchar(64)  not null,
    recipient_tin char(9)      not null,
    tax_year      int          not null,
    form_type     varchar(16)  not null,
    payer_name    varchar(500),
    payer_tin     char(9)      not null,
    box           varchar(16)  not null,
    amount        numeric(15, 2) not null,
    origin        varchar(8)   not null,
    corrected     boolean      not null,
    file_sha      char(64)     not null,
    file_name     varchar(500) not null,
    sheet         varchar(100) not null,
    line          bigint       not null
);
create index information_return_by_client on information_return (client_id);

create table return_line (
    client_id varchar(64)  not null,
    tin       char(9)      not null,
    tax_year  int          not null,
    line      varchar(64)  not null,
    category  varchar(64)  not null,
    amount    numeric(15, 2) not null,
    tax_form  varchar(32)  not null,
    file_sha  char(64)     not null,
    file_name varchar(500) not null,
    sheet     varchar(100) not null,
    line_no   bigint       not null
);
create index return_line_by_client on return_line (client_id);

create table payment (
    payment_id          varchar(100) not null,
    client_id           varchar(64)  not null,
    tin                 char(9)      not null,
    tax_year            int          not null,
    payment_date        date         not null,
    amount              numeric(15, 2) not null,
    method              varchar(32),
    payment_type        varchar(32),
    confirmation_number varchar(100),
    tax_form            varchar(32),
    file_sha            char(64)     not null,
    file_name           varchar(500) not null,
    sheet               varchar(100) not null,
    line                bigint       not null
);
create index payment_by_client on payment (client_id);

create table rejected_row (
    file_sha    char(64)     not null,
    file_name   varchar(500) not null,
    sheet       varchar(100) not null,
    line        bigint       not null,
    client_id   varchar(64),
    column_name varchar(64)  not null,
    bad_value   varchar,
    reason      varchar(1000) not null
);
create index rejected_row_by_file on rejected_row (file_sha);
create index rejected_row_by_client on rejected_row (client_id);

-- What a run concluded, per run date: replaced whole when a date is re-run.
create table finding (
    run_date           date          not null,
    client_id          varchar(64)   not null,
    position           int           not null,
    tax_year           int           not null,
    finding_type       varchar(40)   not null,
    severity           varchar(8)    not null,
    reference          varchar(600)  not null,
    irs_amount         numeric(15, 2),
    client_amount      numeric(15, 2),
    difference         numeric(15, 2),
    notice_id          varchar(100),
    due_date           date,
    explanation        varchar not null,
    recommended_action varchar not null,
    evidence           varchar not null,
    primary key (run_date, client_id, position)
);

create table client_summary (
    run_date        date          not null,
    client_id       varchar(64)   not null,
    client_name     varchar(500)  not null,
    masked_tin      varchar(16)   not null,
    reviewer        varchar(200),
    top_severity    varchar(8),
    severity_rank   int           not null,
    min_days_left   bigint,
    amount_at_stake numeric(17, 2) not null,
    finding_counts  varchar(1000) not null,
    finding_total   int           not null,
    notice_count    int           not null,
    data_incomplete boolean       not null,
    workbook        varchar(300),
    primary key (run_date, client_id)
);

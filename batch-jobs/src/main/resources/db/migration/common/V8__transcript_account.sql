-- The header of each tax period of an Account Transcript or Record of Account read from the inbox
-- (a transcript file as the IRS delivers it): the balance, the accruals and their "as of" date,
-- the balance plus accruals, the return's figures it repeats, and the status the IRS printed
-- instead of data ("No tax return filed"). Owned by AccountHeaderTable; rows of a file are
-- staged and forgotten with the file, like its transactions.
create table transcript_account (
    client_id             varchar(64)    not null,
    tin                   char(9)        not null,
    tax_year              int            not null,
    tax_form              varchar(32)    not null,
    product               varchar(32)    not null,
    status                varchar(200),
    account_balance       numeric(15, 2),
    accrued_interest      numeric(15, 2),
    accrued_penalty       numeric(15, 2),
    accruals_as_of        date,
    balance_plus_accruals numeric(15, 2),
    adjusted_gross_income numeric(15, 2),
    taxable_income        numeric(15, 2),
    tax_per_return        numeric(15, 2),
    processing_date       date,
    file_sha              char(64)       not null,
    file_name             varchar(500)   not null,
    sheet                 varchar(100)   not null,
    line                  bigint         not null
);
create index transcript_account_by_client on transcript_account (client_id);

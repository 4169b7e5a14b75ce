-- TC 971/972 action codes (043 installment agreement pending, 063 established, IRM 5.14.1
-- Exhibit 5.14.1-1): the optional action_code column of irs_transactions.
alter table irs_transaction add column action_code varchar;

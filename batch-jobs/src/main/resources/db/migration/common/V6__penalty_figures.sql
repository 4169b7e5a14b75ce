-- Each night's penalties.csv rows, one per client TIN-year with a TC 150: the reconcile step computes
-- them in partitions (possibly on remote workers) and the outputs step writes them whole, so they
-- travel through the store like the findings. Only the TIN's last four digits are kept.
create table penalty_figure (
    run_date           date           not null,
    client_id          varchar        not null,
    position           int            not null,
    tax_year           int            not null,
    tin_last4          varchar(4)     not null,
    filed              date,
    tax_assessed       numeric(15, 2),
    ftf_assessed       numeric(15, 2),
    ftp_assessed       numeric(15, 2),
    interest_assessed  numeric(15, 2),
    ftf_computed       numeric(15, 2),
    ftp_computed       numeric(15, 2),
    interest_computed  numeric(15, 2),
    caused_by_findings numeric(15, 2),
    owed_today         numeric(15, 2),
    csed               date,
    primary key (run_date, client_id, position)
);

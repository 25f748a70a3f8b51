-- A risk proposed for a coming year's risk analysis by another module (e.g. a pattern in the
-- deviations): the analysis of that year for a unit above the risk's unit offers it as a proposal
-- to consider, with the origin note (what the proposal is based on) shown beside it.
create table risk_proposal (
    risk_id     bigint        primary key references risk (id),
    year        int           not null,
    origin_note varchar(1000) not null,
    proposed_by varchar(100)  not null,
    proposed_at timestamptz   not null default now(),
    constraint risk_proposal_year check (year between 2000 and 2100)
);
create index risk_proposal_year_idx on risk_proposal (year);

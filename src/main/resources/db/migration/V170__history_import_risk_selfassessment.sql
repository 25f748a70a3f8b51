-- Past years' risks and self-assessments brought in from a file (shared.HistoryImport). A risk is found again by
-- the id the source (the municipality's risk register) gave it; its assessment of a year lives in the imported
-- risk analysis of its committee and year, which a later import of the same file may update. A self-assessment is
-- found again by its committee and year (unique already); one made by an import may be updated by the next import,
-- one written in Vaksam may not.
alter table risk add column source_id varchar(100);
create unique index risk_source on risk (source_id) where source_id is not null;

alter table risk_analysis add column imported boolean not null default false;
create unique index risk_analysis_imported on risk_analysis (unit_id, year) where imported;

alter table sa_assessment add column imported boolean not null default false;

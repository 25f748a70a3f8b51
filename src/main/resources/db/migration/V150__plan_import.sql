-- Past years' internal-control plans brought in from a file (shared.HistoryImport): a plan made by an import may
-- be updated by the next import of the same file; items and improvement actions are found again by the id the
-- source system (the municipality's spreadsheet, the former system) gave them.
alter table plan add column imported boolean not null default false;

alter table plan_item add column source_id varchar(100);
create unique index plan_item_source on plan_item (source_id) where source_id is not null;

alter table improvement_action add column source_id varchar(100);
create unique index improvement_action_source on improvement_action (source_id) where source_id is not null;

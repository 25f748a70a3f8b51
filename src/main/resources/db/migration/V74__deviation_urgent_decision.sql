-- The ordförande's decision when the arbetsutskott cannot be awaited, taken before the lex Sarah
-- investigation is finished (reference/004: three of 2022's eight IVO notifications), recorded as such.
alter table deviation add column decided_before_investigation boolean not null default false;

-- Per-case versions of a checklist: reviewers answer different sampled cases side by side, so each
-- case has its own optimistic-locking version instead of one for the whole checklist. A case never
-- saved has no row (version 0).
create table check_checklist_case (
    checklist_id  bigint       not null references check_checklist (id) on delete cascade,
    case_key      varchar(200) not null,
    version       integer      not null,
    primary key (checklist_id, case_key)
);

-- Cases already answered start at version 1.
insert into check_checklist_case (checklist_id, case_key, version)
select distinct q.checklist_id, a.case_key, 1
from check_answer a join check_question q on q.id = a.question_id;

alter table check_checklist drop column version;

-- A checklist question may apply only when an earlier question of the same checklist has a given answer
-- ("Dokumenterat i HR?" only when "Kontrollerat?" = Ja); both columns are set, or neither.
alter table check_question add column condition_question_id bigint references check_question (id);
alter table check_question add column condition_answer varchar(20);
alter table check_question add constraint check_question_condition_whole
    check ((condition_question_id is null) = (condition_answer is null));

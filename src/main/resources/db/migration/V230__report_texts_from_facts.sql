-- Issue 17 (text from data): the standard texts write the report's facts through placeholders (see
-- report.ReportPlaceholders): {rapport}, {antalDirektatgarder}, {antalGranskningar}, {direktatgarderOchGranskningar},
-- {planerade}, {manader}, {nastaUppfoljning}. Texts an administrator has already changed are left as they are.

-- The tertial introduction as reference/002 writes it.
update report_template set body =
'Denna rapport är årets {rapport} rapportering och innehåller resultatet av {direktatgarderOchGranskningar} som var {planerade} att genomföras under perioden {manader}. Nästa återrapportering sker i {nastaUppfoljning}.

Läs mer om {nämnden}s arbete med intern kontroll i nämndens styrdokument *{riktlinje}*.'
where code = 'INTRODUCTION_TERTIAL' and version = 0;

-- The common review areas: the introduction without its colon; the line before the list, and the one sentence when
-- kommunstyrelsen has decided on none, are texts of their own.
update report_template set body =
'Kommunstyrelsen beslutar varje år om kommungemensamma granskningsområden som samtliga nämnder ska granska.'
where code = 'COMMON_REVIEW_AREAS' and version = 0;

update report_template set body = regexp_replace(body, '\s*För \{år\} är granskningsområdena:\s*$', '')
where code = 'COMMON_REVIEW_AREAS' and version > 0;

insert into report_template (code, title, body) values
('COMMON_REVIEW_AREAS_LIST', 'Kommungemensamma granskningsområden, lista',
'För {år} är granskningsområdena:'),
('COMMON_REVIEW_AREAS_NONE', 'Kommungemensamma granskningsområden, inga beslutade',
'Kommunstyrelsen har inte beslutat om några kommungemensamma granskningsområden för {år}.'),
-- The self-assessment chapter's introduction (reference/000); the areas follow as a bulleted list.
('SELF_ASSESSMENT_CHAPTER', 'Självskattning, kapitlets inledning',
'Kommunstyrelsen har beslutat om kommungemensamma kriterier för årlig utvärdering av nämndernas interna kontroll. Nämnderna ska genom en självskattning utvärdera sitt arbete med intern kontroll och återrapportera resultatet till kommunstyrelsen senast i samband med årsanalysen. I självskattningen värderar nämnden nivån på sitt eget arbete utifrån ett antal kriterier:');

-- Bilaga 1's introduction as reference/000 writes it.
update report_template set body =
'Internkontrollarbetet leder vid konstaterade brister till *förbättringsåtgärder*. Förbättringsåtgärderna identifieras efter en granskning som visat på avvikelse eller brist.

Förbättringsåtgärder som inte är slutförda i samband med uppföljningen av internkontrollplanen för innevarande år, återrapporteras till nämnden tillsammans med uppföljningen för nästkommande år. Undantag är de förbättringsåtgärder som blir en del av nästa års internkontrollplan eller hanteras inom en annan styrprocess såsom budgeten eller det systematiska kvalitetsarbetet. Oavsett blir åtgärden en del av nästkommande års förbättringsarbete.

Detta är en återrapportering av resultatet av förbättringsåtgärder från internkontrollplan {förraÅret}.'
where code = 'IMPROVEMENT_APPENDIX' and version = 0;

-- The self-assessment section of the introduction as reference/000 writes it.
update report_template set body =
'Kommunstyrelsen har beslutat om kommungemensamma kriterier för årlig utvärdering av nämndernas interna kontroll. Nämnderna ska genom en självskattning utvärdera sitt arbete med intern kontroll och återrapportera resultatet till kommunstyrelsen senast i samband med årsanalysen. {Nämnden}s självskattning utgör ett eget kapitel i slutet av denna rapport.'
where code = 'SELF_ASSESSMENT' and version = 0;

-- Documents out (module report): the kommun's standard texts of the internal-control reports, kept as
-- editable templates (not code). Placeholders: {nämnden} (committee name as in a sentence), {Nämnden}
-- (as registered), {förvaltningen}, {år}, {nästaÅr}, {tertial}, {reglemente}, {riktlinje}, {förraÅret}; *text* is italic, **text** bold.
create table report_template (
    code        varchar(60)  primary key,
    title       varchar(200) not null,
    body        text         not null,
    version     integer      not null default 0,
    changed_by  varchar(100),
    changed_at  timestamptz
);

-- The kommun's settings the texts refer to: the regulation (reglemente) and the committee's guideline.
create table report_setting (
    id                    integer      primary key default 1,
    regulation_reference  varchar(500) not null,
    guideline_reference   varchar(500) not null,
    version               integer      not null default 0,
    constraint report_setting_single check (id = 1)
);

insert into report_setting (regulation_reference, guideline_reference) values (
    'Malmö stads reglemente för intern kontroll (kommunfullmäktige 2016-12-20, § 303, bilag 178)',
    'Riktlinje för arbetet med intern kontroll (ASN-2021-11450)');

insert into report_template (code, title, body) values
('INTRODUCTION', 'Inledning',
'Enligt {reglemente} har {nämnden} det yttersta ansvaret för den interna kontrollen inom sitt ansvarsområde. Det årliga arbetet med intern kontroll utgörs av återkommande aktiviteter där den interna kontrollen planeras, genomförs, följs upp och åtgärdas.

Syftet med intern kontroll är att säkra en ändamålsenlig och effektiv verksamhet, en tillförlitlig ekonomisk rapportering, en tillförlitlig information om verksamheten samt att verksamheten följer lagar, föreskrifter och andra styrdokument. Det handlar också om att säkra tillgångar och förhindra förluster samt upptäcka och eliminera eller förebygga allvarliga fel.

Nämnden ska varje år anta en särskild plan för den interna kontrollen, en så kallad *internkontrollplan*. I planen samlas årets direktåtgärder och granskningar. Varje tertiäl följer {förvaltningen} upp internkontrollplanen och rapporterar resultatet av de direktåtgärder och granskningar som har genomförts.'),
('INTRODUCTION_TERTIAL', 'Inledning, tertialrapport',
'I denna rapport redovisas de åtgärder och granskningar som var planerade att rapporteras i samband med tertial {tertial} {år}. Rapporteringen av samtliga åtgärder och granskningar i internkontrollplanen sker i januari {nästaÅr}.

Läs mer om {nämnden}s arbete med intern kontroll i nämndens styrdokument *{riktlinje}*.'),
('INTRODUCTION_ANNUAL', 'Inledning, årsrapport',
'Denna rapport är årets tredje rapportering och är även den årsbaserade rapporteringen som omfattar alla årets direktåtgärder och granskningar.

Internkontrollarbetet leder vid konstaterade brister till *förbättringsåtgärder*. Förbättringsåtgärder som inte är slutförda i samband med uppföljningen av internkontrollplanen för innevarande år, återrapporteras till nämnden tillsammans med uppföljningen för nästkommande år. Resultatet av förbättringsåtgärderna från internkontrollplan {förraÅret} är samlade i en egen rapport (bilaga 1).

Läs mer om {nämnden}s arbete med intern kontroll i nämndens styrdokument *{riktlinje}*.'),
('RESPONSIBILITY', 'Ansvar',
'Ansvarsfördelningen för den interna kontrollen beskrivs i Malmö stads reglemente.

**Kommunstyrelsen** har det övergripande ansvaret för att en organisering av intern kontroll med regler och anvisningar upprättas inom kommunen. Kommunstyrelsen ska även utvärdera och utveckla kommunens system för intern kontroll.

**Nämnderna** har det yttersta ansvaret för den interna kontrollen inom sina verksamhetsområden. De ska se till att det finns en organisering och ett systematiskt arbetssätt som säkerställer en god intern kontroll. Nämnderna ska utifrån dokumenterade riskanalyser besluta om en internkontrollplan varje år. Planen beskriver vilka åtgärder och granskningar som ska genomföras under året. Nämnderna ska även följa upp arbetet årligen och rapportera resultatet till kommunstyrelsen.

**Förvaltningschefen** ansvarar för att kommungemensamma regler och anvisningar tillämpas och att det finns rutiner för att ta fram och följa upp internkontrollplanen. Förvaltningschefen ska även säkerställa att en god intern kontroll upprätthålls och ska löpande rapportera till nämnden hur arbetet fungerar.

**Verksamhetsansvariga chefer** på alla nivåer ska se till att medarbetarna har förståelse för vad god intern kontroll innebär och att det finns goda förutsättningar för att intern kontroll kan upprätthållas. Cheferna ska stödja ett riskmedvetande, det vill säga att chefer och medarbetare är uppmärksamma på vad som kan gå fel och agerar utifrån det.

**Medarbetare** är skyldiga att följa antagna riktlinjer och anvisningar i sin arbetsutövning. Brister och avvikelser ska omedelbart rapporteras till ansvarig chef.'),
('COMMON_REVIEW_AREAS', 'Kommungemensamma granskningsområden',
'Kommunstyrelsen beslutar varje år om kommungemensamma granskningsområden som samtliga nämnder ska granska. För {år} är granskningsområdena:'),
('SELF_ASSESSMENT', 'Självskattning',
'Nämnderna ska årligen utvärdera sitt arbete med intern kontroll utifrån kommungemensamma kriterier och återrapportera resultatet till kommunstyrelsen. Självskattningen redovisas i ett eget avsnitt i rapporten.'),
('IMPROVEMENT_APPENDIX', 'Bilaga förbättringsåtgärder',
'Förbättringsåtgärder från internkontrollplan {förraÅret} som inte var slutförda vid årsuppföljningen följs upp här, med vad som har gjorts sedan dess.');

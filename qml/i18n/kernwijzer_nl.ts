<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AgendaPartList</name>
    <message numerus="yes">
        <location filename="../leader/AgendaPartList.qml" line="+49"/>
        <source>%n item(s) from the teacher</source>
        <translation>
            <numerusform>%n item van de leraar</numerusform>
            <numerusform>%n items van de leraar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes written</source>
        <translation>aantekeningen gemaakt</translation>
    </message>
</context>
<context>
    <name>AgreementCard</name>
    <message>
        <location filename="../teacher/gesprek/AgreementCard.qml" line="+33"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who: %1</source>
        <translation>Wie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By: %1</source>
        <translation>Uiterlijk: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal: %1</source>
        <translation>Doel: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+17"/>
        <source>Akkoord</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Gezien, not agreed</source>
        <translation>Gezien, niet akkoord</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing goes into your POP.</source>
        <translation>Er komt niets in je POP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It becomes a new goal in your POP. Its kernwaarde:</source>
        <translation>Die wordt een nieuw doel in je POP, met als kernwaarde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It becomes an action of your goal &quot;%1&quot;.</source>
        <translation>Die wordt een actie bij je doel &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your reaction (optional)</source>
        <translation>Je reactie (niet verplicht)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your reaction: %1</source>
        <translation>Je reactie: %1</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <location filename="../leader/AgreementForm.qml" line="+35"/>
        <source>What do you agree?</source>
        <translation>Wat spreken jullie af?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By when…</source>
        <translation>Uiterlijk wanneer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By %1</source>
        <translation>Uiterlijk %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Serves: nothing in particular</source>
        <translation>Draagt bij aan: niets in het bijzonder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernwaarde: %1</source>
        <translation>Kernwaarde: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP goal: %1</source>
        <translation>POP-doel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it serves</source>
        <translation>Waaraan het bijdraagt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add agreement</source>
        <translation>Afspraak toevoegen</translation>
    </message>
</context>
<context>
    <name>AgreementsList</name>
    <message>
        <location filename="../leader/AgreementsList.qml" line="+20"/>
        <source>No agreements yet.</source>
        <translation>Nog geen afspraken.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>by %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP: %1</source>
        <translation>POP: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Akkoord</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gezien, not agreed</source>
        <translation>Gezien, niet akkoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove agreement %1</source>
        <translation>Afspraak %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../shell/AppShell.qml" line="+129"/>
        <source>New reflection</source>
        <translation>Nieuwe reflectie</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../teacher/backup/BackupPage.qml" line="+36"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>What goes in it</source>
        <translation>Wat erin zit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reflections, POP and hours, check-ins, settings, your school profile and what you shared with your school, so a new phone carries on where this one stopped.</source>
        <translation>Je reflecties, POP en uren, check-ins, instellingen, je schoolprofiel en wat je met je school deelde: een nieuwe telefoon gaat verder waar deze stopte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>At least %1 characters. Nobody can open the backup without it, also not Kernwijzer or your school: write it down somewhere safe. A forgotten passphrase cannot be recovered.</source>
        <translation>Minstens %1 tekens. Zonder wachtzin kan niemand de back-up openen, ook Kernwijzer en je school niet: schrijf hem op een veilige plek op. Een vergeten wachtzin is niet te herstellen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The same passphrase again</source>
        <translation>Dezelfde wachtzin nog een keer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somewhere that survives this device: a USB stick, your own computer or a cloud folder. The file is encrypted.</source>
        <translation>Ergens buiten dit apparaat: een usb-stick, je eigen computer of een cloudmap. Het bestand is versleuteld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kernwijzer backup (*.kwbackup)</source>
        <translation>Kernwijzer-back-up (*.kwbackup)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Making and checking the backup…</source>
        <translation>Back-up maken en controleren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make backup</source>
        <translation>Back-up maken</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../teacher/backup/BackupSettings.qml" line="+19"/>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time for a new one: a lost phone takes your journal with it.</source>
        <translation>Tijd voor een nieuwe: een kwijtgeraakte telefoon neemt je dagboek mee.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make a backup…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore a backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
</context>
<context>
    <name>BestuurPage</name>
    <message>
        <location filename="../hr/BestuurPage.qml" line="+61"/>
        <source>Bestuur</source>
        <translation>Bestuur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The schools&apos; released figures side by side, and the bestuur&apos;s figure merged under the same rules: a school that withheld a figure is left out of the sum, and a sum is shown only with at least k colleagues.</source>
        <translation>De vrijgegeven cijfers van de scholen naast elkaar, en het cijfer van het bestuur samengevoegd onder dezelfde regels: een school die een cijfer achterhield telt niet mee in de som, en een som staat er alleen met minstens k collega&apos;s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+277"/>
        <source>Import aggregates…</source>
        <translation>Aggregaten inlezen…</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>New school: %1. Its HR key (%2) is trusted from now on. Compare verification code %3 with the code the school published before you rely on its figures.</source>
        <translation>Nieuwe school: %1. Haar HR-sleutel (%2) wordt vanaf nu vertrouwd. Vergelijk verificatiecode %3 met de code die de school bekendmaakte voordat u op haar cijfers vertrouwt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Whole school</source>
        <translation>Hele school</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>withheld</source>
        <translation>achtergehouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Withheld</source>
        <translation>Achtergehouden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>n = %1 · %2</source>
        <translation>n = %1 · %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Teams are not merged: each school has teams of its own. Roles and age bands are merged by their id. The bestuur&apos;s database: %1</source>
        <translation>Teams worden niet samengevoegd: elke school heeft eigen teams. Functies en leeftijdsgroepen worden op hun id samengevoegd. De database van het bestuur: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No schools yet</source>
        <translation>Nog geen scholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each school&apos;s HR writes an aggregate per period (kernwijzer-cli aggregate). Drop the .kwaggregaat files here, or choose them, to see the schools side by side.</source>
        <translation>De HR van elke school maakt per periode een aggregaat (kernwijzer-cli aggregate). Sleep de .kwaggregaat-bestanden hierheen, of kies ze, om de scholen naast elkaar te zien.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop aggregate files to import them</source>
        <translation>Laat aggregaatbestanden los om ze in te lezen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aggregates (*.kwaggregaat)</source>
        <translation>Aggregaten (*.kwaggregaat)</translation>
    </message>
</context>
<context>
    <name>CheckinCard</name>
    <message>
        <location filename="../teacher/wellbeing/CheckinCard.qml" line="+43"/>
        <source>Answered for %1</source>
        <translation>Ingevuld voor %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet answered for %1</source>
        <translation>Nog niet ingevuld voor %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer again</source>
        <translation>Opnieuw invullen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Invullen</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../teacher/wellbeing/CheckinPage.qml" line="+33"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>About: %1</source>
        <translation>Over: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You answered this period already; saving again replaces that answer.</source>
        <translation>Je hebt deze periode al ingevuld; opnieuw opslaan vervangt dat antwoord.</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>Save (%n question(s) open)</source>
        <translation>
            <numerusform>Opslaan (%n vraag open)</numerusform>
            <numerusform>Opslaan (%n vragen open)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>CheckinResult</name>
    <message>
        <location filename="../teacher/wellbeing/CheckinResult.qml" line="+28"/>
        <source>Saved. Your score: %1</source>
        <translation>Opgeslagen. Je score: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your wellbeing has been low these past two weeks. That deserves attention: consider talking to your huisarts or bedrijfsarts. You do not have to carry this alone.</source>
        <translation>Je welbevinden was de afgelopen twee weken laag. Dat verdient aandacht: overweeg een gesprek met je huisarts of bedrijfsarts. Je hoeft dit niet alleen te dragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your wellbeing has been lower these past two weeks. It may help to talk to someone you trust, such as the people below.</source>
        <translation>Je welbevinden was de afgelopen twee weken lager. Het kan helpen om te praten met iemand die je vertrouwt, zoals de mensen hieronder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you. Only you see this; it helps you notice how you are doing over time.</source>
        <translation>Dank je wel. Alleen jij ziet dit; het helpt je te merken hoe het met je gaat door de tijd heen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This advice is shown to you only and never leaves this device.</source>
        <translation>Dit advies ziet alleen jij en het verlaat dit apparaat nooit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>CheckinTrendCard</name>
    <message>
        <location filename="../teacher/wellbeing/CheckinTrendCard.qml" line="+44"/>
        <source>No check-ins in the last %1 weeks yet.</source>
        <translation>Nog geen check-ins in de afgelopen %1 weken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last %1 weeks.</source>
        <translation>De afgelopen %1 weken.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Tap a question to show or hide its line.</source>
        <translation>Tik op een vraag om de lijn te tonen of te verbergen.</translation>
    </message>
</context>
<context>
    <name>CoSignChangesCard</name>
    <message>
        <location filename="../custodian/CoSignChangesCard.qml" line="+24"/>
        <source>The first profile you co-sign for this school</source>
        <translation>Het eerste profiel dat je voor deze school medeondertekent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changed since version %1, only the version number</source>
        <translation>Niets veranderd sinds versie %1, alleen het versienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed since version %1, which you co-signed</source>
        <translation>Wat er veranderde sinds versie %1, die je medeondertekende</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no earlier version in your records to compare with: check everything below.</source>
        <translation>Er is geen eerdere versie in je administratie om mee te vergelijken: controleer alles hieronder.</translation>
    </message>
</context>
<context>
    <name>CoSignHoldersCard</name>
    <message>
        <location filename="../custodian/CoSignHoldersCard.qml" line="+19"/>
        <source>signed</source>
        <translation>ondertekend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not signed yet</source>
        <translation>nog niet ondertekend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key holders</source>
        <translation>Sleutelhouders</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare each fingerprint with the one its holder reads out to you, group by group.</source>
        <translation>Vergelijk elke vingerafdruk groep voor groep met wat de houder je voorleest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HR (school)</source>
        <translation>HR (school)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custodian: you</source>
        <translation>Vertrouwenshouder: jij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custodian</source>
        <translation>Vertrouwenshouder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing key %1 · sealing key %2</source>
        <translation>Ondertekensleutel %1 · verzegelsleutel %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Teachers send their files to %1</source>
        <translation>Leraren sturen hun bestanden naar %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verification code</source>
        <translation>Verificatiecode</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You and HR publish this code together (MR newsletter, staff room); teachers check it on their first import.</source>
        <translation>Jij en HR publiceren deze code samen (MR-nieuwsbrief, personeelskamer); leraren controleren hem bij hun eerste import.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handovers</source>
        <translation>Overdrachten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 (key %3) handed over to %4 (key %5), from version %6</source>
        <translation>%1: %2 (sleutel %3) droeg over aan %4 (sleutel %5), vanaf versie %6</translation>
    </message>
</context>
<context>
    <name>CoSignPage</name>
    <message>
        <location filename="../custodian/CoSignPage.qml" line="+35"/>
        <source>Co-sign the school profile</source>
        <translation>Schoolprofiel medeondertekenen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open profile…</source>
        <translation>Profiel openen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co-sign…</source>
        <translation>Medeondertekenen…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No profile opened</source>
        <translation>Geen profiel geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR makes the school profile and signs it; you check it here and co-sign it. Choose the .kwprofiel file HR gave you, or drop it on this window.</source>
        <translation>HR maakt het schoolprofiel en ondertekent het; jij controleert het hier en ondertekent mee. Kies het .kwprofiel-bestand dat je van HR kreeg, of sleep het op dit venster.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+6"/>
        <source>School profiles (*.kwprofiel)</source>
        <translation>Schoolprofielen (*.kwprofiel)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Co-sign version %1 of %2?</source>
        <translation>Versie %1 van %2 medeondertekenen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With your signature, teachers&apos; apps accept this profile. You vouch that you checked the school, the thresholds (k = %1 for wellbeing, %2 for counts) and the two keys, and that the HR key is the one of your school&apos;s HR.</source>
        <translation>Met jouw handtekening accepteren de apps van leraren dit profiel. Je staat ervoor in dat je de school, de drempels (k = %1 voor welzijn, %2 voor tellingen) en de twee sleutels hebt gecontroleerd, en dat de HR-sleutel die van HR van jouw school is.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Co-sign and save…</source>
        <translation>Medeondertekenen en opslaan…</translation>
    </message>
</context>
<context>
    <name>CoSignRefusal</name>
    <message>
        <location filename="../custodian/CoSignRefusal.qml" line="+22"/>
        <source>You co-signed this version already; it is in your records. Co-signing again writes the same file.</source>
        <translation>Je hebt deze versie al medeondertekend; hij staat in je administratie. Opnieuw medeondertekenen schrijft hetzelfde bestand.</translation>
    </message>
</context>
<context>
    <name>CoSignSchoolCard</name>
    <message>
        <location filename="../custodian/CoSignSchoolCard.qml" line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Profile version %1 from %2, valid until %3</source>
        <translation>Profielversie %1 uit %2, geldig tot en met %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no end date)</source>
        <translation>(geen einddatum)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Smallest group, wellbeing</source>
        <translation>Kleinste groep, welzijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>%1 colleagues</source>
        <translation>%1 collega&apos;s</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Smallest group, counts</source>
        <translation>Kleinste groep, tellingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Periods</source>
        <translation>Perioden</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s), from 1 August</source>
        <translation>
            <numerusform>%n maand, vanaf 1 augustus</numerusform>
            <numerusform>%n maanden, vanaf 1 augustus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwaarden</source>
        <translation>Kernwaarden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Teams (staff)</source>
        <translation>Teams (medewerkers)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roles (staff)</source>
        <translation>Functies (medewerkers)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Age bands</source>
        <translation>Leeftijdsgroepen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HR only ever sees a figure that at least this many colleagues gave; you release only what passes these rules.</source>
        <translation>HR ziet alleen cijfers die minstens zoveel collega&apos;s gaven; jij geeft alleen vrij wat aan deze regels voldoet.</translation>
    </message>
</context>
<context>
    <name>ContributionPage</name>
    <message>
        <location filename="../teacher/exchange/ContributionPage.qml" line="+39"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contribution %1</source>
        <translation>Bijdrage %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>These are all the numbers in the file, as your school&apos;s key holders can put them together only in groups. Nothing else is in it: no text, no dates, no name.</source>
        <translation>Dit zijn alle getallen in het bestand. De twee sleutelhouders van je school kunnen ze alleen per groep samenvoegen. Verder staat er niets in: geen tekst, geen datums, geen naam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You count in: %1</source>
        <translation>Je telt mee in: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sharing is off. Turn it on under Sharing with your school to make this file.</source>
        <translation>Delen staat uit. Zet het aan bij Delen met je school om dit bestand te maken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as: %1</source>
        <translation>Opslaan als: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: %1. Send it to %2 (%3), who cannot read your numbers; never to HR.</source>
        <translation>Opgeslagen: %1. Stuur het naar %2 (%3), die je cijfers niet kan lezen; nooit naar HR.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export again (replaces the earlier file)</source>
        <translation>Opnieuw exporteren (vervangt het eerdere bestand)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kernwijzer contributions (*.kwbijdrage)</source>
        <translation>Kernwijzer-bijdragen (*.kwbijdrage)</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../leader/ConversationActions.qml" line="+21"/>
        <source>Open gespreksmodus</source>
        <translation>Gespreksmodus openen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make the verslag again…</source>
        <translation>Verslag opnieuw maken…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the verslag…</source>
        <translation>Verslag maken…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import the response…</source>
        <translation>Reactie inlezen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export PDF…</source>
        <translation>Pdf exporteren…</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <location filename="../leader/ConversationPage.qml" line="+56"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waarderingsgesprek with %1</source>
        <translation>Waarderingsgesprek met %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Planned on %1</source>
        <translation>Gepland op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held on %1</source>
        <translation>gehouden op %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verslag revision %1</source>
        <translation>versie %1 van het verslag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The preparation of %1 is in. Read it before you talk; open the gespreksmodus during the conversation.</source>
        <translation>De voorbereiding van %1 is binnen. Lees die voor het gesprek; open tijdens het gesprek de gespreksmodus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The verslag is made. When %1 responds (akkoord or gezien per agreement), import their response.</source>
        <translation>Het verslag is gemaakt. Als %1 reageert (akkoord of gezien per afspraak), lees je die reactie in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 responded: the conversation is closed.</source>
        <translation>%1 heeft gereageerd: het gesprek is gesloten.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The preparation of %1</source>
        <translation>De voorbereiding van %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wellbeing the teacher chose to share</source>
        <translation>Welzijn dat de leraar zelf deelde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reaction of %1: %2</source>
        <translation>Reactie van %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verslag (*.kwverslag)</source>
        <translation>Verslag (*.kwverslag)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Responses (*.kwreactie)</source>
        <translation>Reacties (*.kwreactie)</translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message>
        <location filename="../leader/ConversationRow.qml" line="+20"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <location filename="../leader/ConversationsPage.qml" line="+46"/>
        <source>Waarderingsgesprekken</source>
        <translation>Waarderingsgesprekken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import file…</source>
        <translation>Bestand inlezen…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No conversations yet</source>
        <translation>Nog geen gesprekken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No school profile yet</source>
        <translation>Nog geen schoolprofiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A teacher prepares the waarderingsgesprek in their app and gives you the file (.kwgesprek). Import it here, or drop it on this window.</source>
        <translation>Een leraar bereidt het waarderingsgesprek voor in de eigen app en geeft je het bestand (.kwgesprek). Lees het hier in, of sleep het op dit venster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install your school&apos;s co-signed profile first (under School profile): it says which teams are yours and carries your key.</source>
        <translation>Installeer eerst het medeondertekende profiel van je school (onder Schoolprofiel): daarin staan jouw teams en je sleutel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conversation files (*.kwgesprek *.kwreactie)</source>
        <translation>Gespreksbestanden (*.kwgesprek *.kwreactie)</translation>
    </message>
</context>
<context>
    <name>DashboardHeader</name>
    <message>
        <location filename="../hr/DashboardHeader.qml" line="+35"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
</context>
<context>
    <name>DashboardMetrics</name>
    <message>
        <location filename="../hr/dashboard_metrics.cpp" line="+18"/>
        <source>At or below %1</source>
        <translation>Op of onder %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../hr/DashboardPage.qml" line="+49"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Werkdruk and werkplezier</source>
        <translation>Werkdruk en werkplezier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernwaarden</source>
        <translation>Kernwaarden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The dashboard cannot be shown</source>
        <translation>Het dashboard kan niet worden getoond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No released figures yet</source>
        <translation>Nog geen vrijgegeven cijfers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the custodian&apos;s release (.kwvrijgave) under Releases; its figures show here.</source>
        <translation>Importeer de vrijgave van de vertrouwenshouder (.kwvrijgave) onder Vrijgaven; de cijfers verschijnen dan hier.</translation>
    </message>
</context>
<context>
    <name>DatePickerDialog</name>
    <message>
        <location filename="../common/DatePickerDialog.qml" line="+49"/>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
</context>
<context>
    <name>DateRangeBar</name>
    <message>
        <location filename="../common/DateRangeBar.qml" line="+26"/>
        <source>From the start</source>
        <translation>Vanaf het begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date: %1</source>
        <translation>Vanaf: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Until today</source>
        <translation>Tot en met vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until date: %1</source>
        <translation>Tot en met: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the date range</source>
        <translation>Periode wissen</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <location filename="../teacher/pop/EvidencePickerDialog.qml" line="+17"/>
        <source>Link reflections</source>
        <translation>Reflecties koppelen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search your reflections</source>
        <translation>Zoek in je reflecties</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No reflection matches these words.</source>
        <translation>Geen reflectie past bij deze woorden.</translation>
    </message>
</context>
<context>
    <name>EvidenceRow</name>
    <message>
        <location filename="../teacher/pop/EvidenceRow.qml" line="+44"/>
        <source>Unlink this reflection</source>
        <translation>Deze reflectie ontkoppelen</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../teacher/exchange/ExchangePage.qml" line="+28"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sharing with your school</source>
        <translation>Delen met je school</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>School profile version %1, valid until %2</source>
        <translation>Schoolprofiel versie %1, geldig tot %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School profile version %1</source>
        <translation>Schoolprofiel versie %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is the demo school: try everything here, but its keys are public, so it is never for real numbers.</source>
        <translation>Dit is de demoschool: probeer hier alles uit, maar de sleutels zijn openbaar, dus nooit voor echte cijfers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Custodian</source>
        <translation>Vertrouwenshouder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Custodian since %1, handed over by %2 (key %3)</source>
        <translation>Vertrouwenshouder sinds %1, overgedragen door %2 (sleutel %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verification code</source>
        <translation>Controlecode</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The same as on your school&apos;s poster or in the MR newsletter? Then these are your school&apos;s keys.</source>
        <translation>Dezelfde als op de poster van je school of in de MR-nieuwsbrief? Dan zijn dit de sleutels van je school.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import school profile…</source>
        <translation>Schoolprofiel importeren…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Take part in my school&apos;s anonymous trends</source>
        <translation>Meedoen met de anonieme trends van mijn school</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;What is shared:&lt;/b&gt; once per period, only numbers: your average WHO-5 and pulse scores, how many reflections touched each kernwaarde, and how often you chose each source of joy and workload. You see every number before the file is made, and you send it yourself.</source>
        <translation>&lt;b&gt;Wat je deelt:&lt;/b&gt; één keer per periode, alleen getallen: je gemiddelde WHO-5- en weekpulsscores, hoeveel reflecties bij elke kernwaarde hoorden, en hoe vaak je elke bron van werkplezier en werkdruk koos. Je ziet elk getal voordat het bestand wordt gemaakt, en je verstuurt het zelf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;What never is:&lt;/b&gt; what you write, your POP, your name, dates or anything about this device.</source>
        <translation>&lt;b&gt;Wat nooit gedeeld wordt:&lt;/b&gt; wat je schrijft, je POP, je naam, datums of iets over dit apparaat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Why nobody can see you:&lt;/b&gt; each number is split in two random halves. One can only be opened by HR, the other only by %1. Each half alone is meaningless. Only totals of groups of at least %2 colleagues are ever put back together.</source>
        <translation>&lt;b&gt;Waarom niemand jou kan zien:&lt;/b&gt; elk getal wordt in twee willekeurige helften gesplitst. De ene kan alleen HR openen, de andere alleen %1. Eén helft alleen zegt niets. Alleen totalen van groepen van minstens %2 collega&apos;s worden ooit weer samengevoegd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You can turn this off at any time; nothing is sent by itself.</source>
        <translation>Je kunt dit altijd weer uitzetten; er wordt niets vanzelf verstuurd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: nothing leaves this device.</source>
        <translation>Uit: er gaat niets van dit apparaat af.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The groups you count in</source>
        <translation>De groepen waarin je meetelt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your team, role and age band go with every contribution; HR and the custodian both see them, never your name. Every team and every role has at least %1 colleagues.</source>
        <translation>Je team, rol en leeftijdsgroep gaan mee met elke bijdrage; HR en de vertrouwenshouder zien ze allebei, nooit je naam. Elk team en elke rol heeft minstens %1 collega&apos;s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional. Leave one out if your group is small enough to recognise you.</source>
        <translation>Niet verplicht. Laat er een weg als je groep zo klein is dat je herkenbaar bent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Closed periods</source>
        <translation>Afgesloten periodes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shared (%1×)</source>
        <translation>Gedeeld (%1×)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not shared</source>
        <translation>Niet gedeeld</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../hr/ExportDialog.qml" line="+41"/>
        <source>Export figures</source>
        <translation>Cijfers exporteren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report for the MR and the bestuur (PDF, A4)</source>
        <translation>Rapport voor de MR en het bestuur (PDF, A4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Figures for a spreadsheet (CSV)</source>
        <translation>Cijfers voor een spreadsheet (CSV)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charts of wellbeing, the pulse, teams and the sources of werkdruk, with participation and the privacy rules the figures passed.</source>
        <translation>Grafieken van welzijn, de pulse, teams en de bronnen van werkdruk, met de deelname en de privacyregels waar de cijfers doorheen kwamen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per figure: released ones with n, mean and 95% interval; withheld ones with the rule that withheld them and no number.</source>
        <translation>Eén regel per cijfer: vrijgegeven cijfers met n, gemiddelde en 95%-interval; achtergehouden cijfers met de regel die ze achterhield en zonder getal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All periods</source>
        <translation>Alle periodes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as: %1</source>
        <translation>Opslaan als: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <location filename="../hr/FigureCard.qml" line="+86"/>
        <source>Not released</source>
        <translation>Niet vrijgegeven</translation>
    </message>
</context>
<context>
    <name>GesprekCard</name>
    <message>
        <location filename="../teacher/gesprek/GesprekCard.qml" line="+29"/>
        <source>Waarderingsgesprek</source>
        <translation>Waarderingsgesprek</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your leader&apos;s verslag is waiting for your answer.</source>
        <translation>Het verslag van je leidinggevende wacht op je antwoord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your preparation for %1 is not sent yet.</source>
        <translation>Je voorbereiding voor %1 is nog niet verstuurd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparation sent for %1.</source>
        <translation>Voorbereiding voor %1 verstuurd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what you bring to the conversation with your leader: your points, reflections, goals.</source>
        <translation>Kies wat je meeneemt naar het gesprek met je leidinggevende: je punten, reflecties, doelen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer the verslag</source>
        <translation>Verslag beantwoorden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prepare waarderingsgesprek</source>
        <translation>Waarderingsgesprek voorbereiden</translation>
    </message>
</context>
<context>
    <name>GesprekPage</name>
    <message>
        <location filename="../teacher/gesprek/GesprekPage.qml" line="+39"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waarderingsgesprek</source>
        <translation>Waarderingsgesprek</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your waarderingsgesprek with %1 is on %2.</source>
        <translation>Je waarderingsgesprek met %1 is op %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your waarderingsgesprek is on %1 and your preparation has not been sent yet.</source>
        <translation>Je waarderingsgesprek is op %1 en je voorbereiding is nog niet verstuurd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your preparation</source>
        <translation>Je voorbereiding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For %1; not sent yet.</source>
        <translation>Voor %1; nog niet verstuurd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started; not sent yet.</source>
        <translation>Begonnen; nog niet verstuurd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent for %1. You can change it and send it again until the verslag arrives.</source>
        <translation>Verstuurd voor %1. Tot het verslag binnen is, kun je je voorbereiding wijzigen en opnieuw versturen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You decide what your leader sees: your own points, the reflections you tick, your POP goals. Your wellbeing only if you switch it on.</source>
        <translation>Jij bepaalt wat je leidinggevende ziet: je eigen punten, de reflecties die je aanvinkt, je POP-doelen. Je welzijn alleen als je dat aanzet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Continue preparing</source>
        <translation>Verder voorbereiden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prepare waarderingsgesprek</source>
        <translation>Waarderingsgesprek voorbereiden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview and send</source>
        <translation>Voorbeeld en versturen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After the conversation</source>
        <translation>Na het gesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your leader sends you the verslag as a .kwverslag file. Import it to read it, answer each agreement and sign.</source>
        <translation>Je leidinggevende stuurt je het verslag als .kwverslag-bestand. Lees het hier in: dan kun je het lezen, elke afspraak beantwoorden en ondertekenen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a verslag…</source>
        <translation>Verslag inlezen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your conversations</source>
        <translation>Je gesprekken</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verslag (*.kwverslag)</source>
        <translation>Verslag (*.kwverslag)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>GesprekRow</name>
    <message>
        <location filename="../teacher/gesprek/GesprekRow.qml" line="+18"/>
        <source>Verslag to answer</source>
        <translation>Verslag te beantwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent (version %1)</source>
        <translation>Verstuurd (versie %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n open agreement(s)</source>
        <translation>
            <numerusform>%n openstaande afspraak</numerusform>
            <numerusform>%n openstaande afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n agreement(s), none open</source>
        <translation>
            <numerusform>%n afspraak, niet meer open</numerusform>
            <numerusform>%n afspraken, geen meer open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GespreksmodusPage</name>
    <message>
        <location filename="../leader/GespreksmodusPage.qml" line="+45"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gespreksmodus · %1</source>
        <translation>Gespreksmodus · %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to my notes</source>
        <translation>Terug naar mijn aantekeningen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn towards %1</source>
        <translation>Naar %1 draaien</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <location filename="../teacher/pop/GoalCard.qml" line="+80"/>
        <source>theme: %1</source>
        <translation>thema: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>%1 of %2 actions done</source>
        <translation>%1 van %2 acties gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No actions yet</source>
        <translation>Nog geen acties</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reflection(s) as evidence</source>
        <translation>
            <numerusform>%n reflectie als bewijs</numerusform>
            <numerusform>%n reflecties als bewijs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target %1</source>
        <translation>streefdatum %1</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <location filename="../teacher/pop/GoalDetail.qml" line="+85"/>
        <source>School theme: %1</source>
        <translation>Schoolthema: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>School year %1 · target date %2</source>
        <translation>Schooljaar %1 · streefdatum %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School year %1</source>
        <translation>Schooljaar %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How I will know</source>
        <translation>Hieraan merk ik het</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Actions (%1 of %2 done)</source>
        <translation>Acties (%1 van %2 gedaan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>was due %1</source>
        <translation>had af moeten zijn op %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due %1</source>
        <translation>af op %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove action %1</source>
        <translation>Actie %1 verwijderen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A next step, e.g. &quot;Plan the weekly task together&quot;</source>
        <translation>Een volgende stap, bijv. &quot;Weektaak samen plannen&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due…</source>
        <translation>Wanneer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date of the new action</source>
        <translation>Datum van de nieuwe actie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reflections as evidence (%1)</source>
        <translation>Reflecties als bewijs (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link reflections that show how this goal is going: from here, or from a reflection in your journal.</source>
        <translation>Koppel reflecties die laten zien hoe het met dit doel gaat: hier, of vanuit een reflectie in je dagboek.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Link a reflection</source>
        <translation>Reflectie koppelen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit goal</source>
        <translation>Doel bewerken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete this goal?</source>
        <translation>Dit doel verwijderen?</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The goal and its actions are deleted. The %n linked reflection(s) stay in your journal.</source>
        <translation>
            <numerusform>Het doel en de acties worden verwijderd. De gekoppelde reflectie blijft in je dagboek.</numerusform>
            <numerusform>Het doel en de acties worden verwijderd. De %n gekoppelde reflecties blijven in je dagboek.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goal and its actions are deleted.</source>
        <translation>Het doel en de acties worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>GoalDetailPage</name>
    <message>
        <location filename="../teacher/pop/GoalDetailPage.qml" line="+25"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>POP goal</source>
        <translation>POP-doel</translation>
    </message>
</context>
<context>
    <name>GoalEditorPage</name>
    <message>
        <location filename="../teacher/pop/GoalEditorPage.qml" line="+46"/>
        <source>Close without saving</source>
        <translation>Sluiten zonder opslaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit goal</source>
        <translation>Doel bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>School year %1</source>
        <translation>Schooljaar %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Your goal</source>
        <translation>Je doel</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>What do you want to grow in?</source>
        <translation>Waarin wil je groeien?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For example: &quot;I want to give pupils more ownership of their learning goals.&quot;</source>
        <translation>Bijvoorbeeld: &quot;Ik wil leerlingen meer eigenaarschap geven over hun leerdoelen.&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why: which kernwaarde?</source>
        <translation>Waarom: welke kernwaarde?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>School theme (optional)</source>
        <translation>Schoolthema (optioneel)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>How will you know? (optional)</source>
        <translation>Waaraan merk je het? (optioneel)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What do you see when it has worked?</source>
        <translation>Wat zie je als het gelukt is?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Success criteria</source>
        <translation>Succescriteria</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date: %1. Change</source>
        <translation>Streefdatum: %1. Wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No target date</source>
        <translation>Geen streefdatum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save goal</source>
        <translation>Doel opslaan</translation>
    </message>
</context>
<context>
    <name>HeatmapTab</name>
    <message>
        <location filename="../hr/HeatmapTab.qml" line="+45"/>
        <source>Rows:</source>
        <translation>Rijen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Functies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age bands</source>
        <translation>Leeftijdsgroepen</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n cell(s) not released</source>
        <translation>
            <numerusform>%n cel niet vrijgegeven</numerusform>
            <numerusform>%n cellen niet vrijgegeven</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>not released</source>
        <translation>niet vrijgegeven</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not released:</source>
        <translation>Niet vrijgegeven:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>worse</source>
        <translation>slechter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>better, on each figure&apos;s own scale (for the shares at or below a cut-off, lower is better)</source>
        <translation>beter, op de eigen schaal van elk cijfer (bij de aandelen op of onder een grens is lager beter)</translation>
    </message>
</context>
<context>
    <name>HoursEntryDialog</name>
    <message>
        <location filename="../teacher/pop/HoursEntryDialog.qml" line="+39"/>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change activity</source>
        <translation>Activiteit wijzigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kind of activity</source>
        <translation>Soort activiteit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What, e.g. &quot;Course on feedback&quot;</source>
        <translation>Wat, bijv. &quot;Cursus feedback geven&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>Planned hours</source>
        <translation>Geplande uren</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+18"/>
        <source>Spent hours</source>
        <translation>Bestede uren</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>e.g. 1,5</source>
        <translation>bijv. 1,5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 1:30</source>
        <translation>bijv. 1:30</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../teacher/pop/HoursPage.qml" line="+33"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>What your budget is based on</source>
        <translation>Waar je budget op gebaseerd is</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FTE in %1: %2 · birth year: %3</source>
        <translation>FTE in %1: %2 · geboortejaar: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra hours for your age are included.</source>
        <translation>De extra uren voor je leeftijd zijn meegeteld.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change FTE or birth year</source>
        <translation>FTE of geboortejaar wijzigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activities (%1)</source>
        <translation>Activiteiten (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing planned or spent in %1 yet. Add a training, coaching, intervisie or study day.</source>
        <translation>Nog niets gepland of besteed in %1. Voeg een training, coaching, intervisie of studiedag toe.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 h spent</source>
        <translation>%1 u besteed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h planned</source>
        <translation>%1 u gepland</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>FTE and birth year</source>
        <translation>FTE en geboortejaar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>FTE from school year %1 on</source>
        <translation>FTE vanaf schooljaar %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 0,8</source>
        <translation>bijv. 0,8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Birth year (for extra hours at an older age)</source>
        <translation>Geboortejaar (voor extra uren vanaf een leeftijd)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 1968</source>
        <translation>bijv. 1968</translation>
    </message>
</context>
<context>
    <name>HoursSummaryCard</name>
    <message>
        <location filename="../teacher/pop/HoursSummaryCard.qml" line="+30"/>
        <source>Professionaliseringsuren</source>
        <translation>Professionaliseringsuren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter your FTE to see the hours you have this year.</source>
        <translation>Vul je FTE in om te zien hoeveel uren je dit jaar hebt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 hours spent · %3 planned</source>
        <translation>%1 van %2 uur besteed · %3 gepland</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours spent · %2 planned</source>
        <translation>%1 uur besteed · %2 gepland</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 hours more spent than available</source>
        <translation>%1 uur meer besteed dan beschikbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hours left</source>
        <translation>nog %1 uur over</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This year %1 h (FTE %2) + %3 h saved from earlier years</source>
        <translation>Dit jaar %1 u (FTE %2) + %3 u gespaard uit eerdere jaren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 h usable until %2</source>
        <translation>%1 u te besteden tot %2</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <location filename="../leader/ImportReviewDialog.qml" line="+19"/>
        <source>Import the response?</source>
        <translation>Reactie inlezen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import the preparation?</source>
        <translation>Voorbereiding inlezen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Inlezen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The key of %1 changed. That happens with a new phone, but it can also mean someone else wrote this file.</source>
        <translation>De sleutel van %1 is veranderd. Dat gebeurt bij een nieuwe telefoon, maar het kan ook betekenen dat iemand anders dit bestand heeft gemaakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the first file of %1: it brings their key.</source>
        <translation>Dit is het eerste bestand van %1: het brengt de sleutel mee.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is new in your list. Their key:</source>
        <translation>%1 is nieuw in je lijst, met deze sleutel:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept until now</source>
        <translation>Tot nu toe bewaard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In this file</source>
        <translation>In dit bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ask the teacher to read the digits their app shows for their conversation key, and compare them with these.</source>
        <translation>Vraag de leraar de cijfers voor te lezen die de app bij de gesprekssleutel toont, en vergelijk ze met deze.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I checked these digits with %1</source>
        <translation>Ik heb deze cijfers met %1 gecontroleerd</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../custodian/InboxPage.qml" line="+35"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Drop the teachers&apos; files (.kwbijdrage) or a folder of them here</source>
        <translation>Sleep de bestanden van de leraren (.kwbijdrage) of een map ermee hierheen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot read their numbers: each file holds only your share, and HR&apos;s part stays sealed. A file sent twice or replaced by a newer one is recognised.</source>
        <translation>Hun cijfers kun je niet lezen: elk bestand bevat alleen jouw deel, en het deel voor HR blijft verzegeld. Een bestand dat twee keer komt of door een nieuwer is vervangen, wordt herkend.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose files…</source>
        <translation>Bestanden kiezen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose folder…</source>
        <translation>Map kiezen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 files</source>
        <translation>%1 van %2 bestanden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>What you keep, per period</source>
        <translation>Wat je bewaart, per periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contributions kept yet.</source>
        <translation>Nog geen bijdragen bewaard.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 contributions kept</source>
        <translation>%1 bijdragen bewaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 arrived late</source>
        <translation>%1 te laat binnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not released yet</source>
        <translation>nog niet vrijgegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>released</source>
        <translation>vrijgegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>released %1 times</source>
        <translation>%1 keer vrijgegeven</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the teachers&apos; files</source>
        <translation>Kies de bestanden van de leraren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwijzer contributions (*.kwbijdrage)</source>
        <translation>Kernwijzer-bijdragen (*.kwbijdrage)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder of teachers&apos; files</source>
        <translation>Kies een map met bestanden van leraren</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../teacher/journal/JournalPage.qml" line="+42"/>
        <location line="+2"/>
        <source>Search your reflections</source>
        <translation>Zoek in je reflecties</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n reflection(s) found</source>
        <translation>
            <numerusform>%n reflectie gevonden</numerusform>
            <numerusform>%n reflecties gevonden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your reflections cannot be read</source>
        <translation>Je reflecties kunnen niet worden gelezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found</source>
        <translation>Niets gevonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reflections yet</source>
        <translation>Nog geen reflecties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reflection matches these words or filters.</source>
        <translation>Geen reflectie past bij deze woorden of filters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down a moment from today: what happened, which kernwaarde it touched and how it went. It takes less than a minute.</source>
        <translation>Schrijf een moment van vandaag op: wat er gebeurde, welke kernwaarde het raakte en hoe het ging. Het kost je minder dan een minuut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write your first reflection</source>
        <translation>Schrijf je eerste reflectie</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose a reflection</source>
        <translation>Kies een reflectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its whole text, kernwaarden and scores appear here.</source>
        <translation>De hele tekst, de kernwaarden en de scores verschijnen hier.</translation>
    </message>
</context>
<context>
    <name>KernwaardeCard</name>
    <message>
        <location filename="../teacher/journal/KernwaardeCard.qml" line="+20"/>
        <source>%1: %2 this month, %3 this year</source>
        <translation>%1: %2 deze maand, %3 dit jaar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This month: %1</source>
        <translation>Deze maand: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This year: %1</source>
        <translation>Dit jaar: %1</translation>
    </message>
</context>
<context>
    <name>KernwaardenPage</name>
    <message>
        <location filename="../teacher/journal/KernwaardenPage.qml" line="+41"/>
        <source>Kernwaarden of %1</source>
        <translation>Kernwaarden van %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your year in kernwaarden</source>
        <translation>Jouw jaar in kernwaarden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your year: %1</source>
        <translation>Jouw jaar: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Previous year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next year</source>
        <translation>Volgend jaar</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n day(s) with a reflection</source>
        <translation>
            <numerusform>%n dag met een reflectie</numerusform>
            <numerusform>%n dagen met een reflectie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tap the kernwaarde again to see all</source>
        <translation>tik nog eens op de kernwaarde om alles te zien</translation>
    </message>
</context>
<context>
    <name>KernwaardenTab</name>
    <message>
        <location filename="../hr/KernwaardenTab.qml" line="+51"/>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reflections per colleague that touched each kernwaarde.</source>
        <translation>Reflecties per collega die elke kernwaarde raakten.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not released</source>
        <translation>niet vrijgegeven</translation>
    </message>
</context>
<context>
    <name>KeyHolderCard</name>
    <message>
        <location filename="../teacher/exchange/KeyHolderCard.qml" line="+24"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key %1</source>
        <translation>Sleutel %1</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../school/KeyPage.qml" line="+37"/>
        <source>HR&apos;s key</source>
        <translation>Sleutel van HR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The custodian&apos;s key</source>
        <translation>Sleutel van de vertrouwenshouder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your key as leidinggevende</source>
        <translation>Je sleutel als leidinggevende</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With this key you sign the school profile and open the figures the custodian releases. Nobody else has it: keep the file on this computer and its passphrase to yourself.</source>
        <translation>Met deze sleutel onderteken je het schoolprofiel en open je de cijfers die de vertrouwenshouder vrijgeeft. Niemand anders heeft hem: bewaar het bestand op deze computer en houd de wachtwoordzin voor jezelf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With this key you open your teachers&apos; preparations and sign the verslagen. The school profile lists it: give its .pub file to HR. Keep the file on this device and its passphrase to yourself.</source>
        <translation>Met deze sleutel open je de voorbereidingen van je leraren en onderteken je de verslagen. Hij staat in het schoolprofiel: geef het .pub-bestand ervan aan HR. Bewaar het bestand op dit apparaat en houd de wachtwoordzin voor jezelf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With this key you co-sign the school profile, open your part of the teachers&apos; files and sign releases. Nobody else has it: keep the file on this computer and its passphrase to yourself.</source>
        <translation>Met deze sleutel onderteken je het schoolprofiel mee, open je jouw deel van de bestanden van leraren en onderteken je vrijgaven. Niemand anders heeft hem: bewaar het bestand op deze computer en houd de wachtwoordzin voor jezelf.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlocked for this session</source>
        <translation>Ontgrendeld voor deze sessie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sealing</source>
        <translation>Verzegelen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To check a key, read these digits aloud to each other, or compare them with what the school profile shows. Every copy of the same key shows the same digits.</source>
        <translation>Om een sleutel te controleren lees je elkaar deze cijfers hardop voor, of vergelijk je ze met wat het schoolprofiel toont. Elke kopie van dezelfde sleutel toont dezelfde cijfers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key file: %1</source>
        <translation>Sleutelbestand: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock and forget the passphrase</source>
        <translation>Vergrendelen en wachtwoordzin vergeten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unlock the key</source>
        <translation>Sleutel ontgrendelen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+93"/>
        <location line="+72"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Keep the passphrase in this computer&apos;s key store</source>
        <translation>Bewaar de wachtwoordzin in de sleutelkluis van deze computer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The demo school uses its own keys, made with it and unlocked.</source>
        <translation>De demoschool gebruikt haar eigen sleutels, met haar gemaakt en ontgrendeld.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Another key</source>
        <translation>Andere sleutel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No key yet</source>
        <translation>Nog geen sleutel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a new key once, when you take up the role; give the .pub file beside it to HR for the school profile. Open a key file you already have on a new computer.</source>
        <translation>Maak één keer een nieuwe sleutel, als je de rol op je neemt; geef het .pub-bestand ernaast aan HR voor het schoolprofiel. Op een nieuwe computer open je het sleutelbestand dat je al hebt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open key file…</source>
        <translation>Sleutelbestand openen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a new key…</source>
        <translation>Nieuwe sleutel maken…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As teachers will see it</source>
        <translation>Zoals leraren hem zien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role</source>
        <translation>Je rol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HR adviser</source>
        <translation>HR-adviseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secretary of the MR</source>
        <translation>Secretaris MR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teamleider</source>
        <translation>Teamleider</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At least 8 characters</source>
        <translation>Minstens 8 tekens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again</source>
        <translation>Nog eens</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None chosen</source>
        <translation>Geen gekozen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make the key</source>
        <translation>Sleutel maken</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open your key file</source>
        <translation>Open je sleutelbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernwijzer keys (*.kwsleutel)</source>
        <translation>Kernwijzer-sleutels (*.kwsleutel)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder for the new key</source>
        <translation>Map voor de nieuwe sleutel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase of the key file</source>
        <translation>Wachtwoordzin van het sleutelbestand</translation>
    </message>
</context>
<context>
    <name>LeaderProfilePage</name>
    <message>
        <location filename="../leader/LeaderProfilePage.qml" line="+34"/>
        <source>School profile</source>
        <translation>Schoolprofiel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install a new version…</source>
        <translation>Nieuwe versie installeren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Install profile…</source>
        <translation>Profiel installeren…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>You have no key on this device yet: make one or open yours under Key, and give HR its .pub file.</source>
        <translation>Je hebt nog geen sleutel op dit apparaat: maak er een of open de jouwe onder Sleutel, en geef HR het .pub-bestand ervan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No school profile yet</source>
        <translation>Nog geen schoolprofiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR gives you the school&apos;s co-signed profile (.kwprofiel). It lists you as the leader of your teams, with your key. Install it here, or drop it on this window.</source>
        <translation>HR geeft je het medeondertekende profiel van de school (.kwprofiel). Daarin sta je als leidinggevende van je teams, met je sleutel. Installeer het hier, of sleep het op dit venster.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, valid until %2</source>
        <translation>%1, geldig tot %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your teams</source>
        <translation>Je teams</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kernwaarden</source>
        <translation>Kernwaarden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>What you hold about a teacher is deleted %n year(s) after they leave (uit dienst).</source>
        <translation>
            <numerusform>Wat je over een leraar bewaart, wordt %n jaar nadat die uit dienst is gegaan verwijderd.</numerusform>
            <numerusform>Wat je over een leraar bewaart, wordt %n jaar nadat die uit dienst is gegaan verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>School profiles (*.kwprofiel)</source>
        <translation>Schoolprofielen (*.kwprofiel)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../shell/LockScreen.qml" line="+50"/>
        <source>Kernwijzer</source>
        <translation>Kernwijzer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your journal is locked.</source>
        <translation>Je dagboek is vergrendeld.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>PIN or passphrase</source>
        <translation>Pincode of wachtzin</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock with fingerprint or face</source>
        <translation>Ontgrendelen met vingerafdruk of gezicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many wrong tries. You can try again in %1.</source>
        <translation>Te vaak een verkeerde code. Je kunt het over %1 opnieuw proberen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Forgot your PIN?</source>
        <translation>Pincode vergeten?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody can open the lock without your PIN: not your school, not Kernwijzer. There is no back door.

The only way back in is to start again: delete the app&apos;s data (or reinstall the app) and restore your journal from a backup you made earlier, with that backup&apos;s passphrase. Without a backup, what this journal holds cannot be recovered.</source>
        <translation>Niemand kan de vergrendeling openen zonder jouw pincode: je school niet en Kernwijzer ook niet. Er is geen achterdeur.

De enige weg terug is opnieuw beginnen: wis de gegevens van de app (of installeer de app opnieuw) en zet je dagboek terug uit een back-up die je eerder hebt gemaakt, met de wachtzin van die back-up. Zonder back-up is wat in dit dagboek staat niet terug te halen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your journal: %1</source>
        <translation>Je dagboek: %1</translation>
    </message>
</context>
<context>
    <name>LockSettings</name>
    <message>
        <location filename="../shell/LockSettings.qml" line="+24"/>
        <source>App lock</source>
        <translation>App-vergrendeling</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask for a PIN when Kernwijzer opens</source>
        <translation>Pincode vragen bij openen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Lock again</source>
        <translation>Opnieuw vergrendelen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>at once when you leave the app</source>
        <translation>meteen als je de app verlaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after %1 min in the background</source>
        <translation>na %1 min op de achtergrond</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change PIN…</source>
        <translation>Pincode wijzigen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lock keeps the screen closed to someone who picks up your phone or sits at your computer. It does not encrypt your journal: a copy of the journal file is protected by your phone&apos;s own encryption, or on a computer by disk encryption. Forgot your PIN? Then only a backup brings your journal back.</source>
        <translation>De vergrendeling houdt het scherm dicht voor iemand die je telefoon oppakt of achter je computer gaat zitten. Je dagboek wordt er niet door versleuteld: een kopie van het dagboekbestand wordt beschermd door de eigen versleuteling van je telefoon, of op een computer door schijfversleuteling. Pincode vergeten? Dan brengt alleen een back-up je dagboek terug.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="+40"/>
        <location line="+58"/>
        <source>Kernwijzer</source>
        <translation>Kernwijzer</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Kernwijzer cannot open your journal</source>
        <translation>Kernwijzer kan je dagboek niet openen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reflection deleted</source>
        <translation>Reflectie verwijderd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>NoHiddenNotes</name>
    <message>
        <location filename="../leader/NoHiddenNotes.qml" line="+25"/>
        <source>There are no hidden notes: everything you write here goes into the verslag the teacher receives. The teacher may also ask for all of it (AVG art. 15).</source>
        <translation>Er zijn geen verborgen aantekeningen: alles wat je hier schrijft, komt in het verslag dat de leraar krijgt. De leraar mag ook inzage in alles vragen (AVG art. 15).</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../hr/OverviewTab.qml" line="+43"/>
        <source>Participation</source>
        <translation>Deelname</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Weekly pulse (1–5, higher is better)</source>
        <translation>Wekelijkse pulse (1–5, hoger is beter)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A change is called a change only when the 95 % intervals say so: a difference within the margin can be chance.</source>
        <translation>Een verschil heet pas een verandering als de 95 %-intervallen dat zeggen: een verschil binnen de marge kan toeval zijn.</translation>
    </message>
</context>
<context>
    <name>PartComboBox</name>
    <message>
        <location filename="../teacher/gesprek/PartComboBox.qml" line="+16"/>
        <source>Part of the conversation</source>
        <translation>Onderdeel van het gesprek</translation>
    </message>
</context>
<context>
    <name>PartWorkPane</name>
    <message>
        <location filename="../leader/PartWorkPane.qml" line="+35"/>
        <source>Your own points</source>
        <translation>Je eigen punten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What you want to bring up in this part</source>
        <translation>Wat je in dit onderdeel wilt bespreken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What you talk about: the teacher reads this in the verslag</source>
        <translation>Waarover jullie praten: de leraar leest dit in het verslag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../shell/PinDialog.qml" line="+40"/>
        <source>Set a PIN</source>
        <translation>Pincode instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the PIN</source>
        <translation>Pincode wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn the app lock off</source>
        <translation>App-vergrendeling uitzetten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At least 4 digits, or a passphrase of at least 6 characters. Kernwijzer keeps only a check of it, never the PIN itself.</source>
        <translation>Minstens 4 cijfers, of een wachtzin van minstens 6 tekens. Kernwijzer bewaart alleen een controlewaarde, nooit de pincode zelf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current PIN or passphrase</source>
        <translation>Huidige pincode of wachtzin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New PIN or passphrase</source>
        <translation>Nieuwe pincode of wachtzin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same again</source>
        <translation>Nog een keer hetzelfde</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn off</source>
        <translation>Uitzetten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>PopChangesBox</name>
    <message>
        <location filename="../teacher/gesprek/PopChangesBox.qml" line="+13"/>
        <source>In your POP</source>
        <translation>In je POP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agreements you accepted are actions in your POP now.</source>
        <translation>De afspraken waarmee je akkoord ging, zijn nu acties in je POP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You accepted no agreement: your POP did not change.</source>
        <translation>Je ging met geen enkele afspraak akkoord: je POP is niet veranderd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New goal: %1</source>
        <translation>Nieuw doel: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goal: %1</source>
        <translation>Doel: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action: %1</source>
        <translation>Actie: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open my POP</source>
        <translation>Mijn POP openen</translation>
    </message>
</context>
<context>
    <name>PopExportDialog</name>
    <message>
        <location filename="../teacher/pop/PopExportDialog.qml" line="+25"/>
        <source>POP %1 as PDF</source>
        <translation>POP %1 als pdf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For your bekwaamheidsdossier: your goals with their actions and evidence, and your professionaliseringsuren. Your wellbeing check-ins and the scores of your reflections are never included.</source>
        <translation>Voor je bekwaamheidsdossier: je doelen met acties en bewijs, en je professionaliseringsuren. Je welzijnscheck-ins en de scores van je reflecties komen er nooit in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include the text of linked reflections</source>
        <translation>Tekst van gekoppelde reflecties opnemen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Without it, a linked reflection appears only with its day and kernwaarden.</source>
        <translation>Zonder dit staat een gekoppelde reflectie er alleen met dag en kernwaarden in.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as: %1</source>
        <translation>Opslaan als: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PopPage</name>
    <message>
        <location filename="../teacher/pop/PopPage.qml" line="+46"/>
        <source>My POP</source>
        <translation>Mijn POP</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Goals (%1)</source>
        <translation>Doelen (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF</source>
        <translation>Pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the POP as PDF</source>
        <translation>De POP als pdf exporteren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No goals for %1 yet. What do you want to grow in? Link it to a kernwaarde, add a few steps and collect reflections that show your progress.</source>
        <translation>Nog geen doelen voor %1. Waarin wil je groeien? Koppel het aan een kernwaarde, zet een paar stappen uit en verzamel reflecties die je groei laten zien.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a goal</source>
        <translation>Kies een doel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your POP starts with one goal</source>
        <translation>Je POP begint met één doel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its actions and the reflections that show progress appear here.</source>
        <translation>De acties en de reflecties die voortgang laten zien verschijnen hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A goal says what you want to grow in and why; actions and linked reflections show how it goes.</source>
        <translation>Een doel zegt waarin je wilt groeien en waarom; acties en gekoppelde reflecties laten zien hoe het gaat.</translation>
    </message>
</context>
<context>
    <name>PreparationPart</name>
    <message>
        <location filename="../leader/PreparationPart.qml" line="+24"/>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP goal</source>
        <translation>POP-doel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionaliseringsuren</source>
        <translation>Professionaliseringsuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier agreement</source>
        <translation>Eerdere afspraak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their point</source>
        <translation>Punt van de leraar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The teacher brings nothing for this part.</source>
        <translation>De leraar brengt voor dit onderdeel niets in.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your points: %1</source>
        <translation>Je punten: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes: %1</source>
        <translation>Aantekeningen: %1</translation>
    </message>
</context>
<context>
    <name>PrepareGoalsBox</name>
    <message>
        <location filename="../teacher/gesprek/PrepareGoalsBox.qml" line="+14"/>
        <source>POP goals</source>
        <translation>POP-doelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ticked goal goes with its progress: status, actions and how many reflections show it.</source>
        <translation>Een aangevinkt doel gaat mee met de voortgang: status, acties en hoeveel reflecties die laten zien.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · %2 of %3 actions done</source>
        <translation>%1 · %2 van %3 acties gedaan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No POP goals this school year.</source>
        <translation>Geen POP-doelen dit schooljaar.</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <location filename="../teacher/gesprek/PreparePage.qml" line="+44"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepare waarderingsgesprek</source>
        <translation>Waarderingsgesprek voorbereiden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your leader&apos;s verslag of this conversation has arrived: its preparation cannot change any more.</source>
        <translation>Het verslag van je leidinggevende over dit gesprek is binnen: de voorbereiding kan niet meer veranderen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You sent this preparation. Change it and send it again until your leader&apos;s verslag arrives.</source>
        <translation>Je hebt deze voorbereiding verstuurd. Tot het verslag van je leidinggevende binnen is, kun je die wijzigen en opnieuw versturen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything here stays on your device until you send it. It is kept as you go.</source>
        <translation>Alles hier blijft op je apparaat tot je het verstuurt. Wat je doet, wordt meteen bewaard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prepare your next conversation</source>
        <translation>Bereid je volgende gesprek voor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open agreements</source>
        <translation>Openstaande afspraken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agreements of your last conversation that are not done yet. They are added to the terugblik by themselves.</source>
        <translation>De afspraken uit je vorige gesprek die nog niet klaar zijn. Ze komen vanzelf bij de terugblik.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>See what your leader will see</source>
        <translation>Bekijk wat je leidinggevende ziet</translation>
    </message>
</context>
<context>
    <name>PreparePointsBox</name>
    <message>
        <location filename="../teacher/gesprek/PreparePointsBox.qml" line="+13"/>
        <source>Your own points</source>
        <translation>Je eigen punten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you want to talk about? Write a point under the part it belongs to.</source>
        <translation>Waarover wil je praten? Schrijf een punt onder het onderdeel waar het bij hoort.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove this point</source>
        <translation>Dit punt verwijderen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a point</source>
        <translation>Punt toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A point for %1</source>
        <translation>Een punt voor %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
</context>
<context>
    <name>PrepareReflectionsBox</name>
    <message>
        <location filename="../teacher/gesprek/PrepareReflectionsBox.qml" line="+14"/>
        <source>Reflections</source>
        <translation>Reflecties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the reflections you tick here go to your leader, with their text. Untick one to take it out.</source>
        <translation>Alleen de reflecties die je hier aanvinkt, gaan met hun tekst naar je leidinggevende. Vink er een uit om hem weg te laten.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No reflections chosen.</source>
        <translation>Geen reflecties gekozen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose reflections…</source>
        <translation>Reflecties kiezen…</translation>
    </message>
</context>
<context>
    <name>PrepareSharingBox</name>
    <message>
        <location filename="../teacher/gesprek/PrepareSharingBox.qml" line="+13"/>
        <source>Hours and wellbeing</source>
        <translation>Uren en welzijn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bring the balance of my professionaliseringsuren</source>
        <translation>Neem het saldo van mijn professionaliseringsuren mee</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Share my WHO-5 and pulse trend for this conversation</source>
        <translation>Deel het verloop van mijn WHO-5 en pulscheck voor dit gesprek</translation>
    </message>
</context>
<context>
    <name>PrepareWhenBox</name>
    <message>
        <location filename="../teacher/gesprek/PrepareWhenBox.qml" line="+13"/>
        <source>When and with whom</source>
        <translation>Wanneer en met wie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a day</source>
        <translation>Kies een dag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leader</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sealed to %1: only their key opens your preparation.</source>
        <translation>Verzegeld voor %1: alleen die kan je voorbereiding openen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name, as your leader knows you</source>
        <translation>Je naam, zoals je leidinggevende je kent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First and last name</source>
        <translation>Voor- en achternaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
</context>
<context>
    <name>PreviewItem</name>
    <message>
        <location filename="../teacher/gesprek/PreviewItem.qml" line="+36"/>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP goal</source>
        <translation>POP-doel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionaliseringsuren</source>
        <translation>Professionaliseringsuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open agreement</source>
        <translation>Openstaande afspraak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wellbeing: health data</source>
        <translation>Welzijn: gezondheidsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your point</source>
        <translation>Je punt</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../teacher/gesprek/PreviewPage.qml" line="+37"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What your leader will see</source>
        <translation>Wat je leidinggevende ziet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Waarderingsgesprek with %1 on %2. From %3, version %4.</source>
        <translation>Waarderingsgesprek met %1 op %2. Van %3, versie %4.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is everything in the file. It holds your wellbeing trend: health data you chose to share for this conversation only.</source>
        <translation>Dit is alles wat in het bestand staat. Het bevat het verloop van je welzijn: gezondheidsgegevens die je zelf alleen voor dit gesprek deelt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is everything in the file: nothing else of your journal goes with it, and no wellbeing.</source>
        <translation>Dit is alles wat in het bestand staat: verder gaat er niets uit je dagboek mee, en geen welzijn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to the preparation</source>
        <translation>Terug naar de voorbereiding</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your preparation has no items yet: only the day and your name go to your leader.</source>
        <translation>Je voorbereiding heeft nog geen onderdelen: alleen de dag en je naam gaan naar je leidinggevende.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Waarderingsgesprek (*.kwgesprek)</source>
        <translation>Waarderingsgesprek (*.kwgesprek)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved: %1. Send it to %2: only their key opens it.</source>
        <translation>Opgeslagen: %1. Stuur het naar %2; alleen die kan het openen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send to %1</source>
        <translation>Versturen naar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the changed version</source>
        <translation>Gewijzigde versie versturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the file again</source>
        <translation>Bestand opnieuw opslaan</translation>
    </message>
</context>
<context>
    <name>PrivacyLegend</name>
    <message>
        <location filename="../hr/PrivacyLegend.qml" line="+25"/>
        <source>Grey = not released: fewer colleagues than the minimum group size (%1 for wellbeing, %2 for kernwaarden and sources), or withheld to protect a smaller group. Point at a grey cell for the reason. Only group figures are ever shown, never a colleague&apos;s own.</source>
        <translation>Grijs = niet vrijgegeven: minder collega&apos;s dan de minimale groepsgrootte (%1 voor welzijn, %2 voor kernwaarden en bronnen), of achtergehouden om een kleinere groep te beschermen. Wijs een grijze cel aan voor de reden. Alleen groepscijfers worden getoond, nooit die van één collega.</translation>
    </message>
</context>
<context>
    <name>ProfileContactsBox</name>
    <message>
        <location filename="../hr/ProfileContactsBox.qml" line="+12"/>
        <source>Support contacts</source>
        <translation>Steunpunten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown only to a teacher whose wellbeing score is low, on their own device.</source>
        <translation>Alleen getoond aan een leraar met een lage welzijnsscore, op het eigen apparaat.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Role (vertrouwenspersoon …)</source>
        <translation>Rol (vertrouwenspersoon …)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How to reach them (phone, e-mail, when)</source>
        <translation>Hoe bereikbaar (telefoon, e-mail, wanneer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add contact</source>
        <translation>Steunpunt toevoegen</translation>
    </message>
</context>
<context>
    <name>ProfileCustodianBox</name>
    <message>
        <location filename="../hr/ProfileCustodianBox.qml" line="+14"/>
        <source>Custodian (vertrouwenshouder)</source>
        <translation>Vertrouwenshouder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No custodian&apos;s key chosen yet.</source>
        <translation>Nog geen sleutel van de vertrouwenshouder gekozen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key %1</source>
        <translation>Sleutel %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another custodian…</source>
        <translation>Andere vertrouwenshouder…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the custodian&apos;s key…</source>
        <translation>Sleutel van de vertrouwenshouder kiezen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where teachers send their files (e-mail or upload page)</source>
        <translation>Waar leraren hun bestanden naartoe sturen (e-mail of uploadpagina)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Handover of %1: %2 (key %3) to %4 (key %5)</source>
        <translation>Overdracht van %1: %2 (sleutel %3) aan %4 (sleutel %5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a handover…</source>
        <translation>Overdracht toevoegen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Public key files (*.kwsleutel.pub)</source>
        <translation>Publieke sleutelbestanden (*.kwsleutel.pub)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handovers (*.kwoverdracht)</source>
        <translation>Overdrachten (*.kwoverdracht)</translation>
    </message>
</context>
<context>
    <name>ProfileEditorPage</name>
    <message>
        <location filename="../hr/ProfileEditorPage.qml" line="+45"/>
        <source>School profile</source>
        <translation>Schoolprofiel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start again</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ondertekenen</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unlock HR&apos;s key first (Keys): the profile is signed with it.</source>
        <translation>Ontgrendel eerst de sleutel van HR (Sleutels): daarmee wordt het profiel ondertekend.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add the co-signed profile…</source>
        <translation>Medeondertekend profiel toevoegen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each with its number of staff: a team smaller than the smallest group (k for counts) would point at a few people.</source>
        <translation>Elk met het aantal medewerkers: een team kleiner dan de kleinste groep (k voor tellingen) zou naar een paar mensen wijzen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Roles</source>
        <translation>Functies</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Themes (leidende principes)</source>
        <translation>Thema&apos;s (leidende principes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A POP goal can name one of these.</source>
        <translation>Een POP-doel kan er een van noemen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+7"/>
        <source>School profiles (*.kwprofiel)</source>
        <translation>Schoolprofielen (*.kwprofiel)</translation>
    </message>
</context>
<context>
    <name>ProfileImportDialog</name>
    <message>
        <location filename="../teacher/exchange/ProfileImportDialog.qml" line="+41"/>
        <source>School profile not imported</source>
        <translation>Schoolprofiel niet geïmporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The custodian changes</source>
        <translation>De vertrouwenshouder verandert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School profile of %1</source>
        <translation>Schoolprofiel van %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>You already have this profile (version %1).</source>
        <translation>Je hebt dit profiel al (versie %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1 of your school&apos;s profile, signed by HR and by the custodian.</source>
        <translation>Versie %1 van het profiel van je school, ondertekend door HR en door de vertrouwenshouder.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Version %1 names %2 as custodian instead of %3. %4 signed the handover on %5. Only install it if your school told you so: the custodian holds the second key that keeps your numbers anonymous.</source>
        <translation>Versie %1 noemt %2 als vertrouwenshouder in plaats van %3. %4 heeft de overdracht op %5 ondertekend. Installeer dit alleen als je school het je heeft laten weten: de vertrouwenshouder heeft de tweede sleutel die je cijfers anoniem houdt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed by HR (%1) and by the custodian below. Before it is installed, check that it really comes from your school.</source>
        <translation>Ondertekend door HR (%1) en door de vertrouwenshouder hieronder. Controleer eerst of het echt van je school komt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Custodian</source>
        <translation>Vertrouwenshouder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Until now</source>
        <translation>Tot nu toe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From now on</source>
        <translation>Vanaf nu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your leader&apos;s keys change. Compare the new fingerprints with your leader before you send them a preparation:</source>
        <translation>De sleutels van je leidinggevende veranderen. Vergelijk de nieuwe vingerafdrukken samen met je leidinggevende voordat je een voorbereiding stuurt:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>Verification code</source>
        <translation>Controlecode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1/24</source>
        <translation>%1/24</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>24 digits your school publishes where HR alone cannot change them: the MR newsletter or the poster in the staff room. Never take it from the message that brought this file.</source>
        <translation>24 cijfers die je school publiceert waar HR ze niet alleen kan veranderen: in de MR-nieuwsbrief of op de poster in de personeelskamer. Neem ze nooit over uit het bericht waarmee dit bestand kwam.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I checked: install</source>
        <translation>Nagevraagd: installeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Install</source>
        <translation>Installeren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>School profiles (*.kwprofiel)</source>
        <translation>Schoolprofielen (*.kwprofiel)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>ProfileItemsEditor</name>
    <message>
        <location filename="../hr/ProfileItemsEditor.qml" line="+51"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Staff in %1</source>
        <translation>Medewerkers in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>staff</source>
        <translation>medewerkers</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
</context>
<context>
    <name>ProfileKernwaardenBox</name>
    <message>
        <location filename="../hr/ProfileKernwaardenBox.qml" line="+14"/>
        <source>Kernwaarden (3 to 7)</source>
        <translation>Kernwaarden (3 tot 7)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name of the kernwaarde</source>
        <translation>Naam van de kernwaarde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What it means at your school, in one or two sentences</source>
        <translation>Wat het op jullie school betekent, in een of twee zinnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Colour %1</source>
        <translation>Kleur %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add kernwaarde</source>
        <translation>Kernwaarde toevoegen</translation>
    </message>
</context>
<context>
    <name>ProfileLeadersBox</name>
    <message>
        <location filename="../hr/ProfileLeadersBox.qml" line="+15"/>
        <source>Team leaders (waarderingsgesprek)</source>
        <translation>Leidinggevenden (waarderingsgesprek)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A leader makes a key in the app (role Team leader, page Key) and gives you the public key file. Teachers seal their preparation to that key, so it reaches them only once the custodian co-signed this profile.</source>
        <translation>Een leidinggevende maakt een sleutel in de app (rol Leidinggevende, pagina Sleutel) en geeft je het openbare sleutelbestand. Leraren verzegelen hun voorbereiding voor die sleutel; die bereikt hen pas als de vertrouwenshouder dit profiel heeft meegetekend.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No leaders listed yet.</source>
        <translation>Nog geen leidinggevenden in de lijst.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key %1</source>
        <translation>Sleutel %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add a leader&apos;s key…</source>
        <translation>Sleutel van een leidinggevende toevoegen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Years a leader keeps what they hold about a teacher who left</source>
        <translation>Jaren dat een leidinggevende bewaart wat hij of zij heeft over een vertrokken leraar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Public key files (*.kwsleutel.pub)</source>
        <translation>Openbare sleutelbestanden (*.kwsleutel.pub)</translation>
    </message>
</context>
<context>
    <name>ProfilePreview</name>
    <message>
        <location filename="../hr/ProfilePreview.qml" line="+14"/>
        <source>Preview: what teachers see</source>
        <translation>Voorbeeld: wat leraren zien</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>School profile version %1, valid until %2</source>
        <translation>Schoolprofiel versie %1, geldig tot en met %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custodian</source>
        <translation>Vertrouwenshouder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kernwaarden</source>
        <translation>Kernwaarden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(no name yet)</source>
        <translation>(nog geen naam)</translation>
    </message>
</context>
<context>
    <name>ProfileRulesBox</name>
    <message>
        <location filename="../hr/ProfileRulesBox.qml" line="+13"/>
        <source>Privacy, periods and hours</source>
        <translation>Privacy, perioden en uren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>k is the smallest group whose figures HR ever sees: a number is shown only when at least k colleagues gave it, so nobody can be picked out. Never below 5.</source>
        <translation>k is de kleinste groep waarvan HR ooit cijfers ziet: een getal wordt alleen getoond als minstens k collega&apos;s het gaven, zodat niemand herkenbaar is. Nooit minder dan 5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>k for wellbeing (WHO-5, pulse)</source>
        <translation>k voor welzijn (WHO-5, pulse)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>k for counts (kernwaarden, sources of werkdruk and joy)</source>
        <translation>k voor tellingen (kernwaarden, bronnen van werkdruk en werkplezier)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period length (the first period starts on 1 August)</source>
        <translation>Periodelengte (de eerste periode begint op 1 augustus)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Age bands (each at least 10 years)</source>
        <translation>Leeftijdsgroepen (elk minstens 10 jaar)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From age</source>
        <translation>Vanaf leeftijd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To age</source>
        <translation>Tot en met leeftijd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add age band</source>
        <translation>Leeftijdsgroep toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Professionalisation hours (at 1.0 FTE, pro rata)</source>
        <translation>Professionaliseringsuren (bij 1,0 fte, naar rato)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hours a year</source>
        <translation>Uren per jaar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Years unspent hours stay usable (0: use them or lose them)</source>
        <translation>Jaren dat ongebruikte uren bruikbaar blijven (0: gebruiken of kwijt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra hours from age (0: none)</source>
        <translation>Extra uren vanaf leeftijd (0: geen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra hours a year</source>
        <translation>Extra uren per jaar</translation>
    </message>
</context>
<context>
    <name>ProfileSchoolBox</name>
    <message>
        <location filename="../hr/ProfileSchoolBox.qml" line="+12"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>School id (a-z, 0-9 and -; it never changes)</source>
        <translation>Id van de school (a-z, 0-9 en -; verandert nooit)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valid until (YYYY-MM-DD)</source>
        <translation>Geldig tot en met (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>After this day teachers&apos; apps ask for a new profile; a replaced custodian&apos;s key stops being used.</source>
        <translation>Na deze dag vragen de apps van leraren om een nieuw profiel; de sleutel van een vervangen vertrouwenshouder wordt dan niet meer gebruikt.</translation>
    </message>
</context>
<context>
    <name>ProfileSignBox</name>
    <message>
        <location filename="../hr/ProfileSignBox.qml" line="+13"/>
        <source>Ready to sign version %1</source>
        <translation>Klaar om versie %1 te ondertekenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before you can sign</source>
        <translation>Voordat je kunt ondertekenen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing changed yet against version %1.</source>
        <translation>Nog niets veranderd ten opzichte van versie %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changes against version %1:</source>
        <translation>Wat er verandert ten opzichte van versie %1:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed with HR&apos;s key %1 (%2).</source>
        <translation>Ondertekend met de HR-sleutel %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR&apos;s key is locked: unlock it on the Keys page before signing.</source>
        <translation>De sleutel van HR is vergrendeld: ontgrendel hem op de pagina Sleutels voordat je ondertekent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ondertekenen writes the file; the custodian checks and co-signs it, and only then do teachers&apos; apps accept it.</source>
        <translation>Ondertekenen slaat het bestand op; de vertrouwenshouder controleert het en ondertekent mee, en pas dan accepteren de apps van leraren het.</translation>
    </message>
</context>
<context>
    <name>ReflectionCard</name>
    <message>
        <location filename="../teacher/journal/ReflectionCard.qml" line="+49"/>
        <source>How it went</source>
        <translation>Hoe het ging</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
</context>
<context>
    <name>ReflectionDetail</name>
    <message>
        <location filename="../teacher/journal/ReflectionDetail.qml" line="+89"/>
        <source>How it went</source>
        <translation>Hoe het ging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it went: %1/5</source>
        <translation>Hoe het ging: %1/5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy: %1/5</source>
        <translation>Energie: %1/5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Context: %1</source>
        <translation>Context: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written %1 · changed %2</source>
        <translation>Geschreven %1 · gewijzigd %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written %1</source>
        <translation>Geschreven %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence for your POP</source>
        <translation>Bewijs voor je POP</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unlink from goal %1</source>
        <translation>Ontkoppelen van doel %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link to a goal</source>
        <translation>Aan een doel koppelen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add goals to your POP to link reflections as evidence.</source>
        <translation>Zet doelen in je POP om reflecties als bewijs te koppelen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ReflectionDetailPage</name>
    <message>
        <location filename="../teacher/journal/ReflectionDetailPage.qml" line="+24"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
</context>
<context>
    <name>ReflectionEditorPage</name>
    <message>
        <location filename="../teacher/journal/ReflectionEditorPage.qml" line="+45"/>
        <source>Close without saving</source>
        <translation>Sluiten zonder opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close; the draft is kept</source>
        <translation>Sluiten; je concept blijft bewaard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit reflection</source>
        <translation>Reflectie bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New reflection</source>
        <translation>Nieuwe reflectie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your unsaved reflection from last time is back.</source>
        <translation>Je niet-opgeslagen reflectie van de vorige keer staat weer klaar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day: %1. Change</source>
        <translation>Dag: %1. Wijzigen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What happened? Two sentences are enough.</source>
        <translation>Wat gebeurde er? Twee zinnen is genoeg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of at most %2 characters: please shorten</source>
        <translation>%1 van maximaal %2 tekens: maak het korter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which kernwaarde did it touch?</source>
        <translation>Welke kernwaarde raakte het?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>How did it go?</source>
        <translation>Hoe ging het?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difficult</source>
        <translation>moeizaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very well</source>
        <translation>heel goed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your energy (optional)</source>
        <translation>Je energie (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full of energy</source>
        <translation>vol energie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context (optional)</source>
        <translation>Context (optioneel)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save reflection</source>
        <translation>Reflectie opslaan</translation>
    </message>
</context>
<context>
    <name>ReflectionPickerDialog</name>
    <message>
        <location filename="../teacher/gesprek/ReflectionPickerDialog.qml" line="+19"/>
        <source>Choose reflections</source>
        <translation>Reflecties kiezen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search your reflections</source>
        <translation>Zoek in je reflecties</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the text of the reflections you tick goes to your leader.</source>
        <translation>Alleen de tekst van de reflecties die je aanvinkt, gaat naar je leidinggevende.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No reflection matches these words.</source>
        <translation>Geen reflectie past bij deze woorden.</translation>
    </message>
</context>
<context>
    <name>ReleaseImportPage</name>
    <message>
        <location filename="../hr/ReleaseImportPage.qml" line="+30"/>
        <source>Releases</source>
        <translation>Vrijgaven</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Drop the custodian&apos;s release files (.kwvrijgave) or their folder here</source>
        <translation>Sleep de vrijgavebestanden van de vertrouwenshouder (.kwvrijgave) of hun map hierheen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each release is checked before anything is stored: the custodian&apos;s signature, your school and period, every teacher&apos;s signature on your parts, and the privacy rules again. Only group figures that pass reach your dashboard.</source>
        <translation>Elke vrijgave wordt gecontroleerd voordat er iets wordt opgeslagen: de handtekening van de vertrouwenshouder, je school en periode, de handtekening van elke leraar op jouw delen, en opnieuw de privacyregels. Alleen groepscijfers die daardoor komen, bereiken je dashboard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose files…</source>
        <translation>Bestanden kiezen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose folder…</source>
        <translation>Map kiezen…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Refused: %1</source>
        <translation>Geweigerd: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to do: %1</source>
        <translation>Wat nu: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Imported releases</source>
        <translation>Ingelezen vrijgaven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No release imported yet.</source>
        <translation>Nog geen vrijgave ingelezen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, re-release %2</source>
        <translation>%1, hervrijgave %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>imported %1</source>
        <translation>ingelezen %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the custodian&apos;s releases</source>
        <translation>Kies de vrijgaven van de vertrouwenshouder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwijzer releases (*.kwvrijgave)</source>
        <translation>Kernwijzer-vrijgaven (*.kwvrijgave)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder of releases</source>
        <translation>Kies een map met vrijgaven</translation>
    </message>
</context>
<context>
    <name>ReleasePage</name>
    <message>
        <location filename="../custodian/ReleasePage.qml" line="+36"/>
        <source>Vrijgave</source>
        <translation>Vrijgave</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 contributions kept</source>
        <translation>%1 bijdragen bewaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 arrived late</source>
        <translation>%1 te laat binnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Release %1 made %2: %3 contributions</source>
        <translation>Vrijgave %1 gemaakt op %2: %3 bijdragen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1. HR&apos;s check</source>
        <translation>1. Controle door HR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HR has not checked %1 of the %2 contributions yet. Save the check request and send it to HR; HR answers with a .kwuitslag file.</source>
        <translation>HR heeft %1 van de %2 bijdragen nog niet gecontroleerd. Sla het controleverzoek op en stuur het naar HR; HR antwoordt met een .kwuitslag-bestand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR has checked every contribution of this release.</source>
        <translation>HR heeft elke bijdrage van deze vrijgave gecontroleerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 contributions are left out: HR could not check their part. They count again when the teacher sends the file anew.</source>
        <translation>%1 bijdragen blijven buiten de vrijgave: HR kon hun deel niet controleren. Ze tellen weer mee zodra de leraar het bestand opnieuw stuurt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save check request…</source>
        <translation>Controleverzoek opslaan…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read HR&apos;s answer…</source>
        <translation>Antwoord van HR inlezen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>2. Release</source>
        <translation>2. Vrijgeven</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is a re-release: it adds the contributions that arrived late. A figure changes only when enough colleagues were added to its group; the others keep what the earlier release showed.</source>
        <translation>Dit is een hervrijgave: ze voegt de te laat binnengekomen bijdragen toe. Een cijfer verandert alleen als er genoeg collega&apos;s in de groep bij zijn gekomen; de andere houden wat de eerdere vrijgave liet zien.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vrijgeven…</source>
        <translation>Vrijgeven…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What you vouch for</source>
        <translation>Waar je voor instaat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With Vrijgeven you sign that this release counts every contribution you received for this period and HR could check, each once; that only group sums that pass the school&apos;s privacy rules go to HR; and that you kept nothing back and added nothing. You do not vouch for the answers themselves: you never saw them, and no one but the teacher can.</source>
        <translation>Met Vrijgeven onderteken je dat deze vrijgave elke bijdrage telt die je voor deze periode ontving en die HR kon controleren, elk één keer; dat alleen groepssommen die door de privacyregels van de school komen naar HR gaan; en dat je niets hebt achtergehouden of toegevoegd. Voor de antwoorden zelf sta je niet in: die heb je nooit gezien, en niemand behalve de leraar kan dat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Release %1 of %2 would count %3 contributions: %4 figures pass, %5 are withheld.</source>
        <translation>Vrijgave %1 van %2 zou %3 bijdragen tellen: %4 cijfers gaan door, %5 worden achtergehouden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counts only: you see how many colleagues each group has, never what they answered.</source>
        <translation>Alleen aantallen: je ziet hoeveel collega&apos;s elke groep heeft, nooit wat ze antwoordden.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 contributions</source>
        <translation>%1 bijdragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All %1 figures pass.</source>
        <translation>Alle %1 cijfers gaan door.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 figures pass.</source>
        <translation>%1 van %2 cijfers gaan door.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 colleagues, %3 of %4 figures</source>
        <translation>%1: %2 collega&apos;s, %3 van %4 cijfers</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 withheld: %2</source>
        <translation>%1 achtergehouden: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Save the check request for HR</source>
        <translation>Controleverzoek voor HR opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwijzer check requests (*.kwcontrole)</source>
        <translation>Kernwijzer-controleverzoeken (*.kwcontrole)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose HR&apos;s answer</source>
        <translation>Kies het antwoord van HR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwijzer check answers (*.kwuitslag)</source>
        <translation>Kernwijzer-uitslagen (*.kwuitslag)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the release for HR</source>
        <translation>Vrijgave voor HR opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwijzer releases (*.kwvrijgave)</source>
        <translation>Kernwijzer-vrijgaven (*.kwvrijgave)</translation>
    </message>
</context>
<context>
    <name>RemoveProfileDialog</name>
    <message>
        <location filename="../teacher/exchange/RemoveProfileDialog.qml" line="+19"/>
        <source>Remove the school profile?</source>
        <translation>Schoolprofiel verwijderen?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kernwijzer forgets the profile of %1:</source>
        <translation>Kernwijzer vergeet het profiel van %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• Sharing with the school stops.
• Your team, role and age band are forgotten.
• Your reflections, POP and check-ins stay on this device.</source>
        <translation>• Delen met de school stopt.
• Je team, rol en leeftijdsgroep worden vergeten.
• Je reflecties, POP en check-ins blijven op dit apparaat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Until you import your school&apos;s profile again, with its verification code, the app uses the demo school.</source>
        <translation>Tot je het profiel van je school opnieuw importeert, met de controlecode, gebruikt de app de demoschool.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../teacher/backup/RestorePage.qml" line="+36"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup file</source>
        <translation>Back-upbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .kwbackup file you made in Kernwijzer, on this device or another.</source>
        <translation>Een .kwbackup-bestand dat je in Kernwijzer maakte, op dit of een ander apparaat.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose backup…</source>
        <translation>Back-up kiezen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Another file…</source>
        <translation>Ander bestand…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The passphrase you chose when you made this backup.</source>
        <translation>De wachtzin die je koos toen je deze back-up maakte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your journal on this device</source>
        <translation>Je dagboek op dit apparaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device already has a journal with entries. Restoring puts the backup in its place; the journal that is here now is kept as a file beside it, so nothing is lost.</source>
        <translation>Dit apparaat heeft al een dagboek met inhoud. Terugzetten zet de back-up op zijn plaats; het dagboek dat er nu staat blijft ernaast bewaard als bestand, dus er gaat niets verloren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put my current journal aside and restore the backup</source>
        <translation>Mijn huidige dagboek opzij zetten en de back-up terugzetten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening the backup…</source>
        <translation>Back-up openen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your journal is back</source>
        <translation>Je dagboek is terug</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Go to my journal</source>
        <translation>Naar mijn dagboek</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Forgot the passphrase? Then the backup cannot be opened, by anyone: that is what keeps it safe.</source>
        <translation>Wachtzin vergeten? Dan kan niemand de back-up openen: juist dat houdt hem veilig.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kernwijzer backup (*.kwbackup)</source>
        <translation>Kernwijzer-back-up (*.kwbackup)</translation>
    </message>
</context>
<context>
    <name>RoleChoicePage</name>
    <message>
        <location filename="../shell/RoleChoicePage.qml" line="+31"/>
        <source>Welcome to Kernwijzer</source>
        <translation>Welkom bij Kernwijzer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who uses Kernwijzer on this device? You can change this later in the settings; each role keeps its own files.</source>
        <translation>Wie gebruikt Kernwijzer op dit apparaat? Je kunt dit later wijzigen in de instellingen; elke rol houdt eigen bestanden.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New phone? Restore your journal from a backup</source>
        <translation>Nieuwe telefoon? Zet je dagboek terug uit een back-up</translation>
    </message>
</context>
<context>
    <name>RowButtons</name>
    <message>
        <location filename="../hr/RowButtons.qml" line="+19"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>SaveAsRow</name>
    <message>
        <location filename="../teacher/gesprek/SaveAsRow.qml" line="+20"/>
        <source>Save as: %1</source>
        <translation>Opslaan als: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
</context>
<context>
    <name>SchoolYearSwitcher</name>
    <message>
        <location filename="../teacher/pop/SchoolYearSwitcher.qml" line="+18"/>
        <source>Previous school year</source>
        <translation>Vorig schooljaar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (not this year)</source>
        <translation>%1 (niet dit jaar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>School year %1</source>
        <translation>Schooljaar %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next school year</source>
        <translation>Volgend schooljaar</translation>
    </message>
</context>
<context>
    <name>ScoreBadge</name>
    <message>
        <location filename="../common/ScoreBadge.qml" line="+14"/>
        <source>%1: %2 out of 5</source>
        <translation>%1: %2 van de 5</translation>
    </message>
</context>
<context>
    <name>ScoreSelector</name>
    <message>
        <location filename="../common/ScoreSelector.qml" line="+48"/>
        <source>%1: %2 out of %3</source>
        <translation>%1: %2 van de %3</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../shell/Sections.qml" line="+12"/>
        <source>Journal</source>
        <translation>Dagboek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernwaarden</source>
        <translation>Kernwaarden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wellbeing</source>
        <translation>Welzijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <location line="+14"/>
        <location line="+12"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Releases</source>
        <translation>Vrijgaven</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <location line="+14"/>
        <source>School profile</source>
        <translation>Schoolprofiel</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Bestuur</source>
        <translation>Bestuur</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <location line="+12"/>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teachers</source>
        <translation>Leraren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release</source>
        <translation>Vrijgave</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Teacher</source>
        <translation>Leraar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal, kernwaarden, POP and wellbeing. What you write stays on this device.</source>
        <translation>Je dagboek, kernwaarden, POP en welbevinden. Wat je schrijft blijft op dit apparaat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team leader</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarderingsgesprekken with the teachers of your teams.</source>
        <translation>Waarderingsgesprekken met de leraren van je teams.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR / P&amp;O</source>
        <translation>HR / P&amp;O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The school profile, and the school&apos;s anonymised vitality and kernwaarden figures.</source>
        <translation>Het schoolprofiel, en de geanonimiseerde cijfers over vitaliteit en kernwaarden van de school.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertrouwenshouder</source>
        <translation>Vertrouwenshouder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The custodian: receives the teachers&apos; sealed files and releases group figures under the school&apos;s rules.</source>
        <translation>Ontvangt de verzegelde bestanden van leraren en geeft groepscijfers vrij volgens de regels van de school.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../shell/SettingsPage.qml" line="+38"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role on this device</source>
        <translation>Rol op dit apparaat</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Each role keeps its own files: switching never mixes a teacher&apos;s journal with a school&apos;s data.</source>
        <translation>Elke rol houdt eigen bestanden: wisselen mengt nooit het dagboek van een leraar met gegevens van de school.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Check-in reminder</source>
        <translation>Herinnering voor je check-in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remind me of my weekly check-in</source>
        <translation>Herinner me aan mijn wekelijkse check-in</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Day of the reminder</source>
        <translation>Dag van de herinnering</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time of the reminder</source>
        <translation>Tijd van de herinnering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders are not available on this device.</source>
        <translation>Herinneringen zijn op dit apparaat niet beschikbaar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next reminder: %1</source>
        <translation>Volgende herinnering: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short notification; it never shows what you wrote or scored.</source>
        <translation>Een korte melding; die laat nooit zien wat je schreef of invulde.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your school</source>
        <translation>Je school</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sharing with your school…</source>
        <translation>Delen met je school…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove school profile…</source>
        <translation>Schoolprofiel verwijderen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For a profile of the wrong school, or one you no longer trust. Your reflections, POP and check-ins stay.</source>
        <translation>Voor een profiel van de verkeerde school, of een dat je niet meer vertrouwt. Je reflecties, POP en check-ins blijven.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you write stays on this device. Kernwijzer sends nothing anywhere by itself.</source>
        <translation>Wat je schrijft, blijft op dit apparaat. Kernwijzer verstuurt uit zichzelf niets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernwijzer sends nothing anywhere by itself: files go where you save them.</source>
        <translation>Kernwijzer verstuurt zelf niets: bestanden gaan waar jij ze bewaart.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HR&apos;s database: %1</source>
        <translation>Database van HR: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The custodian&apos;s database: %1</source>
        <translation>Database van de vertrouwenshouder: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your conversations: %1</source>
        <translation>Je gesprekken: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal: %1</source>
        <translation>Je dagboek: %1</translation>
    </message>
</context>
<context>
    <name>SideNavigation</name>
    <message>
        <location filename="../common/SideNavigation.qml" line="+35"/>
        <source>Kernwijzer</source>
        <translation>Kernwijzer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>+ New reflection</source>
        <translation>+ Nieuwe reflectie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New reflection</source>
        <translation>Nieuwe reflectie</translation>
    </message>
</context>
<context>
    <name>SourcesCard</name>
    <message>
        <location filename="../hr/SourcesCard.qml" line="+43"/>
        <source>School: %1</source>
        <translation>School: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>not released</source>
        <translation>niet vrijgegeven</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <location filename="../hr/SourcesTab.qml" line="+36"/>
        <source>Compare with team</source>
        <translation>Vergelijk met team</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(school only)</source>
        <translation>(alleen de school)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A share is of the check-ins that asked the question: how often colleagues named it. Several answers per check-in are possible, so the shares do not add up to 100 %.</source>
        <translation>Een aandeel is van de check-ins waarin de vraag gesteld werd: hoe vaak collega&apos;s het noemden. Per check-in kunnen meerdere antwoorden gekozen worden, dus de aandelen tellen niet op tot 100 %.</translation>
    </message>
</context>
<context>
    <name>TeacherRow</name>
    <message>
        <location filename="../leader/TeacherRow.qml" line="+50"/>
        <source>uit dienst since %1</source>
        <translation>uit dienst sinds %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no conversation held yet</source>
        <translation>nog geen gesprek gehouden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last %1</source>
        <translation>laatste %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next %1</source>
        <translation>volgende %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n gesprek</numerusform>
            <numerusform>%n gesprekken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key %1</source>
        <translation>Sleutel %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No key yet: it comes with their first preparation.</source>
        <translation>Nog geen sleutel: die komt met de eerste voorbereiding.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything about them is deleted on %1.</source>
        <translation>Alles over deze leraar wordt op %1 verwijderd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More for %1</source>
        <translation>Meer voor %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export everything about %1 (access request)…</source>
        <translation>Alles over %1 exporteren (inzageverzoek)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In dienst again</source>
        <translation>Weer in dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark uit dienst today</source>
        <translation>Vanaf vandaag uit dienst</translation>
    </message>
</context>
<context>
    <name>TeachersPage</name>
    <message>
        <location filename="../leader/TeachersPage.qml" line="+51"/>
        <source>Teachers</source>
        <translation>Leraren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import file…</source>
        <translation>Bestand inlezen…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No teachers yet</source>
        <translation>Nog geen leraren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A teacher appears here with their first preparation. Import it with &quot;Import file…&quot;, or drop it on this window.</source>
        <translation>Een leraar verschijnt hier met de eerste voorbereiding. Lees die in met &quot;Bestand inlezen…&quot;, of sleep het bestand op dit venster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install your school&apos;s co-signed profile first (under School profile).</source>
        <translation>Installeer eerst het medeondertekende profiel van je school (onder Schoolprofiel).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conversation files (*.kwgesprek *.kwreactie)</source>
        <translation>Gespreksbestanden (*.kwgesprek *.kwreactie)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 uit dienst?</source>
        <translation>%1 uit dienst?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From today, the school profile&apos;s retention period runs: after it, everything about %1 is deleted from this device. Until then you can undo this.</source>
        <translation>Vanaf vandaag loopt de bewaartermijn van het schoolprofiel: daarna wordt alles over %1 van dit apparaat verwijderd. Tot die tijd kun je dit terugdraaien.</translation>
    </message>
</context>
<context>
    <name>TrendChartCard</name>
    <message>
        <location filename="../hr/TrendChartCard.qml" line="+105"/>
        <location line="+9"/>
        <source>not released</source>
        <translation>niet vrijgegeven</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not released:</source>
        <translation>Niet vrijgegeven:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>band = 95 % interval</source>
        <translation>band = 95 %-interval</translation>
    </message>
</context>
<context>
    <name>TrendsTab</name>
    <message>
        <location filename="../hr/TrendsTab.qml" line="+25"/>
        <source>Point at a period for its figures. A grey column is a period whose figure was not released: the line breaks there; it is not a zero.</source>
        <translation>Wijs een periode aan voor de cijfers. Een grijze kolom is een periode waarvan het cijfer niet is vrijgegeven: de lijn is daar onderbroken; het is geen nul.</translation>
    </message>
</context>
<context>
    <name>TurnTowardsView</name>
    <message>
        <location filename="../leader/TurnTowardsView.qml" line="+33"/>
        <source>Our conversation, %1</source>
        <translation>Ons gesprek, %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>What we agree</source>
        <translation>Wat we afspreken</translation>
    </message>
</context>
<context>
    <name>ValueFilterBar</name>
    <message>
        <location filename="../teacher/journal/ValueFilterBar.qml" line="+18"/>
        <source>Filter by kernwaarde</source>
        <translation>Filter op kernwaarde</translation>
    </message>
</context>
<context>
    <name>VerslagNotes</name>
    <message>
        <location filename="../teacher/gesprek/VerslagNotes.qml" line="+14"/>
        <source>Your leader&apos;s notes</source>
        <translation>Aantekeningen van je leidinggevende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything %1 wrote about your conversation is here: there are no hidden notes.</source>
        <translation>Alles wat %1 over je gesprek schreef, staat hier: er zijn geen verborgen aantekeningen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Points of %1: %2</source>
        <translation>Punten van %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your leader wrote no notes.</source>
        <translation>Je leidinggevende schreef geen aantekeningen.</translation>
    </message>
</context>
<context>
    <name>VerslagPage</name>
    <message>
        <location filename="../teacher/gesprek/VerslagPage.qml" line="+47"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verslag</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This file was not imported: %1 Nothing was changed.</source>
        <translation>Dit bestand is niet ingelezen: %1 Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No verslag yet. When your leader sends you the verslag (a .kwverslag file), import it here.</source>
        <translation>Nog geen verslag. Stuurt je leidinggevende je het verslag (een .kwverslag-bestand), lees het dan hier in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a verslag…</source>
        <translation>Verslag kiezen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verslag by %1 of your conversation on %2 (version %3).</source>
        <translation>Verslag van %1 over je gesprek op %2 (versie %3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answer each one. Akkoord: it becomes an action in your POP. Gezien: you saw it but do not agree; your leader sees that too.</source>
        <translation>Beantwoord elke afspraak. Akkoord: die wordt een actie in je POP. Gezien: je hebt de afspraak gezien, maar bent het er niet mee eens; ook dat ziet je leidinggevende.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your leader wrote no agreements.</source>
        <translation>Je leidinggevende schreef geen afspraken.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your reaction (optional)</source>
        <translation>Je reactie (niet verplicht)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About the conversation as a whole</source>
        <translation>Over het gesprek als geheel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your reaction: %1</source>
        <translation>Je reactie: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You signed your response: this conversation is closed.</source>
        <translation>Je hebt je reactie ondertekend: dit gesprek is gesloten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Response (*.kwreactie)</source>
        <translation>Reactie (*.kwreactie)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved: %1. Send it to %2.</source>
        <translation>Opgeslagen: %1. Stuur het naar %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign and save my response</source>
        <translation>Reactie ondertekenen en opslaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save my response again</source>
        <translation>Reactie opnieuw opslaan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verslag (*.kwverslag)</source>
        <translation>Verslag (*.kwverslag)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>WellbeingPage</name>
    <message>
        <location filename="../teacher/wellbeing/WellbeingPage.qml" line="+46"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your trends</source>
        <translation>Jouw trends</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only you see these figures; they are made on this device from what you wrote.</source>
        <translation>Alleen jij ziet deze cijfers; ze worden op dit apparaat gemaakt uit wat je schreef.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reflections per kernwaarde per month</source>
        <translation>Reflecties per kernwaarde per maand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No reflections in these months yet. Your first one appears here.</source>
        <translation>Nog geen reflecties in deze maanden. Je eerste verschijnt hier.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n kernwaarde tick(s) in the last %1 months</source>
        <translation>
            <numerusform>%n keer een kernwaarde aangevinkt in de afgelopen %1 maanden</numerusform>
            <numerusform>%n keer een kernwaarde aangevinkt in de afgelopen %1 maanden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bar chart of your reflections per kernwaarde per month</source>
        <translation>Staafdiagram van je reflecties per kernwaarde per maand</translation>
    </message>
</context>
<context>
    <name>kw::AccessRequestExport</name>
    <message>
        <location filename="../leader/access_request_export.cpp" line="+38"/>
        <source>Access request %1 %2.pdf</source>
        <extracomment>File name of an access request&apos;s PDF; %1 the teacher, %2 today (2026-11-20).</extracomment>
        <translation>Inzageverzoek %1 %2.pdf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to save the PDF.</source>
        <translation>Kies waar de pdf moet komen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No school profile is installed.</source>
        <translation>Er is geen schoolprofiel geïnstalleerd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything about %1 is written to %2: give it to them.</source>
        <translation>Alles over %1 is opgeslagen in %2: geef het aan de leraar.</translation>
    </message>
</context>
<context>
    <name>kw::AppLock</name>
    <message>
        <location filename="../../core/lock/app_lock.cpp" line="+22"/>
        <source>Wrong PIN or passphrase. Try again in %1.</source>
        <translation>Verkeerde pincode of wachtzin. Probeer het over %1 opnieuw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN or passphrase.</source>
        <translation>Verkeerde pincode of wachtzin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two PINs are not the same. Type the same one twice.</source>
        <translation>De twee pincodes zijn niet gelijk. Typ twee keer dezelfde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PIN could not be secured: the device is short of memory. Close other apps and try again.</source>
        <translation>De pincode kon niet worden beveiligd: het apparaat heeft te weinig geheugen. Sluit andere apps en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The app lock is off.</source>
        <translation>De app-vergrendeling staat uit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong tries. Try again in %1.</source>
        <translation>Te vaak een verkeerde code. Probeer het over %1 opnieuw.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The app lock is on already: change its PIN with the current one.</source>
        <translation>De app-vergrendeling staat al aan: wijzig de pincode met de huidige.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Choose one of the offered times.</source>
        <translation>Kies een van de aangeboden tijden.</translation>
    </message>
    <message>
        <location filename="../../core/lock/lock_rules.cpp" line="+12"/>
        <source>Type a PIN of at least %1 digits, or a passphrase.</source>
        <translation>Typ een pincode van minstens %1 cijfers, of een wachtzin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase is longer than %1 characters.</source>
        <translation>Deze wachtzin is langer dan %1 tekens.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PIN has at least %1 digits.</source>
        <translation>Een pincode heeft minstens %1 cijfers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passphrase has at least %1 characters.</source>
        <translation>Een wachtzin heeft minstens %1 tekens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passphrase does not start or end with a space.</source>
        <translation>Een wachtzin begint of eindigt niet met een spatie.</translation>
    </message>
</context>
<context>
    <name>kw::Backup</name>
    <message>
        <location filename="../../core/backup/backup_file.cpp" line="+22"/>
        <source>This backup holds a journal of a newer version of Kernwijzer (schema %1; this app knows up to %2). Update the app to restore it. Nothing was changed.</source>
        <translation>Deze back-up bevat een dagboek van een nieuwere versie van Kernwijzer (schema %1; deze app kent tot %2). Werk de app bij om hem terug te zetten. Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The backup could not be read or written (%1). Nothing was changed.</source>
        <translation>De back-up kon niet worden gelezen of geschreven (%1). Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is not enough memory to open the passphrase&apos;s key (%1 MiB needed). Close other apps and try again.</source>
        <translation>Er is niet genoeg geheugen om de sleutel van het wachtwoord te maken (%1 MiB nodig). Sluit andere apps en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../core/backup/backup_format.cpp" line="+16"/>
        <source>This is not a Kernwijzer backup.</source>
        <translation>Dit is geen Kernwijzer-back-up.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is damaged: it cannot be restored. Nothing was changed.</source>
        <translation>De back-up is beschadigd en kan niet worden teruggezet. Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is incomplete, it may not have been finished. Nothing was changed.</source>
        <translation>De back-up is onvolledig; misschien is hij niet afgemaakt. Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong passphrase, or the file is damaged. Nothing was changed.</source>
        <translation>Verkeerd wachtwoord, of het bestand is beschadigd. Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This backup was made by a newer version of Kernwijzer (backup format %1). Update the app to restore it. Nothing was changed.</source>
        <translation>Deze back-up is gemaakt met een nieuwere versie van Kernwijzer (back-upformaat %1). Werk de app bij om hem terug te zetten. Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The passphrase cost in this backup is outside what Kernwijzer accepts: the file is damaged or was changed. Nothing was changed.</source>
        <translation>De wachtwoordinstellingen in deze back-up vallen buiten wat Kernwijzer accepteert: het bestand is beschadigd of veranderd. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../core/backup/journal_backup.cpp" line="+34"/>
        <source>The disk is full: the backup was not written. Free some space and try again.</source>
        <translation>De schijf is vol: de back-up is niet geschreven. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+89"/>
        <source>Cannot write the backup %1: %2</source>
        <translation>Kan de back-up %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>The backup could not be read back: %1</source>
        <translation>De back-up kon niet worden teruggelezen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup read back differs from what was written: the disk may be failing. It was not kept.</source>
        <translation>De teruggelezen back-up wijkt af van wat is geschreven: de schijf is misschien defect. De back-up is niet bewaard.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A backup passphrase has at least %1 characters.</source>
        <translation>Een wachtwoord voor een back-up heeft minstens %1 tekens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup passphrase cannot be only spaces.</source>
        <translation>Een wachtwoord voor een back-up mag niet alleen uit spaties bestaan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passphrase cost is outside what Kernwijzer accepts.</source>
        <translation>De wachtwoordinstellingen vallen buiten wat Kernwijzer accepteert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup&apos;s file name ends with %1.</source>
        <translation>De naam van een back-upbestand eindigt op %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists already: a backup is never written over a file. Choose a new file name.</source>
        <translation>%1 bestaat al: een back-up overschrijft nooit een bestand. Kies een nieuwe bestandsnaam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+78"/>
        <location filename="../../core/backup/journal_restore.cpp" line="+133"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 is geen gewoon bestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../core/backup/journal_restore.cpp" line="+4"/>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <location filename="../../core/backup/journal_restore.cpp" line="-103"/>
        <source>The journal in this backup cannot be opened by this version of Kernwijzer: %1</source>
        <translation>Het dagboek in deze back-up kan niet worden geopend door deze versie van Kernwijzer: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The journal %1 could not be replaced; it was left as it was.</source>
        <translation>Het dagboek %1 kon niet worden vervangen; het is gebleven zoals het was.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 exists already: a backup is restored into a new file.</source>
        <translation>%1 bestaat al: een back-up wordt in een nieuw bestand teruggezet.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is still open: close it first.</source>
        <translation>%1 is nog geopend: sluit het eerst.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The journal %1 is in use by another program. Close it and try again.</source>
        <translation>Het dagboek %1 is in gebruik door een ander programma. Sluit het en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>kw::BackupMaker</name>
    <message>
        <location filename="../teacher/backup/backup_maker.cpp" line="+47"/>
        <source>No backup made yet.</source>
        <translation>Nog geen back-up gemaakt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup: %1</source>
        <translation>Laatste back-up: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Backup made and checked: %n reflection(s), %1, in %2.</source>
        <translation>
            <numerusform>Back-up gemaakt en gecontroleerd: %n reflectie, %1, in %2.</numerusform>
            <numerusform>Back-up gemaakt en gecontroleerd: %n reflecties, %1, in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::BackupRestorer</name>
    <message>
        <location filename="../teacher/backup/backup_restorer.cpp" line="+49"/>
        <source>Made on %1.</source>
        <translation>Gemaakt op %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on %1 by Kernwijzer %2.</source>
        <translation>Gemaakt op %1 met Kernwijzer %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a backup file first.</source>
        <translation>Kies eerst een back-upbestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your journal on this device has entries. Confirm that it may be put aside (it is kept as a file) before restoring.</source>
        <translation>Je dagboek op dit apparaat heeft al inhoud. Bevestig eerst dat het opzij gezet mag worden (het blijft bewaard als bestand).</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Restored: %n reflection(s).</source>
        <translation>
            <numerusform>Teruggezet: %n reflectie.</numerusform>
            <numerusform>Teruggezet: %n reflecties.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Restored: %n reflection(s), the last one of %1.</source>
        <translation>
            <numerusform>Teruggezet: %n reflectie, van %1.</numerusform>
            <numerusform>Teruggezet: %n reflecties, de laatste van %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your previous journal is kept as %1.</source>
        <translation>Je vorige dagboek is bewaard als %1.</translation>
    </message>
</context>
<context>
    <name>kw::Bestuur</name>
    <message>
        <location filename="../../core/bestuur/bestuur_merge.cpp" line="+88"/>
        <source>The figures of %1 do not fit in one sum; merge fewer schools.</source>
        <translation>De cijfers van %1 passen niet in één som; voeg minder scholen samen.</translation>
    </message>
    <message>
        <location filename="../../core/bestuur/bestuur_report.cpp" line="+47"/>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message>
        <location filename="../../core/bestuur/bestuur_schema.cpp" line="+78"/>
        <source>There is no bestuur database at %1.</source>
        <translation>Er is geen bestuursdatabase op %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a Kernwijzer bestuur database.</source>
        <translation>%1 is geen bestuursdatabase van Kernwijzer.</translation>
    </message>
    <message>
        <location filename="../../core/bestuur/bestuur_store.cpp" line="+71"/>
        <source>Another aggregate of release %1 of %2 by %3 is stored, with other figures; a school makes one aggregate per release.</source>
        <translation>Er is al een ander aggregaat van vrijgave %1 van %2 door %3 bewaard, met andere cijfers; een school maakt één aggregaat per vrijgave.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This aggregate of %1 is signed by HR key %2, but this bestuur database knows the school by HR key %3; it is refused.</source>
        <translation>Dit aggregaat van %1 is ondertekend met HR-sleutel %2, maar deze bestuursdatabase kent de school met HR-sleutel %3; het wordt geweigerd.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This aggregate carries another profile of %1 with version %2 than the one stored; it is refused.</source>
        <translation>Dit aggregaat bevat een ander profiel van %1 met versie %2 dan het bewaarde; het wordt geweigerd.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Profile version %1 of %2 is not in this bestuur database.</source>
        <translation>Profielversie %1 van %2 staat niet in deze bestuursdatabase.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The stored profile version %1 of %2 is no longer co-signed under the school&apos;s HR key.</source>
        <translation>De bewaarde profielversie %1 van %2 is niet meer mede-ondertekend onder de HR-sleutel van de school.</translation>
    </message>
</context>
<context>
    <name>kw::BestuurBoard</name>
    <message>
        <location filename="../hr/bestuur_board.cpp" line="+34"/>
        <source>%1, %2 (release %3): added, %4 figures released, %5 withheld.</source>
        <translation>%1, %2 (vrijgave %3): toegevoegd, %4 cijfers vrijgegeven, %5 achtergehouden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2: release %3 replaced release %4.</source>
        <translation>%1, %2: vrijgave %3 vervangt vrijgave %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 (release %3): already imported, nothing changed.</source>
        <translation>%1, %2 (vrijgave %3): al ingelezen, niets veranderd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2: release %3 is older than release %4 already here; nothing changed.</source>
        <translation>%1, %2: vrijgave %3 is ouder dan vrijgave %4 die er al is; niets veranderd.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This school has no such group.</source>
        <translation>Deze school heeft zo&apos;n groep niet.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Bestuur</source>
        <translation>Bestuur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 schools</source>
        <translation>%1 van %2 scholen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Refused: %1</source>
        <translation>Geweigerd: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No aggregate files (.kwaggregaat) found.</source>
        <translation>Geen aggregaatbestanden (.kwaggregaat) gevonden.</translation>
    </message>
</context>
<context>
    <name>kw::CheckinForm</name>
    <message>
        <location filename="../teacher/wellbeing/checkin_form.cpp" line="+196"/>
        <source>%1 out of %2</source>
        <translation>%1 van de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average %1 out of %2</source>
        <translation>gemiddeld %1 van de %2</translation>
    </message>
</context>
<context>
    <name>kw::CheckinTrend</name>
    <message>
        <location filename="../teacher/wellbeing/checkin_trend.cpp" line="+123"/>
        <source>%1: see a doctor</source>
        <translation>%1: naar de dokter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: low</source>
        <translation>%1: laag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your score</source>
        <translation>Jouw score</translation>
    </message>
</context>
<context>
    <name>kw::ContributionPreviewModel</name>
    <message>
        <location filename="../teacher/exchange/contribution_preview_model.cpp" line="+54"/>
        <source>Your school&apos;s profile no longer has this period. Go back and choose one from the list.</source>
        <translation>Het profiel van je school heeft deze periode niet meer. Ga terug en kies er een uit de lijst.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reflections per kernwaarde</source>
        <translation>Reflecties per kernwaarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wellbeing</source>
        <translation>Welzijn</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No team, role or age band given: you count for the whole school only.</source>
        <translation>Geen team, rol of leeftijd gekozen: je telt alleen mee voor de hele school.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contribution %1.kwbijdrage</source>
        <translation>Bijdrage %1.kwbijdrage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is nothing to export.</source>
        <translation>Er is niets om te exporteren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 cannot be made. Choose another place.</source>
        <translation>De map %1 kan niet worden gemaakt. Kies een andere plek.</translation>
    </message>
</context>
<context>
    <name>kw::Conversation</name>
    <message>
        <location filename="../../core/conversation/conversation_file.cpp" line="+58"/>
        <source>The conversation file does not keep to the format: %1</source>
        <translation>Het gespreksbestand houdt zich niet aan het formaat: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 is langer dan %2 tekens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds control or invisible characters.</source>
        <translation>%1 bevat stuurtekens of onzichtbare tekens.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is missing, too long or holds characters that are not allowed.</source>
        <translation>%1 ontbreekt, is te lang of bevat tekens die niet mogen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a date.</source>
        <translation>%1 is geen datum.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no valid keys.</source>
        <translation>%1 heeft geen geldige sleutels.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the conversation has no id.</source>
        <translation>het gesprek heeft geen id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the revision is out of range.</source>
        <translation>de versie valt buiten het bereik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>teacher</source>
        <translation>leraar</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <source>leader</source>
        <translation>leidinggevende</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>the teacher and the leader have the same key.</source>
        <translation>de leraar en de leidinggevende hebben dezelfde sleutel.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The signature of this conversation file does not check out: it was changed or not made by the %1 it names.</source>
        <translation>De handtekening van dit gespreksbestand klopt niet: het is veranderd of niet gemaakt door de %1 die erin staat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>This conversation file names another author than the key it is signed with.</source>
        <translation>Dit gespreksbestand noemt een andere auteur dan de sleutel waarmee het is ondertekend.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The recipient&apos;s key cannot be sealed to.</source>
        <translation>Er kan niet worden verzegeld voor de sleutel van de ontvanger.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This %1 is too large to send (%2 KB, at most %3 KB): leave out some items or shorten their texts.</source>
        <translation>Deze %1 is te groot om te versturen (%2 KB, hoogstens %3 KB): laat wat onderdelen weg of maak de teksten korter.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This file was made for another leader: it cannot be opened with your key.</source>
        <translation>Dit bestand is gemaakt voor een andere leidinggevende: het kan niet met jouw sleutel worden geopend.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file was made for another teacher or another device: it cannot be opened here.</source>
        <translation>Dit bestand is gemaakt voor een andere leraar of een ander apparaat: het kan hier niet worden geopend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was changed after it was sealed: it cannot be opened.</source>
        <translation>Het bestand is veranderd nadat het is verzegeld: het kan niet worden geopend.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file was written for someone else and sealed again to you: it is refused.</source>
        <translation>Dit bestand is voor iemand anders geschreven en opnieuw voor jou verzegeld: het wordt geweigerd.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the conversation&apos;s date</source>
        <translation>de datum van het gesprek</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <location line="+47"/>
        <source>the day it was written</source>
        <translation>de dag waarop het is geschreven</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>the team</source>
        <translation>het team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds more than %1 items.</source>
        <translation>het bevat meer dan %1 onderdelen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an item has no known agenda part or source.</source>
        <translation>een onderdeel heeft geen bekend agendadeel of bekende bron.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an item&apos;s title</source>
        <translation>de titel van een onderdeel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an item&apos;s text</source>
        <translation>de tekst van een onderdeel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an item is empty.</source>
        <translation>een onderdeel is leeg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an item&apos;s day</source>
        <translation>de dag van een onderdeel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a goal</source>
        <translation>een doel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an item names more than 7 kernwaarden.</source>
        <translation>een onderdeel noemt meer dan 7 kernwaarden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a kernwaarde</source>
        <translation>een kernwaarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an item names an agreement without a valid id.</source>
        <translation>een onderdeel noemt een afspraak zonder geldige id.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds more than 8 wellbeing series.</source>
        <translation>het bevat meer dan 8 welzijnsreeksen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a wellbeing series</source>
        <translation>een welzijnsreeks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a wellbeing series&apos; name</source>
        <translation>de naam van een welzijnsreeks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a wellbeing series holds more than 120 points.</source>
        <translation>een welzijnsreeks bevat meer dan 120 punten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a wellbeing point</source>
        <translation>een welzijnspunt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a wellbeing score is out of range.</source>
        <translation>een welzijnsscore valt buiten het bereik.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it does not name the preparation it answers.</source>
        <translation>het noemt niet de voorbereiding die het beantwoordt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day it was held</source>
        <translation>de dag waarop het is gehouden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it holds notes for more than the four parts.</source>
        <translation>het bevat aantekeningen voor meer dan de vier onderdelen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>notes name an unknown part, or a part twice.</source>
        <translation>aantekeningen noemen een onbekend onderdeel, of een onderdeel twee keer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the leader&apos;s points</source>
        <translation>de punten van de leidinggevende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the notes</source>
        <translation>de aantekeningen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it holds more than %1 agreements.</source>
        <translation>het bevat meer dan %1 afspraken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an agreement has no id, or the id of another.</source>
        <translation>een afspraak heeft geen id, of de id van een andere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an agreement does not say what is agreed.</source>
        <translation>een afspraak zegt niet wat is afgesproken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an agreement</source>
        <translation>een afspraak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who acts on an agreement</source>
        <translation>wie een afspraak uitvoert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an agreement&apos;s date</source>
        <translation>de datum van een afspraak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an agreement&apos;s kernwaarde</source>
        <translation>de kernwaarde van een afspraak</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>an agreement&apos;s goal</source>
        <translation>het doel van een afspraak</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it does not name the verslag it answers.</source>
        <translation>het noemt niet het verslag dat het beantwoordt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reaction</source>
        <translation>de reactie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it answers more than %1 agreements.</source>
        <translation>het beantwoordt meer dan %1 afspraken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an answer names no agreement.</source>
        <translation>een antwoord noemt geen afspraak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an agreement is answered twice.</source>
        <translation>een afspraak is twee keer beantwoord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an answer is neither akkoord nor gezien.</source>
        <translation>een antwoord is akkoord noch gezien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reaction</source>
        <translation>een reactie</translation>
    </message>
    <message>
        <location filename="../../core/conversation/leader_import.cpp" line="+59"/>
        <source>This conversation is closed already (signed by both): nothing more is imported for it.</source>
        <translation>Dit gesprek is al gesloten (door beiden ondertekend): er wordt niets meer voor geïmporteerd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file is for another school (%1).</source>
        <translation>Dit bestand is voor een andere school (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file belongs to another conversation (%1), not to %2.</source>
        <translation>Dit bestand hoort bij een ander gesprek (%1), niet bij %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is not a preparation (.kwgesprek) or a response (.kwreactie).</source>
        <translation>Dit is geen voorbereiding (.kwgesprek) of reactie (.kwreactie).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a verslag, which is for the teacher: a leader imports preparations and responses.</source>
        <translation>Dit is een verslag, en dat is voor de leraar: een leidinggevende importeert voorbereidingen en reacties.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no conversation %1 to respond to: import its preparation first.</source>
        <translation>Er is geen gesprek %1 om op te reageren: importeer eerst de voorbereiding.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No verslag was made for this conversation yet: this response answers nothing.</source>
        <translation>Voor dit gesprek is nog geen verslag gemaakt: deze reactie beantwoordt niets.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This response is signed with another key than the one of the teacher of this conversation.</source>
        <translation>Deze reactie is ondertekend met een andere sleutel dan die van de leraar van dit gesprek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This response answers another verslag than the one made last (revision %1): ask the teacher to respond to that one.</source>
        <translation>Deze reactie beantwoordt een ander verslag dan het laatst gemaakte (versie %1): vraag de leraar op dat verslag te reageren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This response does not answer each agreement of the verslag once, in its order.</source>
        <translation>Deze reactie beantwoordt niet elke afspraak van het verslag precies één keer, in volgorde.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The teacher is gone from the list.</source>
        <translation>De leraar staat niet meer in de lijst.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This preparation names %1, but its key is the key of %2 on your list.</source>
        <translation>Deze voorbereiding noemt %1, maar de sleutel is die van %2 in je lijst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conversation %1 is another teacher&apos;s: this file is refused.</source>
        <translation>Gesprek %1 is van een andere leraar: dit bestand wordt geweigerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The verslag of this conversation was made already: a new preparation can no longer replace the one it answers.</source>
        <translation>Het verslag van dit gesprek is al gemaakt: een nieuwe voorbereiding kan de beantwoorde niet meer vervangen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This preparation (revision %1) was imported already.</source>
        <translation>Deze voorbereiding (versie %1) is al geïmporteerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision %1 of this preparation is kept already; this file holds revision %2: an old copy or a replay, refused.</source>
        <translation>Versie %1 van deze voorbereiding is al bewaard; dit bestand bevat versie %2: een oude kopie of een herhaling, geweigerd.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The key of %1 changed (was %2, this file: %3). Check with the teacher that they made a new key (a new phone), then import again and accept the new key.</source>
        <translation>De sleutel van %1 is veranderd (was %2, dit bestand: %3). Vraag de leraar of die een nieuwe sleutel heeft gemaakt (een nieuwe telefoon), importeer dan opnieuw en aanvaard de nieuwe sleutel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is the first file of %1, whom you added by hand; it brings key %2. Compare it with the key the teacher&apos;s app shows (Gesprek, your key), then import again and accept the key.</source>
        <translation>Dit is het eerste bestand van %1, die je zelf hebt toegevoegd; het brengt sleutel %2 mee. Vergelijk die met de sleutel die de app van de leraar toont (Gesprek, je sleutel), lees het bestand dan opnieuw in en aanvaard de sleutel.</translation>
    </message>
    <message>
        <location filename="../../core/conversation/leader_retention.cpp" line="+16"/>
        <location line="+107"/>
        <source>%1 is not on your list.</source>
        <translation>%1 staat niet in je lijst.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>The day a teacher leaves is at most a year ahead.</source>
        <translation>De dag waarop een leraar vertrekt ligt hoogstens een jaar vooruit.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location filename="../../core/conversation/leader_store.cpp" line="+384"/>
        <location filename="../../core/conversation/leader_verslag.cpp" line="+38"/>
        <source>No conversation %1.</source>
        <translation>Geen gesprek %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../core/conversation/leader_verslag.cpp" line="+66"/>
        <source>The leader&apos;s notes of this conversation are damaged.</source>
        <translation>De aantekeningen van de leidinggevende bij dit gesprek zijn beschadigd.</translation>
    </message>
    <message>
        <location filename="../../core/conversation/leader_store.cpp" line="-347"/>
        <source>prepared</source>
        <translation>voorbereid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held, verslag sent</source>
        <translation>gehouden, verslag verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed, signed by both</source>
        <translation>gesloten, door beiden ondertekend</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This is not a leader&apos;s secret key file (make one as leidinggevende).</source>
        <translation>Dit is geen geheim sleutelbestand van een leidinggevende (maak er een als leidinggevende).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The school profile does not list this key as a leader: ask HR to add your public key file to the profile.</source>
        <translation>Het schoolprofiel noemt deze sleutel niet als leidinggevende: vraag HR je openbare sleutelbestand aan het profiel toe te voegen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This database belongs to another leader&apos;s key.</source>
        <translation>Deze database hoort bij de sleutel van een andere leidinggevende.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This leader database is for school %1; this profile is for %2.</source>
        <translation>Deze database van de leidinggevende is voor school %1; dit profiel is voor %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This profile was not signed by your school: its HR key differs from the one of the profile you installed first (%1).</source>
        <translation>Dit profiel is niet door je school ondertekend: de HR-sleutel verschilt van die van het profiel dat je als eerste installeerde (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Version %1 of the school profile is installed already, as another file.</source>
        <translation>Versie %1 van het schoolprofiel is al geïnstalleerd, als een ander bestand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 of the school profile is older than the installed version %2.</source>
        <translation>Versie %1 van het schoolprofiel is ouder dan de geïnstalleerde versie %2.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The school profile in the leader database no longer checks out.</source>
        <translation>Het schoolprofiel in de database van de leidinggevende klopt niet meer.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The leader database does not say which leader of the profile it is for.</source>
        <translation>De database van de leidinggevende zegt niet voor welke leidinggevende van het profiel hij is.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Install the school profile in the leader database first.</source>
        <translation>Installeer eerst het schoolprofiel in de database van de leidinggevende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key is not the key of the leader this database belongs to.</source>
        <translation>Deze sleutel is niet de sleutel van de leidinggevende bij wie deze database hoort.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A teacher&apos;s name is one line of at most 200 characters.</source>
        <translation>De naam van een leraar is één regel van hoogstens 200 tekens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The school profile has no team &quot;%1&quot;.</source>
        <translation>Het schoolprofiel heeft geen team &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is on the list already.</source>
        <translation>%1 staat al in de lijst.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>A conversation is named by at least 6 hex digits of its id.</source>
        <translation>Een gesprek wordt aangeduid met minstens 6 hexadecimale tekens van zijn id.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>More than one conversation starts with %1: give more digits.</source>
        <translation>Meer dan één gesprek begint met %1: geef meer tekens.</translation>
    </message>
    <message>
        <location filename="../../core/conversation/leader_verslag.cpp" line="-63"/>
        <source>This conversation is closed already (signed by both): its verslag can no longer change.</source>
        <translation>Dit gesprek is al gesloten (door beiden ondertekend): het verslag kan niet meer veranderen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The day the conversation was held must be a day up to today.</source>
        <translation>De dag waarop het gesprek is gehouden moet vandaag of eerder zijn.</translation>
    </message>
    <message>
        <location filename="../../core/conversation/teacher_agreements_to_pop.cpp" line="+84"/>
        <source>&quot;%1&quot; is not a kernwaarde of your school.</source>
        <translation>&quot;%1&quot; is geen kernwaarde van je school.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agreement &quot;%1&quot; becomes a new goal in your POP, and a goal needs a kernwaarde: choose the one it serves.</source>
        <translation>De afspraak &quot;%1&quot; wordt een nieuw doel in je POP, en een doel heeft een kernwaarde nodig: kies de kernwaarde die het dient.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The agreement &quot;%1&quot; cannot become a goal: %2</source>
        <translation>De afspraak &quot;%1&quot; kan geen doel worden: %2</translation>
    </message>
    <message>
        <location filename="../../core/conversation/teacher_conversation_store.cpp" line="+100"/>
        <source>Give the name your leader knows you by.</source>
        <translation>Geef de naam waaronder je leidinggevende je kent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name has at most %1 characters and no control characters or &lt; &gt;.</source>
        <translation>Een naam heeft hoogstens %1 tekens en geen stuurtekens of &lt; &gt;.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../core/conversation/teacher_conversations.cpp" line="+92"/>
        <source>The preparation has no conversation id.</source>
        <translation>De voorbereiding heeft geen gespreks-id.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;%1&quot; is not a conversation id: give at least its first 6 hex digits.</source>
        <translation>&quot;%1&quot; is geen gespreks-id: geef minstens de eerste 6 hexadecimale tekens.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no conversation %1 on this device.</source>
        <translation>Er is geen gesprek %1 op dit apparaat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several conversations start with %1: give more digits.</source>
        <translation>Meerdere gesprekken beginnen met %1: geef meer tekens.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This conversation began with other keys of your leader (or with another leader or school): a new version of its preparation is never sealed to other keys than the first.</source>
        <translation>Dit gesprek begon met andere sleutels van je leidinggevende (of met een andere leidinggevende of school): een nieuwe versie van de voorbereiding wordt nooit voor andere sleutels verzegeld dan de eerste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A verslag of this conversation has arrived: its preparation cannot change any more.</source>
        <translation>Het verslag van dit gesprek is binnen: de voorbereiding kan niet meer veranderen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This conversation is closed.</source>
        <translation>Dit gesprek is gesloten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This conversation has no verslag to respond to, or was closed already.</source>
        <translation>Dit gesprek heeft geen verslag om op te reageren, of is al gesloten.</translation>
    </message>
    <message>
        <location filename="../../core/conversation/teacher_conversations.cpp" line="-62"/>
        <source>The keys of %1 in your school&apos;s profile changed since this conversation began (signing key %2, was %3; sealing key %4, was %5). Nothing more of this conversation goes to or comes from other keys: check the new fingerprints with %1, then start a new preparation.</source>
        <translation>De sleutels van %1 in het profiel van je school zijn veranderd sinds dit gesprek begon (ondertekensleutel %2, was %3; verzegelsleutel %4, was %5). Van dit gesprek gaat niets meer naar andere sleutels, en er komt niets meer van: controleer de nieuwe vingerafdrukken met %1 en begin dan een nieuwe voorbereiding.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;%1&quot; is not a leader in the profile of %2.</source>
        <translation>&quot;%1&quot; is geen leidinggevende in het profiel van %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose your leader: you have not chosen your team yet.</source>
        <translation>Kies je leidinggevende: je hebt je team nog niet gekozen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your leader: the profile of %1 names no leader for your team.</source>
        <translation>Kies je leidinggevende: het profiel van %1 noemt geen leidinggevende voor je team.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the name your leader knows you by: it is on your preparation.</source>
        <translation>Geef de naam waaronder je leidinggevende je kent: die staat op je voorbereiding.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The verslag of this conversation has arrived: its preparation cannot change any more. Start a new preparation for your next conversation.</source>
        <translation>Het verslag van dit gesprek is binnen: de voorbereiding kan niet meer veranderen. Begin een nieuwe voorbereiding voor je volgende gesprek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This conversation was prepared for another leader (%1). Start a new preparation to prepare one with %2.</source>
        <translation>Dit gesprek is voorbereid voor een andere leidinggevende (%1). Begin een nieuwe voorbereiding om er een met %2 voor te bereiden.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This journal uses the demo school, whose keys anyone can have: import your school&apos;s profile before you prepare a conversation.</source>
        <translation>Dit dagboek gebruikt de demoschool, waarvan iedereen de sleutels kan hebben: importeer het profiel van je school voordat je een gesprek voorbereidt.</translation>
    </message>
    <message>
        <location filename="../../core/conversation/teacher_preparation_builder.cpp" line="+51"/>
        <source>%1 you chose for the conversation no longer exists: take it out of the preparation.</source>
        <translation>%1 die je voor het gesprek koos bestaat niet meer: haal het uit de voorbereiding.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reflection %1</source>
        <translation>Reflectie %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2 of %3 actions done · %4 reflection(s) as evidence</source>
        <translation>%1 · %2 van %3 acties gedaan · %4 reflectie(s) als bewijs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How I will know: %1</source>
        <translation>Waaraan ik het merk: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target date: %1</source>
        <translation>Streefdatum: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Goal %1</source>
        <translation>Doel %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 hours this year, %2 saved from earlier years, %3 spent, %4 planned; %5 hours left.</source>
        <translation>%1 uur dit jaar, %2 gespaard uit eerdere jaren, %3 besteed, %4 gepland; nog %5 uur over.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 hours expire on %2.</source>
        <translation>%1 uur vervalt op %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Professionaliseringsuren %1</source>
        <translation>Professionaliseringsuren %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your WHO-5 and pulse scores are health data. Your leader may not ask for them; share them only if you want to talk about them, for this conversation only.</source>
        <translation>Je WHO-5- en pulsscores zijn gezondheidsgegevens. Je leidinggevende mag er niet naar vragen; deel ze alleen als je erover wilt praten, en alleen voor dit gesprek.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the day of the conversation.</source>
        <translation>Kies de dag van het gesprek.</translation>
    </message>
    <message>
        <location filename="../../core/conversation/teacher_preparation_draft.cpp" line="+31"/>
        <source>The kept preparation of your conversation cannot be read; start a new one.</source>
        <translation>De bewaarde voorbereiding van je gesprek is niet te lezen; begin een nieuwe.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Looking back and appreciation</source>
        <translation>Terugblik en waardering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy and balance</source>
        <translation>Energie en balans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talent and growth</source>
        <translation>Talent en groei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The future and agreements</source>
        <translation>De toekomst en afspraken</translation>
    </message>
    <message>
        <location filename="../../core/conversation/teacher_response.cpp" line="+26"/>
        <location filename="../../core/conversation/teacher_verslag_import.cpp" line="+92"/>
        <source>There is no such conversation on this device.</source>
        <translation>Er is geen zulk gesprek op dit apparaat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The verslag of this conversation has not arrived yet: import it first.</source>
        <translation>Het verslag van dit gesprek is nog niet binnen: importeer het eerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You responded to this conversation on %1 already: it is closed.</source>
        <translation>Je hebt op %1 al op dit gesprek gereageerd: het is gesloten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The verslag has no agreement %1.</source>
        <translation>Het verslag heeft geen afspraak %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement %1 is answered twice.</source>
        <translation>Afspraak %1 is twee keer beantwoord.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer every agreement with akkoord or gezien: &quot;%1&quot; has no answer yet.</source>
        <translation>Beantwoord elke afspraak met akkoord of gezien: &quot;%1&quot; heeft nog geen antwoord.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>You have not responded to this conversation yet.</source>
        <translation>Je hebt nog niet op dit gesprek gereageerd.</translation>
    </message>
    <message>
        <location filename="../../core/conversation/teacher_verslag_import.cpp" line="-60"/>
        <source>This verslag belongs to a conversation that is not on this device: it answers another preparation than yours.</source>
        <translation>Dit verslag hoort bij een gesprek dat niet op dit apparaat staat: het beantwoordt een andere voorbereiding dan de jouwe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You responded to this conversation on %1: it is closed, and no verslag replaces the one you answered.</source>
        <translation>Je hebt op %1 op dit gesprek gereageerd: het is gesloten, en geen verslag vervangt het verslag dat je beantwoordde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This verslag was signed by someone else than the leader your preparation was sealed to: it is refused.</source>
        <translation>Dit verslag is ondertekend door iemand anders dan de leidinggevende voor wie je voorbereiding was verzegeld: het wordt geweigerd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This verslag answers another version of your preparation than the last one you sent (version %1). Ask your leader to import that one and write the verslag again.</source>
        <translation>Dit verslag beantwoordt een andere versie van je voorbereiding dan de laatste die je stuurde (versie %1). Vraag je leidinggevende die te importeren en het verslag opnieuw te maken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This verslag (version %1) was imported before.</source>
        <translation>Dit verslag (versie %1) is al eerder geïmporteerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is version %1 of the verslag; you already have the newer version %2.</source>
        <translation>Dit is versie %1 van het verslag; je hebt al de nieuwere versie %2.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The verslag of this conversation has not arrived yet.</source>
        <translation>Het verslag van dit gesprek is nog niet binnen.</translation>
    </message>
    <message>
        <location filename="../../core/reports/conversation_pdf.cpp" line="+297"/>
        <source>The kept files are not one signed conversation: %1</source>
        <translation>De bewaarde bestanden vormen niet één ondertekend gesprek: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This conversation has no verslag yet: there is nothing signed to print.</source>
        <translation>Dit gesprek heeft nog geen verslag: er is niets ondertekends om af te drukken.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the verslag belongs to another conversation.</source>
        <translation>het verslag hoort bij een ander gesprek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the verslag answers another preparation.</source>
        <translation>het verslag beantwoordt een andere voorbereiding.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the response belongs to another conversation.</source>
        <translation>de reactie hoort bij een ander gesprek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the response answers another verslag.</source>
        <translation>de reactie beantwoordt een ander verslag.</translation>
    </message>
</context>
<context>
    <name>kw::ConversationFileImport</name>
    <message>
        <location filename="../leader/conversation_file_import.cpp" line="+48"/>
        <source>The response of %1 to your verslag: it closes the conversation of %2.</source>
        <translation>De reactie van %1 op je verslag: die sluit het gesprek van %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A newer preparation (revision %1) of %2 for the conversation of %3: it replaces the one you have.</source>
        <translation>Een nieuwere voorbereiding (versie %1) van %2 voor het gesprek van %3: die vervangt de voorbereiding die je hebt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preparation of %1 for the waarderingsgesprek of %2.</source>
        <translation>De voorbereiding van %1 voor het waarderingsgesprek van %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open or unlock your key first (under Key): only it opens the teachers&apos; files.</source>
        <translation>Open of ontgrendel eerst je sleutel (onder Sleutel): alleen daarmee gaan de bestanden van leraren open.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Drop a teacher&apos;s preparation (.kwgesprek) or response (.kwreactie).</source>
        <translation>Sleep de voorbereiding (.kwgesprek) of reactie (.kwreactie) van een leraar hierheen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The response of %1 is in: the conversation is closed.</source>
        <translation>De reactie van %1 is binnen: het gesprek is gesloten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preparation of %1 is in.</source>
        <translation>De voorbereiding van %1 is binnen.</translation>
    </message>
</context>
<context>
    <name>kw::ConversationNotes</name>
    <message>
        <location filename="../leader/conversation_notes.cpp" line="+123"/>
        <source>Keeping…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept at %1</source>
        <translation>Bewaard om %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Write what is agreed.</source>
        <translation>Schrijf op wat is afgesproken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a day.</source>
        <translation>&quot;%1&quot; is geen datum.</translation>
    </message>
</context>
<context>
    <name>kw::ConversationReport</name>
    <message>
        <location filename="../../core/reports/conversation_pdf.cpp" line="-279"/>
        <source>Looking back and appreciation</source>
        <translation>Terugblik en waardering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy and balance</source>
        <translation>Energie en balans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talent and growth</source>
        <translation>Talent en groei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Future and agreements</source>
        <translation>Toekomst en afspraken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reflection</source>
        <translation>reflectie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POP goal</source>
        <translation>POP-doel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>professional development hours</source>
        <translation>professionaliseringsuren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>earlier agreement</source>
        <translation>eerdere afspraak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>own point</source>
        <translation>eigen punt</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The teacher shared nothing for this part.</source>
        <translation>De leraar deelde niets voor dit onderdeel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared by the teacher:</source>
        <translation>Gedeeld door de leraar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The leader&apos;s points: %1</source>
        <translation>De punten van de leidinggevende: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes: %1</source>
        <translation>Aantekeningen: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agreements were made.</source>
        <translation>Er zijn geen afspraken gemaakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who: %1</source>
        <translation>Wie: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>door %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>POP goal %1</source>
        <translation>POP-doel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: not answered yet</source>
        <translation>Status: nog niet beantwoord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: akkoord (agreed)</source>
        <translation>Status: akkoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: gezien (seen, not agreed)</source>
        <translation>Status: gezien (niet akkoord)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reaction: %1</source>
        <translation>Reactie: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wellbeing (shared by the teacher for this conversation)</source>
        <translation>Welzijn (door de leraar gedeeld voor dit gesprek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The teacher chose to share these scores. They are health data: keep them only as long as the verslag is kept.</source>
        <translation>De leraar koos ervoor deze scores te delen. Het zijn gezondheidsgegevens: bewaar ze niet langer dan het verslag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure</source>
        <translation>Meting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period from</source>
        <translation>Periode vanaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The teacher has not responded yet.</source>
        <translation>De leraar heeft nog niet gereageerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The teacher added no general reaction.</source>
        <translation>De leraar heeft geen algemene reactie gegeven.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed by the leader on %1; the teacher has not signed yet.</source>
        <translation>Ondertekend door de leidinggevende op %1; de leraar heeft nog niet ondertekend.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by both on %1 (the leader on %2, the teacher on %3).</source>
        <translation>Door beiden ondertekend op %1 (de leidinggevende op %2, de leraar op %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Teacher: %1 · signing key %2</source>
        <translation>Leraar: %1 · ondertekensleutel %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leader: %1 · signing key %2</source>
        <translation>Leidinggevende: %1 · ondertekensleutel %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+142"/>
        <source>Conversation %1</source>
        <translation>Gesprek %1</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Verslag of the waarderingsgesprek</source>
        <translation>Verslag van het waarderingsgesprek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The conversation</source>
        <translation>Het gesprek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held on %1 · prepared by the teacher on %2 · verslag written on %3</source>
        <translation>Gehouden op %1 · voorbereid door de leraar op %2 · verslag geschreven op %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+125"/>
        <source>The teacher&apos;s reaction</source>
        <translation>De reactie van de leraar</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each signature is an Ed25519 signature over the file as it was sent; the fingerprints above identify the keys.</source>
        <translation>Elke handtekening is een Ed25519-handtekening over het bestand zoals het is verstuurd; de vingerafdrukken hierboven wijzen de sleutels aan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+120"/>
        <source>Made with Kernwijzer on %1</source>
        <translation>Gemaakt met Kernwijzer op %1</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Everything held about %1</source>
        <translation>Alles wat over %1 is bewaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · held by %2 · for an access request (AVG article 15)</source>
        <translation>%1 · bijgehouden door %2 · voor een inzageverzoek (AVG artikel 15)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The teacher</source>
        <translation>De leraar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name: %1</source>
        <translation>Naam: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation key: none received yet</source>
        <translation>Gesprekssleutel: nog geen ontvangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation key: signing %1 · sealing %2</source>
        <translation>Gesprekssleutel: ondertekenen %1 · verzegelen %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of service since %1; everything below is deleted on %2.</source>
        <translation>Uit dienst sinds %1; alles hieronder wordt verwijderd op %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In service.</source>
        <translation>In dienst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations: %1</source>
        <translation>Gesprekken: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no other notes: everything the leader writes is part of the verslag the teacher receives.</source>
        <translation>Er zijn geen andere aantekeningen: alles wat de leidinggevende schrijft hoort bij het verslag dat de leraar krijgt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conversation of %1</source>
        <translation>Gesprek van %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepared by the teacher on %1 (revision %2)</source>
        <translation>Voorbereid door de leraar op %1 (versie %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verslag sent on %1, held on %2 (revision %3)</source>
        <translation>Verslag verstuurd op %1, gehouden op %2 (versie %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No verslag sent yet: the notes below are the leader&apos;s draft.</source>
        <translation>Nog geen verslag verstuurd: de aantekeningen hieronder zijn het concept van de leidinggevende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by the teacher on %1</source>
        <translation>Ondertekend door de leraar op %1</translation>
    </message>
</context>
<context>
    <name>kw::Custodian</name>
    <message>
        <location filename="../../core/custodian/contribution_opener.cpp" line="+43"/>
        <source>This is not a file that can be imported.</source>
        <translation>Dit is geen bestand dat kan worden ingelezen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This contribution is for another school (%1), not %2.</source>
        <translation>Deze bijdrage is voor een andere school (%1), niet voor %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was made with version %1 of the school profile, which this database does not have; add that version first.</source>
        <translation>Ze is gemaakt met versie %1 van het schoolprofiel, die deze database niet heeft; voeg die versie eerst toe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It was made with version %1 of the school profile, which counts other figures than the current version %2: the two cannot be added up.</source>
        <translation>Ze is gemaakt met versie %1 van het schoolprofiel, die andere cijfers telt dan de huidige versie %2: die twee zijn niet op te tellen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No part of it is sealed to your key (%1).</source>
        <translation>Geen enkel deel ervan is verzegeld voor jouw sleutel (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its HR part is not sealed to the HR key of the school profile.</source>
        <translation>Het deel voor HR is niet verzegeld voor de HR-sleutel in het schoolprofiel.</translation>
    </message>
    <message>
        <location filename="../../core/custodian/custodian_inbox.cpp" line="+68"/>
        <source>The same contribution for %1 is kept already.</source>
        <translation>Dezelfde bijdrage voor %1 is al bewaard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revision %1 for %2 is older than the revision %3 kept: nothing changes.</source>
        <translation>Versie %1 voor %2 is ouder dan de bewaarde versie %3: er verandert niets.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revision %1 for %2 is kept already with other numbers: refused.</source>
        <translation>Versie %1 voor %2 is al bewaard, met andere getallen: geweigerd.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>HR could not check this contribution before %1 was released; it cannot join that period any more.</source>
        <translation>HR kon deze bijdrage niet controleren voordat %1 werd vrijgegeven; ze kan niet meer bij die periode komen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept for %1.</source>
        <translation>Bewaard voor %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This copy for %1 replaces the one whose part HR could not check.</source>
        <translation>Deze kopie voor %1 vervangt de kopie waarvan HR het deel niet kon controleren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision %1 for %2 replaces revision %3.</source>
        <translation>Versie %1 voor %2 vervangt versie %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was released with revision %2 of this contribution; a released contribution cannot be replaced: refused.</source>
        <translation>%1 is vrijgegeven met versie %2 van deze bijdrage; een vrijgegeven bijdrage kan niet worden vervangen: geweigerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was released already: kept aside for a re-release.</source>
        <translation>%1 is al vrijgegeven: apart bewaard voor een nieuwe vrijgave.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The custodian database has no school profile yet: add the co-signed profile first.</source>
        <translation>De database van de vertrouwenshouder heeft nog geen schoolprofiel: voeg eerst het mede-ondertekende profiel toe.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>This is not a custodian&apos;s secret key file.</source>
        <translation>Dit is geen geheim sleutelbestand van een vertrouwenshouder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key (%1) is not the custodian&apos;s key in the school profile of %2 version %3 (%4).</source>
        <translation>Deze sleutel (%1) is niet de sleutel van de vertrouwenshouder in het schoolprofiel van %2, versie %3 (%4).</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 The import stopped after %2 files; those are kept, the rest were not imported.</source>
        <translation>%1 Het inlezen is gestopt na %2 bestanden; die zijn bewaard, de rest is niet ingelezen.</translation>
    </message>
    <message>
        <location filename="../../core/custodian/custodian_store.cpp" line="+26"/>
        <source>A contribution in the custodian database is damaged.</source>
        <translation>Een bijdrage in de database van de vertrouwenshouder is beschadigd.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This custodian database is for school %1; this profile is for %2.</source>
        <translation>Deze database van de vertrouwenshouder is voor school %1; dit profiel is voor %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version %1 of the school profile is stored already, as another file.</source>
        <translation>Versie %1 van het schoolprofiel is al bewaard, als een ander bestand.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Version %1 of the school profile in the custodian database no longer checks out.</source>
        <translation>Versie %1 van het schoolprofiel in de database van de vertrouwenshouder klopt niet meer.</translation>
    </message>
    <message>
        <location filename="../../core/custodian/custodian_store_releases.cpp" line="+61"/>
        <source>A release is recorded with the SHA-256 of its file.</source>
        <translation>Een vrijgave wordt vastgelegd met de SHA-256 van het bestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A release lists a contribution twice.</source>
        <translation>Een vrijgave noemt een bijdrage twee keer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Release %1 of %2 cannot be recorded: the next is release %3.</source>
        <translation>Vrijgave %1 van %2 kan niet worden vastgelegd: de volgende is vrijgave %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A release can only sum contributions as they are kept.</source>
        <translation>Een vrijgave kan alleen bijdragen optellen zoals ze zijn bewaard.</translation>
    </message>
    <message>
        <location filename="../../core/custodian/import_outcome.cpp" line="+40"/>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaced</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already there</source>
        <translation>al aanwezig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outdated</source>
        <translation>verouderd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other school</source>
        <translation>andere school</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other profile version</source>
        <translation>andere profielversie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not for this key</source>
        <translation>niet voor deze sleutel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../../core/custodian/custodian_release.cpp" line="+42"/>
        <location filename="../../core/custodian/release_preview.cpp" line="+131"/>
        <source>This custodian database has no school profile yet.</source>
        <translation>Deze database van de vertrouwenshouder heeft nog geen schoolprofiel.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&quot;%1&quot; is not a period of %2 months.</source>
        <translation>‘%1’ is geen periode van %2 maanden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has not closed yet; it can be released from %2.</source>
        <translation>%1 is nog niet afgesloten; ze kan worden vrijgegeven vanaf %2.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>HR has checked every contribution of this release of %1 already; it can be made now.</source>
        <translation>HR heeft alle bijdragen van deze vrijgave van %1 al gecontroleerd; de vrijgave kan nu gemaakt worden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These contributions are too few to release any figure of %1 yet, so HR does not see them; nothing was written. They wait for more.</source>
        <translation>Deze bijdragen zijn nog te weinig om een cijfer van %1 vrij te geven, dus HR krijgt ze niet te zien; er is niets geschreven. Ze wachten op meer.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>This answer contradicts HR&apos;s earlier verdict on %n contribution(s); a verdict once given stands. Nothing was recorded.</source>
        <translation>
            <numerusform>Dit antwoord spreekt het eerdere oordeel van HR over %n bijdrage tegen; een oordeel blijft staan. Er is niets vastgelegd.</numerusform>
            <numerusform>Dit antwoord spreekt het eerdere oordeel van HR over %n bijdragen tegen; een oordeel blijft staan. Er is niets vastgelegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>HR has not checked %n of the contributions of this release of %1 yet. Send HR a check request first, and bring back its answer.</source>
        <translation>
            <numerusform>HR heeft %n bijdrage van deze vrijgave van %1 nog niet gecontroleerd. Stuur HR eerst een controleverzoek en verwerk daarna de uitslag.</numerusform>
            <numerusform>HR heeft %n bijdragen van deze vrijgave van %1 nog niet gecontroleerd. Stuur HR eerst een controleverzoek en verwerk daarna de uitslag.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These contributions are too few to release any figure of %1 without singling someone out. Nothing was written; they wait for more.</source>
        <translation>Deze bijdragen zijn te weinig om een cijfer van %1 vrij te geven zonder iemand aan te wijzen. Er is niets geschreven; ze wachten op meer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The release could not be recorded (%1); the file was removed again and nothing was released.</source>
        <translation>De vrijgave kon niet worden vastgelegd (%1); het bestand is weer verwijderd en er is niets vrijgegeven.</translation>
    </message>
    <message>
        <location filename="../../core/custodian/profile_cosign.cpp" line="+18"/>
        <source>HR has not signed this profile: only a profile HR signed can be co-signed.</source>
        <translation>HR heeft dit profiel niet ondertekend: alleen een profiel dat HR ondertekende kun je medeondertekenen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This profile names another custodian: %1 (key %2). Your key is %3; only the custodian it names can co-sign it.</source>
        <translation>Dit profiel noemt een andere vertrouwenshouder: %1 (sleutel %2). Jouw sleutel is %3; alleen de vertrouwenshouder die het profiel noemt kan het medeondertekenen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This profile ran out on %1; HR must give it a later end date.</source>
        <translation>Dit profiel is verlopen op %1; HR moet het een latere einddatum geven.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You keep the profile of %1 (%2); this one is of another school (%3).</source>
        <translation>Jij bewaart het profiel van %1 (%2); dit profiel is van een andere school (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You co-signed version %1 already; this is an older version (%2).</source>
        <translation>Je hebt versie %1 al medeondertekend; dit is een oudere versie (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You co-signed version %1 already, with other content. HR must give the update a higher version.</source>
        <translation>Je hebt versie %1 al medeondertekend, met een andere inhoud. HR moet de wijziging een hoger versienummer geven.</translation>
    </message>
    <message>
        <location filename="../../core/custodian/release_preview.cpp" line="-89"/>
        <source>Wellbeing</source>
        <translation>Welzijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwaarden</source>
        <translation>Kernwaarden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources of werkdruk and werkplezier</source>
        <translation>Bronnen van werkdruk en werkplezier</translation>
    </message>
</context>
<context>
    <name>kw::Demo</name>
    <message>
        <location filename="../../core/demo/demo_pop.cpp" line="+261"/>
        <source>The demo POP is only written into an empty POP; this journal has goals or hours already.</source>
        <translation>De demo-POP komt alleen in een lege POP; dit dagboek heeft al doelen of uren.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demo_school.cpp" line="+30"/>
        <source>A simulated school has %1 to %2 teachers.</source>
        <translation>Een gesimuleerde school heeft %1 tot %2 leraren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A simulated school has 1 to %1 periods.</source>
        <translation>Een gesimuleerde school heeft 1 tot %1 periodes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A simulated school&apos;s id is 1 to 40 lowercase letters, digits, - and _, and its name is not blank.</source>
        <translation>Het kenmerk van een gesimuleerde school bestaat uit 1 tot 40 kleine letters, cijfers, - en _, en de naam is niet leeg.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demo_bestuur.cpp" line="+96"/>
        <location filename="../../core/demo/demo_school.cpp" line="+11"/>
        <location line="+11"/>
        <source>Cannot create the folder %1.</source>
        <translation>De map %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../../core/demo/demo_school.cpp" line="+216"/>
        <source>Cannot clear the folder %1.</source>
        <translation>Kan de map %1 niet leegmaken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot remove %1.</source>
        <translation>Kan %1 niet verwijderen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../core/demo/demo_school.cpp" line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location filename="../../core/demo/demo_school.cpp" line="-230"/>
        <source>%1 is not empty; the simulated school needs an empty or new folder.</source>
        <translation>%1 is niet leeg; de gesimuleerde school heeft een lege of nieuwe map nodig.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demo_school_teacher.cpp" line="+182"/>
        <source>Teacher %1&apos;s journal: %2</source>
        <translation>Dagboek van leraar %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+78"/>
        <source>Teacher %1: %2</source>
        <translation>Leraar %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/demo/demo_leader.cpp" line="+173"/>
        <source>The demo leader&apos;s conversation with %1: %2</source>
        <translation>Gesprek van de demoleidinggevende met %1: %2</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The simulated school has no team for its team leader.</source>
        <translation>De gesimuleerde school heeft geen team voor haar leidinggevende.</translation>
    </message>
</context>
<context>
    <name>kw::DeskKey</name>
    <message>
        <location filename="../services/desk_key.cpp" line="+105"/>
        <source>This is a public key file (.pub): open the secret key file beside it.</source>
        <translation>Dit is een openbaar sleutelbestand (.pub): open het geheime sleutelbestand ernaast.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>This key belongs to the custodian, not to HR.</source>
        <translation>Deze sleutel is van de vertrouwenshouder, niet van HR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This key belongs to HR, not to the custodian.</source>
        <translation>Deze sleutel is van HR, niet van de vertrouwenshouder.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The passphrase could not be kept in %1; you will be asked again next time.</source>
        <translation>De wachtwoordzin kon niet bewaard worden in %1; de volgende keer wordt hij opnieuw gevraagd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a key file first.</source>
        <translation>Kies eerst een sleutelbestand.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <source>The demo school uses its own keys.</source>
        <translation>De demoschool gebruikt haar eigen sleutels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A passphrase has at least %1 characters.</source>
        <translation>Een wachtwoordzin heeft minstens %1 tekens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>De twee wachtwoordzinnen verschillen; er is niets geschreven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder for the key file.</source>
        <translation>Kies een map voor het sleutelbestand.</translation>
    </message>
</context>
<context>
    <name>kw::DeviceSecret</name>
    <message>
        <location filename="../../core/teacher/device_secret.cpp" line="+38"/>
        <source>Kernwijzer does not make a new secret, as that would change the ids of the contributions you share.</source>
        <translation>Kernwijzer maakt geen nieuw geheim, want dan veranderen de kenmerken van de bijdragen die je deelt.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Your device secret is kept in your system&apos;s keychain, which cannot be reached now (%1). Unlock or start the keychain and try again. %2</source>
        <translation>Het geheim van dit apparaat staat in de sleutelhanger van je systeem, en die is nu niet bereikbaar (%1). Ontgrendel of start de sleutelhanger en probeer het opnieuw. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this program runs without a keychain</source>
        <translation>dit programma draait zonder sleutelhanger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your device secret is kept in your system&apos;s keychain, but %1 has no entry &quot;%2&quot; now: the keychain may be locked or another one than before, or this journal was copied from another device. %3</source>
        <translation>Het geheim van dit apparaat staat in de sleutelhanger van je systeem, maar %1 heeft nu geen item &quot;%2&quot;: de sleutelhanger is misschien vergrendeld of een andere dan eerst, of dit dagboek is van een ander apparaat gekopieerd. %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The device secret in your system&apos;s keychain (entry &quot;%1&quot;) is damaged. %2</source>
        <translation>Het geheim van dit apparaat in de sleutelhanger van je systeem (item &quot;%1&quot;) is beschadigd. %2</translation>
    </message>
</context>
<context>
    <name>kw::Exchange</name>
    <message>
        <location filename="../../core/exchange/contribution_file.cpp" line="+152"/>
        <source>The contribution is incomplete and was not written.</source>
        <translation>De bijdrage is onvolledig en is niet geschreven.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The key of %1 in the school profile cannot keep a part secret; nothing was written. Ask your school&apos;s HR for help.</source>
        <translation>De sleutel van %1 in het schoolprofiel kan een deel niet geheim houden; er is niets geschreven. Vraag HR van je school om hulp.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The school profile asks for more figures than a contribution can hold.</source>
        <translation>Het schoolprofiel vraagt meer getallen dan in een bijdrage passen.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This contribution follows another metric layout than the school profile&apos;s.</source>
        <translation>Deze bijdrage volgt een andere indeling van de getallen dan het schoolprofiel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This contribution&apos;s signature does not check out: it was not made by a teacher&apos;s device, or it was changed.</source>
        <translation>De handtekening van deze bijdrage klopt niet: ze is niet door het apparaat van een leraar gemaakt, of ze is veranderd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This contribution&apos;s numbers do not match what the teacher&apos;s device signed.</source>
        <translation>De getallen in deze bijdrage komen niet overeen met wat het apparaat van de leraar heeft ondertekend.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <source>This contribution is for another school (%1).</source>
        <translation>Deze bijdrage is voor een andere school (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This contribution has no part that your key (%1) can open.</source>
        <translation>Deze bijdrage heeft geen deel dat jouw sleutel (%1) kan openen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This contribution cannot be opened: it was changed or damaged on the way.</source>
        <translation>Deze bijdrage kan niet worden geopend: ze is onderweg veranderd of beschadigd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This contribution&apos;s sealed part does not match its header.</source>
        <translation>Het verzegelde deel van deze bijdrage past niet bij de kop.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>This contribution was made with profile version %1, not version %2.</source>
        <translation>Deze bijdrage is gemaakt met profielversie %1, niet met versie %2.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/envelope.cpp" line="+58"/>
        <source>school profile</source>
        <translation>schoolprofiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contribution</source>
        <translation>bijdrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>release</source>
        <translation>vrijgave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aggregate</source>
        <translation>totaaloverzicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>public key file</source>
        <translation>openbaar sleutelbestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>secret key file</source>
        <translation>geheim sleutelbestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custodian handover</source>
        <translation>overdracht van de vertrouwenshouder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check request</source>
        <translation>controleverzoek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check answer</source>
        <translation>controle-uitslag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conversation preparation</source>
        <translation>gespreksvoorbereiding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conversation report</source>
        <translation>gespreksverslag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conversation response</source>
        <translation>reactie op het gesprek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown file</source>
        <translation>onbekend bestand</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file is damaged or incomplete: it cannot be read.</source>
        <translation>Het bestand is beschadigd of onvolledig: het kan niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file is too large for a Kernwijzer %1 (%2 KB, at most %3 KB).</source>
        <translation>Het bestand is te groot voor een Kernwijzer-%1 (%2 kB, hoogstens %3 kB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a Kernwijzer file.</source>
        <translation>Dit is geen Kernwijzer-bestand.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file was made by a newer version of Kernwijzer (format %1). Update the app to read it.</source>
        <translation>Dit bestand is gemaakt door een nieuwere versie van Kernwijzer (formaat %1). Werk de app bij om het te lezen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This %1 was made by an older version of Kernwijzer (format %2), which is no longer read. Ask whoever made it to update the app and make it again.</source>
        <translation>Dit %1 is gemaakt met een oudere versie van Kernwijzer (formaat %2), die niet meer wordt gelezen. Vraag wie het maakte de app bij te werken en het opnieuw te maken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is a %1, not a %2.</source>
        <translation>Dit is een %1, geen %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a regular file; nothing was read.</source>
        <translation>%1 is geen gewoon bestand; er is niets gelezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a %2 (%3 KB), not the kind of file expected here.</source>
        <translation>%1 is een %2 (%3 KB), niet het soort bestand dat hier verwacht wordt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large for a Kernwijzer file (%2 KB, at most %3 KB).</source>
        <translation>%1 is te groot voor een Kernwijzer-bestand (%2 kB, hoogstens %3 kB).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is too large for a Kernwijzer file.</source>
        <translation>%1 is te groot voor een Kernwijzer-bestand.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 exists already (as a file, a folder or a link): it is not overwritten. Choose a new file name.</source>
        <translation>%1 bestaat al (als bestand, map of koppeling): het wordt niet overschreven. Kies een nieuwe bestandsnaam.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+22"/>
        <location line="+11"/>
        <location line="+16"/>
        <location line="+5"/>
        <location filename="../../core/exchange/new_key_files.cpp" line="+25"/>
        <location line="+41"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+21"/>
        <source>The disk is full: %1 was not written. Nothing was changed.</source>
        <translation>De schijf is vol: %1 is niet geschreven. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/key_file.cpp" line="+140"/>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/exchange/profile_codec.cpp" line="+366"/>
        <source>custodian</source>
        <translation>vertrouwenshouder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leader</source>
        <translation>leidinggevende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>teacher</source>
        <translation>leraar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown party</source>
        <translation>onbekende partij</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>This file is too large to be a Kernwijzer key file.</source>
        <translation>Dit bestand is te groot voor een Kernwijzer-sleutelbestand.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This key file has been changed: its signature does not match.</source>
        <translation>Dit sleutelbestand is veranderd: de handtekening klopt niet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This key file is locked with a passphrase.</source>
        <translation>Dit sleutelbestand is met een wachtwoordzin vergrendeld.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase is not right for this key file.</source>
        <translation>De wachtwoordzin past niet bij dit sleutelbestand.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is a %1, not a key file.</source>
        <translation>Dit is een %1, geen sleutelbestand.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/metric_layout.cpp" line="+39"/>
        <source>%1 at or below %2</source>
        <translation>%1 op of onder %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reflections on %1</source>
        <translation>Reflecties over %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-ins asking: %1</source>
        <translation>Check-ins met de vraag: %1</translation>
    </message>
    <message>
        <location filename="../../core/exchange/profile_codec.cpp" line="-213"/>
        <source>The profile does not name the %1.</source>
        <translation>Het profiel noemt geen %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile has no valid keys for the %1.</source>
        <translation>Het profiel heeft geen geldige sleutels voor de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile names a key for the %1 without proof that they hold it.</source>
        <translation>Het profiel noemt een sleutel voor de %1 zonder bewijs dat die de sleutel ook heeft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>leader %1</source>
        <translation>leidinggevende %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile pairs leader %1&apos;s signing key with a sealing key the leader did not sign: only the leader can choose their sealing key, with their own public key file.</source>
        <translation>Het profiel koppelt de ondertekensleutel van leidinggevende %1 aan een verzegelsleutel die de leidinggevende niet heeft ondertekend: alleen de leidinggevende kan de eigen verzegelsleutel kiezen, met het eigen openbare sleutelbestand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leader %1 has a key that someone else in the profile also has: every leader must hold a key of their own.</source>
        <translation>Leidinggevende %1 heeft een sleutel die ook iemand anders in het profiel heeft: elke leidinggevende moet een eigen sleutel hebben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The profile carries a custodian handover made for another school, another HR key or a later version.</source>
        <translation>Het profiel bevat een overdracht van de vertrouwenshouder die gemaakt is voor een andere school, een andere HR-sleutel of een latere versie.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The profile holds control characters, invisible characters or &lt; &gt; in a name or text; it is refused.</source>
        <translation>Het profiel bevat stuurtekens, onzichtbare tekens of &lt; &gt; in een naam of tekst; het wordt geweigerd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile has an invalid end date &quot;%1&quot;.</source>
        <translation>Het profiel heeft een ongeldige einddatum ‘%1’.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The profile carries more than %1 custodian handovers.</source>
        <translation>Het profiel bevat meer dan %1 overdrachten van de vertrouwenshouder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile lists more than %1 leaders.</source>
        <translation>Het profiel noemt meer dan %1 leidinggevenden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The profile has no version.</source>
        <translation>Het profiel heeft geen versie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school (HR)</source>
        <translation>school (HR)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The profile asks for more figures than a contribution can hold (at most 300 metrics).</source>
        <translation>Het profiel vraagt meer getallen dan in een bijdrage passen (hoogstens 300).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The school and the custodian have the same key: the custodian must hold a key of their own.</source>
        <translation>De school en de vertrouwenshouder hebben dezelfde sleutel: de vertrouwenshouder moet een eigen sleutel hebben.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/profile_file.cpp" line="+24"/>
        <source>This file was not signed by your school, or it was changed after signing.</source>
        <translation>Dit bestand is niet door jouw school ondertekend, of het is na het ondertekenen veranderd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../core/exchange/profile_signing.cpp" line="+65"/>
        <source>A profile is created with HR&apos;s secret key file.</source>
        <translation>Een profiel wordt gemaakt met het geheime sleutelbestand van HR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile names other HR keys than the key file given.</source>
        <translation>Het profiel noemt andere HR-sleutels dan het opgegeven sleutelbestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile needs an end date (valid_until).</source>
        <translation>Het profiel moet een einddatum hebben (valid_until).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This key file cannot sign profiles.</source>
        <translation>Met dit sleutelbestand kun je geen profielen ondertekenen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This profile names another %1 than the key file given (%2).</source>
        <translation>Dit profiel noemt een andere %1 dan het opgegeven sleutelbestand (%2).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This file was not signed by your school: it is not signed with the HR key you accepted before (%1). If that earlier profile was the wrong one, remove it in Settings (profile remove) and import your school&apos;s profile with its verification code.</source>
        <translation>Dit bestand is niet ondertekend door je school: het is niet ondertekend met de HR-sleutel die je eerder hebt geaccepteerd (%1). Was dat eerdere profiel het verkeerde, verwijder het dan bij Instellingen (profile remove) en importeer het profiel van je school met de controlecode.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The custodian&apos;s signature on this profile does not check out, or the file was changed after signing.</source>
        <translation>De handtekening van de vertrouwenshouder onder dit profiel klopt niet, of het bestand is na het ondertekenen veranderd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This profile has not been signed by the custodian (%1) yet, so it cannot be used.</source>
        <translation>Dit profiel is nog niet ondertekend door de vertrouwenshouder (%1) en kan dus niet worden gebruikt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This profile of %1 has no end date, so it cannot be used. Ask your school for the current one.</source>
        <translation>Dit profiel van %1 heeft geen einddatum en kan daarom niet worden gebruikt. Vraag je school om het actuele profiel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This profile of %1 expired on %2. Ask your school for the current one.</source>
        <translation>Dit profiel van %1 is verlopen op %2. Vraag je school om het actuele profiel.</translation>
    </message>
    <message>
        <location filename="../../core/teacher/teacher_exchange.cpp" line="+53"/>
        <source>This file was not signed by your school: its HR key differs from the one you accepted before (%1).</source>
        <translation>Dit bestand is niet door jouw school ondertekend: de HR-sleutel is een andere dan die je eerder accepteerde (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is version %1 of the profile; you already have the newer version %2.</source>
        <translation>Dit is versie %1 van het profiel; je hebt al de nieuwere versie %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This profile has the same version (%1) as yours but different content. Ask your school which one is right.</source>
        <translation>Dit profiel heeft dezelfde versie (%1) als het jouwe, maar een andere inhoud. Vraag je school welke klopt.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This journal already has a school&apos;s own profile; the demo school is not installed over it.</source>
        <translation>Dit dagboek heeft al het eigen profiel van een school; de demoschool wordt daar niet overheen gezet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The stored school profile is no longer signed by both key holders.</source>
        <translation>Het opgeslagen schoolprofiel is niet meer door beide sleutelhouders ondertekend.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This profile uses the demo school&apos;s keys. They are public, so anyone could open what you share with it. Import your own school&apos;s profile first.</source>
        <translation>Dit profiel gebruikt de sleutels van de demoschool. Die zijn openbaar, dus iedereen zou kunnen openen wat je ermee deelt. Importeer eerst het profiel van je eigen school.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no current school profile on this device. Import your school&apos;s profile first.</source>
        <translation>Er staat geen actueel schoolprofiel op dit apparaat. Importeer eerst het profiel van je school.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sharing with your school is off. Turn it on first; nothing leaves your device until you do.</source>
        <translation>Delen met je school staat uit. Zet het eerst aan; tot dan gaat er niets van je apparaat af.</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>The school profile stored on this device cannot be checked (%1), so no other profile can be compared with it. Ask your school&apos;s HR for help, or remove it in Settings and import your school&apos;s profile again.</source>
        <translation>Het schoolprofiel op dit apparaat kan niet worden gecontroleerd (%1), dus er kan geen ander profiel mee worden vergeleken. Vraag HR van je school om hulp, of verwijder het bij Instellingen en importeer het profiel van je school opnieuw.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/demo_keys.cpp" line="+62"/>
        <source>This profile uses the demo school&apos;s keys. They are public, so anyone could open what you share with it. It cannot be imported.</source>
        <translation>Dit profiel gebruikt de sleutels van de demoschool. Die zijn openbaar, dus iedereen zou kunnen openen wat je ermee deelt. Het kan niet worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../core/teacher/teacher_exchange.cpp" line="+17"/>
        <source>This profile is for %1, but this app uses the profile of %2. Only the demo school&apos;s profile can be replaced by another school&apos;s; to change schools, remove the current profile in Settings first.</source>
        <translation>Dit profiel is van %1, maar deze app gebruikt het profiel van %2. Alleen het profiel van de demoschool kan door dat van een andere school worden vervangen; verwijder eerst het huidige profiel bij Instellingen om van school te wisselen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Type the verification code that %1 published (six groups of four digits, from the MR or the staff room, not from the e-mail that brought this file).</source>
        <translation>Typ de controlecode die %1 heeft gepubliceerd (zes groepen van vier cijfers, van de MR of uit de personeelskamer, niet uit de e-mail waarmee dit bestand kwam).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This verification code does not match this profile of %1. Do not install it: the profile may not come from your school. Check the code with your MR or custodian.</source>
        <translation>Deze controlecode hoort niet bij dit profiel van %1. Installeer het niet: het profiel komt misschien niet van je school. Controleer de code bij je MR of vertrouwenshouder.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Your school now uses periods of %1 months; choose one of those.</source>
        <translation>Je school werkt nu met periodes van %1 maanden; kies een daarvan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period %1 has not ended yet; you can share it from %2.</source>
        <translation>Periode %1 is nog niet voorbij; je kunt haar delen vanaf %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your school&apos;s profile expired on %1. Import the current one first.</source>
        <translation>Het profiel van je school is verlopen op %1. Importeer eerst het actuele profiel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your team, role or age band is not in the school&apos;s current profile. Choose them again.</source>
        <translation>Je team, rol of leeftijdsgroep staat niet in het huidige schoolprofiel. Kies ze opnieuw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have shared %1 %2 times, the most a school accepts. The last file you sent is the one that counts.</source>
        <translation>Je hebt %1 al %2 keer gedeeld, het maximum dat een school aanneemt. Het laatste bestand dat je stuurde telt.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Your school profile or your choices changed after the preview. Look at the numbers again before you export.</source>
        <translation>Je schoolprofiel of je keuzes zijn veranderd na het voorbeeld. Bekijk de cijfers opnieuw voordat je exporteert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file was written, but this device could not note that you shared this period (%1). The file is fine to send.</source>
        <translation>Het bestand is opgeslagen, maar dit apparaat kon niet vastleggen dat je deze periode hebt gedeeld (%1). Je kunt het bestand gewoon versturen.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/custodian_handover.cpp" line="+45"/>
        <source>A handover is signed with the secret key file of the custodian this profile names (%1, key %2).</source>
        <translation>Een overdracht wordt ondertekend met het geheime sleutelbestand van de vertrouwenshouder die dit profiel noemt (%1, sleutel %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new custodian needs a custodian key file of their own, not the current custodian&apos;s or HR&apos;s.</source>
        <translation>De nieuwe vertrouwenshouder heeft een eigen sleutelbestand voor vertrouwenshouders nodig, niet dat van de huidige vertrouwenshouder of van HR.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This custodian handover was not signed by the outgoing custodian, or it was changed after signing.</source>
        <translation>Deze overdracht is niet ondertekend door de vertrekkende vertrouwenshouder, of is na het ondertekenen veranderd.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This profile names another custodian (%1, key %2) than the one you accepted (%3, key %4), without a handover signed by %3 for version %5 or later. Only the outgoing custodian can hand over; ask %3 and your school&apos;s HR. Until then, your current profile stays.</source>
        <translation>Dit profiel noemt een andere vertrouwenshouder (%1, sleutel %2) dan die je hebt geaccepteerd (%3, sleutel %4), zonder een overdracht die %3 heeft ondertekend voor versie %5 of later. Alleen de vertrekkende vertrouwenshouder kan overdragen; vraag het %3 en HR van je school. Tot die tijd blijft je huidige profiel staan.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/release_file.cpp" line="+71"/>
        <source>A release is signed with the custodian&apos;s secret key file.</source>
        <translation>Een vrijgave wordt ondertekend met het geheime sleutelbestand van de vertrouwenshouder.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A part for HR in this release is damaged; nothing was written.</source>
        <translation>Een deel voor HR in deze vrijgave is beschadigd; er is niets geschreven.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This release is too large for one file (%1 KB).</source>
        <translation>Deze vrijgave is te groot voor één bestand (%1 KB).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This release is not signed by the custodian of %1 (%2), or it was changed after signing.</source>
        <translation>Deze vrijgave is niet ondertekend door de vertrouwenshouder van %1 (%2), of ze is na het ondertekenen veranderd.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This release is for another school (%1).</source>
        <translation>Deze vrijgave is van een andere school (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This release was made with profile version %1, not version %2.</source>
        <translation>Deze vrijgave is gemaakt met profielversie %1, niet met versie %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This release lists a contribution twice or out of order; it was not made by Kernwijzer.</source>
        <translation>Deze vrijgave noemt een bijdrage twee keer of in de verkeerde volgorde; ze is niet door Kernwijzer gemaakt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This release shows a group smaller than the school&apos;s minimum; it is refused.</source>
        <translation>Deze vrijgave toont een groep die kleiner is dan het minimum van de school; ze wordt geweigerd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This release withholds a figure for a reason only HR can give; it is refused.</source>
        <translation>Deze vrijgave houdt een cijfer achter om een reden die alleen HR kan geven; ze wordt geweigerd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This release holds a part that is not sealed to HR&apos;s key.</source>
        <translation>Deze vrijgave bevat een deel dat niet met de sleutel van HR is verzegeld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This release holds %1 parts for HR for %2 contributions.</source>
        <translation>Deze vrijgave bevat %1 delen voor HR bij %2 bijdragen.</translation>
    </message>
    <message>
        <location filename="../../core/hr/release_import.cpp" line="+46"/>
        <source>This release was made with version %1 of the school profile, which this database does not have yet. Import that profile first (--profile).</source>
        <translation>Deze vrijgave is gemaakt met versie %1 van het schoolprofiel, die deze database nog niet heeft. Importeer eerst dat profiel (--profile).</translation>
    </message>
    <message>
        <location filename="../../core/school/release_check.cpp" line="+33"/>
        <source>A release is opened with HR&apos;s secret key file of this school.</source>
        <translation>Een vrijgave wordt geopend met het geheime HR-sleutelbestand van deze school.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is release %1 of %2, but the next one expected is %3.</source>
        <translation>Dit is vrijgave %1 van %2, maar de volgende die verwacht wordt is %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This re-release of %1 adds no contribution to the earlier one; it is refused.</source>
        <translation>Deze nieuwe vrijgave van %1 voegt geen bijdrage toe aan de eerdere; ze wordt geweigerd.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A part for HR in this release is not the contribution the release lists; the release is refused.</source>
        <translation>Een deel voor HR in deze vrijgave is niet de bijdrage die de vrijgave noemt; de vrijgave wordt geweigerd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This release drops or changes a contribution of an earlier release of %1; it is refused.</source>
        <translation>Deze vrijgave laat een bijdrage uit een eerdere vrijgave van %1 weg of verandert die; ze wordt geweigerd.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This release counts other groups than its own parts show; it is refused.</source>
        <translation>Deze vrijgave telt andere groepen dan haar eigen delen laten zien; ze wordt geweigerd.</translation>
    </message>
    <message>
        <location filename="../../core/school/release_maker.cpp" line="+57"/>
        <source>A contribution of an earlier release of %1 is missing or changed in this database; no release was made.</source>
        <translation>Een bijdrage uit een eerdere vrijgave van %1 ontbreekt of is veranderd in deze database; er is geen vrijgave gemaakt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was released already and no contribution arrived since; there is nothing to release again.</source>
        <translation>%1 is al vrijgegeven en sindsdien is er geen bijdrage binnengekomen; er valt niets opnieuw vrij te geven.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A contribution for another period or layout was offered for %1.</source>
        <translation>Voor %1 werd een bijdrage van een andere periode of indeling aangeboden.</translation>
    </message>
    <message>
        <location filename="../../core/school/release_plan.cpp" line="+70"/>
        <source>A contribution names a team, role or age band that the school profile does not have, or follows another layout.</source>
        <translation>Een bijdrage noemt een team, rol of leeftijdsgroep die niet in het schoolprofiel staat, of volgt een andere indeling.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>There is nothing to release.</source>
        <translation>Er is niets om vrij te geven.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/check_file.cpp" line="+31"/>
        <source>This file is for another school.</source>
        <translation>Dit bestand is voor een andere school.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file was made with profile version %1, not version %2.</source>
        <translation>Dit bestand is gemaakt met profielversie %1, niet met versie %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>HR&apos;s part checks out.</source>
        <translation>Het deel voor HR klopt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HR could not open its part: the file was damaged on the way or not made for this school. The teacher can export it again.</source>
        <translation>HR kon zijn deel niet openen: het bestand is onderweg beschadigd of niet voor deze school gemaakt. De leraar kan het opnieuw exporteren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HR&apos;s part is not signed by the teacher&apos;s device or does not belong to this contribution. The teacher can export it again.</source>
        <translation>Het deel voor HR is niet ondertekend door het apparaat van de leraar of hoort niet bij deze bijdrage. De leraar kan het opnieuw exporteren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HR&apos;s part belongs to another file of this teacher (a mixed copy). The teacher can export it again.</source>
        <translation>Het deel voor HR hoort bij een ander bestand (een gemengde kopie). De leraar kan het opnieuw exporteren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A check request is signed with the custodian&apos;s secret key file.</source>
        <translation>Een controleverzoek wordt ondertekend met het geheime sleutelbestand van de vertrouwenshouder.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This check request is too large for one file (%1 KB).</source>
        <translation>Dit controleverzoek is te groot voor één bestand (%1 KB).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This check request is not signed by the custodian of %1 (%2), or it was changed after signing.</source>
        <translation>Dit controleverzoek is niet ondertekend door de vertrouwenshouder van %1 (%2), of het is na ondertekening gewijzigd.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This check request lists a contribution twice or out of order; it was not made by Kernwijzer.</source>
        <translation>Dit controleverzoek noemt een bijdrage twee keer of in de verkeerde volgorde; het is niet door Kernwijzer gemaakt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A check answer is signed with HR&apos;s secret key file.</source>
        <translation>Een controle-uitslag wordt ondertekend met het geheime sleutelbestand van HR.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This check answer is too large for one file (%1 KB).</source>
        <translation>Deze controle-uitslag is te groot voor één bestand (%1 KB).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This check answer is not signed by HR of %1 (%2), or it was changed after signing.</source>
        <translation>Deze controle-uitslag is niet ondertekend door HR van %1 (%2), of ze is na ondertekening gewijzigd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This check answer judges a contribution twice or out of order; it was not made by Kernwijzer.</source>
        <translation>Deze controle-uitslag beoordeelt een bijdrage twee keer of in de verkeerde volgorde; ze is niet door Kernwijzer gemaakt.</translation>
    </message>
    <message>
        <location filename="../../core/hr/check_answer.cpp" line="+18"/>
        <source>This check request was made with version %1 of the school profile, which this database does not have yet. Import that profile first (--profile).</source>
        <translation>Dit controleverzoek is gemaakt met versie %1 van het schoolprofiel, die deze database nog niet heeft. Importeer eerst dat profiel (--profile).</translation>
    </message>
    <message>
        <location filename="../../core/school/hr_part.cpp" line="+17"/>
        <source>A part for HR does not open with your key, or it was changed.</source>
        <translation>Een deel voor HR gaat niet open met uw sleutel, of het is gewijzigd.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A part for HR belongs to another school, period or group.</source>
        <translation>Een deel voor HR hoort bij een andere school, periode of groep.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A check request is answered with HR&apos;s secret key file of this school.</source>
        <translation>Een controleverzoek wordt beantwoord met het geheime sleutelbestand van HR van deze school.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/metric_values.cpp" line="+117"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../core/exchange/aggregate_file.cpp" line="+33"/>
        <source>The school profile in this aggregate does not check out: %1</source>
        <translation>Het schoolprofiel in dit aggregaat klopt niet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The school profile in this aggregate is not signed by both HR and the custodian; it cannot vouch for the school&apos;s HR key.</source>
        <translation>Het schoolprofiel in dit aggregaat is niet door zowel HR als de vertrouwenshouder ondertekend; het kan niet instaan voor de HR-sleutel van de school.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This aggregate holds a sum no group of its size can reach; it is refused.</source>
        <translation>Dit aggregaat bevat een som die geen groep van die grootte kan halen; het wordt geweigerd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An aggregate is signed with the secret key file of the school&apos;s HR.</source>
        <translation>Een aggregaat wordt ondertekend met het geheime sleutelbestand van HR van de school.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This aggregate is too large for one file (%1 KB).</source>
        <translation>Dit aggregaat is te groot voor één bestand (%1 KB).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The aggregate was not written: %1</source>
        <translation>Het aggregaat is niet geschreven: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This aggregate is not signed by a school&apos;s HR, or it was changed after signing.</source>
        <translation>Dit aggregaat is niet ondertekend door HR van een school, of het is na ondertekening veranderd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This aggregate is signed with key %1, not with the HR key of %2 (%3) that its co-signed profile names.</source>
        <translation>Dit aggregaat is ondertekend met sleutel %1, niet met de HR-sleutel van %2 (%3) die het mede-ondertekende profiel noemt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This aggregate names another school or profile version than the profile it carries.</source>
        <translation>Dit aggregaat noemt een andere school of profielversie dan het profiel dat het bevat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This aggregate shows a group smaller than the school&apos;s minimum; it is refused.</source>
        <translation>Dit aggregaat toont een groep die kleiner is dan het minimum van de school; het wordt geweigerd.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/new_key_files.cpp" line="-24"/>
        <source>A key needs the holder&apos;s name, as teachers will see it.</source>
        <translation>Een sleutel heeft de naam van de houder nodig, zoals leraren die zien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name and role may not hold control characters, invisible characters or &lt; &gt;: every reader of the key file would refuse it.</source>
        <translation>Naam en rol mogen geen stuurtekens, onzichtbare tekens of &lt; &gt; bevatten: elke lezer van het sleutelbestand zou het weigeren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name and role have at most %1 characters each.</source>
        <translation>Naam en rol hebben elk hoogstens %1 tekens.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 exists already; keys are never overwritten.</source>
        <translation>%1 bestaat al; sleutels worden nooit overschreven.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/profile_signing.cpp" line="-52"/>
        <source>This is not a custodian&apos;s key file: the custodian names the profile with their public key file (.kwsleutel.pub).</source>
        <translation>Dit is geen sleutelbestand van een vertrouwenshouder: gebruik het publieke sleutelbestand van de vertrouwenshouder (.kwsleutel.pub).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This is not a leader&apos;s key file: a leader makes one in the app (role Team leader, Key) and gives HR the public key file (.kwsleutel.pub).</source>
        <translation>Dit is geen sleutelbestand van een leidinggevende: een leidinggevende maakt er een in de app (rol Leidinggevende, Sleutel) en geeft HR het openbare sleutelbestand (.kwsleutel.pub).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This leader&apos;s public key file was made by an older version of Kernwijzer and does not pair its keys yet: ask the leader to save their public key file (.kwsleutel.pub) again.</source>
        <translation>Het openbare sleutelbestand van deze leidinggevende is gemaakt met een oudere versie van Kernwijzer en koppelt de sleutels nog niet: vraag de leidinggevende het openbare sleutelbestand (.kwsleutel.pub) opnieuw op te slaan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This key is HR&apos;s or the custodian&apos;s; a leader needs a key of their own.</source>
        <translation>Deze sleutel is van HR of de vertrouwenshouder; een leidinggevende heeft een eigen sleutel nodig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already listed with this key.</source>
        <translation>%1 staat al in de lijst met deze sleutel.</translation>
    </message>
</context>
<context>
    <name>kw::ExchangeService</name>
    <message>
        <location filename="../services/exchange_service.cpp" line="+18"/>
        <source>Rather not say</source>
        <translation>Zeg ik liever niet</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>The secret this device derives your contributions&apos; ids from is kept in your system&apos;s keychain. A copy of your journal file alone does not reveal it.</source>
        <translation>Het geheim waarmee dit apparaat de kenmerken van je bijdragen maakt, staat in de sleutelhanger van je systeem. Een kopie van alleen je dagboekbestand verraadt het niet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret this device derives your contributions&apos; ids from is kept in this journal, because no system keychain could be reached. Whoever gets a copy of your journal file can tell which contributions came from this device. At a next export it moves to the keychain, when one can be reached.</source>
        <translation>Het geheim waarmee dit apparaat de kenmerken van je bijdragen maakt, staat in dit dagboek, omdat er geen sleutelhanger van je systeem bereikbaar was. Wie een kopie van je dagboekbestand krijgt, kan zien welke bijdragen van dit apparaat komen. Bij een volgende export gaat het naar de sleutelhanger, als die dan bereikbaar is.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your first export makes the secret this device derives your contributions&apos; ids from. It is kept in your system&apos;s keychain, or in this journal when no keychain can be reached.</source>
        <translation>Je eerste export maakt het geheim waarmee dit apparaat de kenmerken van je bijdragen maakt. Het komt in de sleutelhanger van je systeem, of in dit dagboek als er geen sleutelhanger bereikbaar is.</translation>
    </message>
    <message numerus="yes">
        <location line="-276"/>
        <source>%n staff</source>
        <translation>
            <numerusform>%n collega</numerusform>
            <numerusform>%n collega&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::FigureLabels</name>
    <message>
        <location filename="../hr/figure_labels.cpp" line="+41"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>95 %-interval %1–%2 %</source>
        <translation>95 %-interval %1–%2 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95 %-interval %1–%2</source>
        <translation>95 %-interval %1–%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1%2 points</source>
        <translation>%1%2 procentpunt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 since %2: a real change</source>
        <translation>%1 sinds %2: een echte verandering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 since %2: within the margin, no real change</source>
        <translation>%1 sinds %2: binnen de marge, geen echte verandering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No earlier period to compare with.</source>
        <translation>Geen eerdere periode om mee te vergelijken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not comparable: withheld in %1.</source>
        <translation>Niet te vergelijken: achtergehouden in %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not compared: too few figures for a test.</source>
        <translation>Niet vergeleken: te weinig cijfers voor een toets.</translation>
    </message>
</context>
<context>
    <name>kw::HoursLedgerModel</name>
    <message>
        <location filename="../teacher/pop/hours_ledger_model.cpp" line="+135"/>
        <source>Enter hours as a number, such as 2, 1,5 or 1:30.</source>
        <translation>Vul uren in als getal, zoals 2, 1,5 of 1:30.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter your FTE as a number, such as 0,8 or 1.</source>
        <translation>Vul je FTE in als getal, zoals 0,8 of 1.</translation>
    </message>
</context>
<context>
    <name>kw::Hr</name>
    <message>
        <location filename="../../core/hr/cell_figure.cpp" line="+11"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <location filename="../../core/hr/hr_report.cpp" line="+184"/>
        <source>Not shown: the release has no count of the check-ins that asked this question, so no share can be given.</source>
        <translation>Niet getoond: de vrijgave telt niet hoeveel check-ins deze vraag stelden, dus er is geen aandeel te geven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withheld in every school that has this figure.</source>
        <translation>Achtergehouden door elke school die dit cijfer heeft.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <location filename="../../core/hr/hr_schema.cpp" line="+113"/>
        <source>%1 is not a Kernwijzer HR database.</source>
        <translation>%1 is geen HR-database van Kernwijzer.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>There is no HR database at %1.</source>
        <translation>Er is geen HR-database op %1.</translation>
    </message>
    <message>
        <location filename="../../core/hr/hr_store.cpp" line="+23"/>
        <source>A part of the release has no valid submission id or revision.</source>
        <translation>Een deel in de vrijgave heeft geen geldige inzendings-id of revisie.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This profile is not signed by both HR and the custodian yet; HR works only with the co-signed profile.</source>
        <translation>Dit profiel is nog niet door zowel HR als de vertrouwenshouder ondertekend; HR werkt alleen met het mede-ondertekende profiel.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This HR database is for school %1; the profile is of %2.</source>
        <translation>Deze HR-database is van school %1; het profiel is van %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another profile with version %1 is stored already; a new profile needs a new version.</source>
        <translation>Er is al een ander profiel met versie %1 bewaard; een nieuw profiel heeft een nieuwe versie nodig.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Profile version %1 is not in this HR database.</source>
        <translation>Profielversie %1 staat niet in deze HR-database.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The stored profile version %1 is no longer signed by both key holders.</source>
        <translation>De bewaarde profielversie %1 is niet meer door beide sleutelhouders ondertekend.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a period.</source>
        <translation>&quot;%1&quot; is geen periode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The release has no valid file hash.</source>
        <translation>De vrijgave heeft geen geldige bestandshash.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The release follows profile version %1, which is not in this HR database; add that profile first.</source>
        <translation>De vrijgave volgt profielversie %1, die niet in deze HR-database staat; voeg dat profiel eerst toe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The release is of school %1; this HR database is for %2.</source>
        <translation>De vrijgave is van school %1; deze HR-database is van %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This release was imported already (release %1 of %2).</source>
        <translation>Deze vrijgave is al ingelezen (vrijgave %1 van %2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Period %1 expects release %2 next, not release %3.</source>
        <translation>Voor periode %1 is vrijgave %2 aan de beurt, niet vrijgave %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A part of the release changes a contribution stored with an earlier release of %1; once released, a contribution is frozen.</source>
        <translation>Een deel in de vrijgave wijzigt een bijdrage die met een eerdere vrijgave van %1 is bewaard; een vrijgegeven bijdrage ligt vast.</translation>
    </message>
    <message>
        <location filename="../../core/hr/figure_rows.cpp" line="+17"/>
        <source>A figure names no metric.</source>
        <translation>Een cijfer noemt geen maat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A school figure names a cell (%1).</source>
        <translation>Een cijfer van de school noemt een groep (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A withheld figure (%1) carries a count or a sum; neither is ever stored.</source>
        <translation>Een achtergehouden cijfer (%1) bevat een aantal of een som; geen van beide wordt ooit bewaard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A released figure (%1) has fewer contributors than any school&apos;s minimum group size.</source>
        <translation>Een vrijgegeven cijfer (%1) heeft minder deelnemers dan de kleinste groep die een school toestaat.</translation>
    </message>
    <message>
        <location filename="../../core/hr/period_aggregate.cpp" line="+32"/>
        <location filename="../../core/hr/report_history.cpp" line="+36"/>
        <source>This HR database has no release of period %1.</source>
        <translation>Deze HR-database heeft geen vrijgave van periode %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>HR&apos;s database lacks figure %1 of %2 %3 in release %4 of %5; no aggregate can be made of it.</source>
        <translation>In de HR-database ontbreekt cijfer %1 van %2 %3 in vrijgave %4 van %5; er kan geen aggregaat van worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../core/hr/release_advice.cpp" line="+11"/>
        <source>Do not use this file. Check that it is your school&apos;s release; if it is, ask the custodian to make it again and to send it to you directly. If that copy is refused too, compare the custodian&apos;s key fingerprint with the one in the school profile.</source>
        <translation>Gebruik dit bestand niet. Controleer of het de vrijgave van jouw school is; zo ja, vraag de vertrouwenshouder hem opnieuw te maken en rechtstreeks aan jou te sturen. Wordt ook die geweigerd, vergelijk dan de vingerafdruk van de sleutel van de vertrouwenshouder met die in het schoolprofiel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check that HR&apos;s key is unlocked, and import the releases of a period in order, the first one first; the custodian can tell you which there are.</source>
        <translation>Controleer of de sleutel van HR ontgrendeld is, en lees de vrijgaven van een periode op volgorde in, de eerste eerst; de vertrouwenshouder weet welke er zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the school profile version the release names first, then this release again.</source>
        <translation>Lees eerst de versie van het schoolprofiel in die de vrijgave noemt, en daarna deze vrijgave opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The school profile has expired: HR and the custodian sign a new one first.</source>
        <translation>Het schoolprofiel is verlopen: HR en de vertrouwenshouder ondertekenen eerst een nieuw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was imported. Make sure HR&apos;s database can be written (free disk space, no other program using it) and try again.</source>
        <translation>Er is niets ingelezen. Zorg dat de database van HR beschreven kan worden (vrije schijfruimte, geen ander programma dat hem gebruikt) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is damaged or not a release: ask the custodian to send it again.</source>
        <translation>Het bestand is beschadigd of geen vrijgave: vraag de vertrouwenshouder het opnieuw te sturen.</translation>
    </message>
    <message>
        <location filename="../../core/hr/report_csv.cpp" line="+55"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Release</source>
        <translation>Vrijgave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breakdown</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cell id</source>
        <translation>Groep-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metric id</source>
        <translation>Cijfer-id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metric</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standard deviation</source>
        <translation>Standaardafwijking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% interval, low</source>
        <translation>95%-interval, onder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95% interval, high</source>
        <translation>95%-interval, boven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withheld</source>
        <translation>Achtergehouden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason withheld</source>
        <translation>Reden achtergehouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason id</source>
        <translation>Reden-id</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/hr/participation.cpp" line="+41"/>
        <source>%n contribution(s) this period; the profile gives no staff count to compare it with.</source>
        <translation>
            <numerusform>%n bijdrage deze periode; het profiel noemt geen aantal medewerkers om mee te vergelijken.</numerusform>
            <numerusform>%n bijdragen deze periode; het profiel noemt geen aantal medewerkers om mee te vergelijken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contributions from %2 staff: %3 took part.</source>
        <translation>%1 bijdragen van %2 medewerkers: %3 deed mee.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are more contributions than the profile has staff: its staff counts are out of date.</source>
        <translation>Er zijn meer bijdragen dan het profiel medewerkers telt: de personeelsaantallen zijn verouderd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fewer than %1 of the staff took part: read the figures as those of the colleagues who did, not of the whole school.</source>
        <translation>Minder dan %1 van het personeel deed mee: lees de cijfers als die van de collega&apos;s die meededen, niet van de hele school.</translation>
    </message>
</context>
<context>
    <name>kw::HrExport</name>
    <message>
        <location filename="../hr/hr_export.cpp" line="+67"/>
        <source>Vitality %1 %2.pdf</source>
        <extracomment>File name of HR&apos;s PDF report; %1 the school, %2 the period (&quot;sep–okt 2026&quot;).</extracomment>
        <translation>Vitaliteit %1 %2.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures %1 %2.csv</source>
        <extracomment>File name of HR&apos;s CSV export; %1 the school, %2 the period or empty for all.</extracomment>
        <translation>Cijfers %1 %2.csv</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>HR&apos;s database is not open.</source>
        <translation>De database van HR is niet open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save the file.</source>
        <translation>Kies waar het bestand moet komen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is HR&apos;s database itself; choose another file.</source>
        <translation>Dat is de database van HR zelf; kies een ander bestand.</translation>
    </message>
</context>
<context>
    <name>kw::HrHeatmapModel</name>
    <message>
        <location filename="../hr/hr_heatmap_model.cpp" line="+90"/>
        <source>No figure in this period&apos;s release.</source>
        <translation>Geen cijfer in de vrijgave van deze periode.</translation>
    </message>
</context>
<context>
    <name>kw::HrKernwaardenModel</name>
    <message>
        <location filename="../hr/hr_kernwaarden_model.cpp" line="+84"/>
        <source>No figure in this period&apos;s release.</source>
        <translation>Geen cijfer in de vrijgave van deze periode.</translation>
    </message>
</context>
<context>
    <name>kw::HrOverviewModel</name>
    <message>
        <location filename="../hr/hr_overview_model.cpp" line="+58"/>
        <source>No figure in this period&apos;s release.</source>
        <translation>Geen cijfer in de vrijgave van deze periode.</translation>
    </message>
</context>
<context>
    <name>kw::HrSourcesModel</name>
    <message>
        <location filename="../hr/hr_sources_model.cpp" line="+99"/>
        <location line="+55"/>
        <source>No figure in this period&apos;s release.</source>
        <translation>Geen cijfer in de vrijgave van deze periode.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Share of %1 check-ins by %2 colleagues.</source>
        <translation>Aandeel van %1 check-ins door %2 collega&apos;s.</translation>
    </message>
</context>
<context>
    <name>kw::HrTrendChart</name>
    <message>
        <location filename="../hr/hr_trend_chart.cpp" line="+46"/>
        <source>mean</source>
        <translation>gemiddelde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: share at or below the cut-offs</source>
        <translation>%1: aandeel op of onder de grenzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of colleagues</source>
        <translation>% van de collega&apos;s</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reflections per kernwaarde</source>
        <translation>Reflecties per kernwaarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reflections per colleague</source>
        <translation>reflecties per collega</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No figure in this period&apos;s release.</source>
        <translation>Geen cijfer in de vrijgave van deze periode.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1: no figure in this period&apos;s release.</source>
        <translation>%1: geen cijfer in de vrijgave van deze periode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not released. %2</source>
        <translation>%1: niet vrijgegeven. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 (%3%4)</source>
        <translation>%1: %2 (%3%4)</translation>
    </message>
</context>
<context>
    <name>kw::InboxImport</name>
    <message>
        <location filename="../custodian/inbox_import.cpp" line="+60"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not kept</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled after %1 of %2 files. The %3 files kept until then stay kept; choose the folder again to import the rest (files kept already are recognised).</source>
        <translation>Geannuleerd na %1 van %2 bestanden. De %3 bestanden die tot dan bewaard zijn, blijven bewaard; kies de map opnieuw om de rest in te lezen (al bewaarde bestanden worden herkend).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 files read: %2 kept, %3 not kept.</source>
        <translation>%1 bestanden gelezen: %2 bewaard, %3 niet bewaard.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An import is running already; wait for it or cancel it.</source>
        <translation>Er loopt al een import; wacht erop of annuleer hem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The custodian&apos;s desk is not available.</source>
        <translation>De werkplek van de vertrouwenshouder is niet beschikbaar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a file on this computer.</source>
        <translation>%1 is geen bestand op deze computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No files or folders were given.</source>
        <translation>Er zijn geen bestanden of mappen gekozen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The custodian&apos;s database cannot be opened: %1</source>
        <translation>De database van de vertrouwenshouder kan niet worden geopend: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock the custodian&apos;s key first (under Keys): only it opens the teachers&apos; files.</source>
        <translation>Ontgrendel eerst de sleutel van de vertrouwenshouder (onder Sleutels): alleen die opent de bestanden van de leraren.</translation>
    </message>
</context>
<context>
    <name>kw::Journal</name>
    <message>
        <location filename="../../core/journal/journal_store.cpp" line="+25"/>
        <source>This reflection no longer exists.</source>
        <translation>Deze reflectie bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>kw::JournalService</name>
    <message>
        <location filename="../services/journal_service.cpp" line="+71"/>
        <source>That is your journal itself; choose another file.</source>
        <translation>Dat is je dagboek zelf; kies een ander bestand.</translation>
    </message>
</context>
<context>
    <name>kw::LeaderConversationModel</name>
    <message>
        <location filename="../leader/leader_conversation_model.cpp" line="+58"/>
        <source>Tomorrow: the waarderingsgesprek with %1. Read the preparation today.</source>
        <translation>Morgen: het waarderingsgesprek met %1. Lees vandaag de voorbereiding.</translation>
    </message>
</context>
<context>
    <name>kw::LeaderProfile</name>
    <message>
        <location filename="../leader/leader_profile.cpp" line="+88"/>
        <source>Open or unlock your key first (under Key): the profile must list it.</source>
        <translation>Open of ontgrendel eerst je sleutel (onder Sleutel): die moet in het profiel staan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile of %1 (version %2) does not list your key yet (%3). Give HR the .pub file of your key: HR adds you as the leader of your teams, the custodian co-signs, and you install that new version here.</source>
        <translation>Dit profiel van %1 (versie %2) noemt je sleutel nog niet (%3). Geef HR het .pub-bestand van je sleutel: HR voegt je toe als leidinggevende van je teams, de vertrouwenshouder ondertekent mee, en jij installeert die nieuwe versie hier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Version %1 of %2 was installed already.</source>
        <translation>Versie %1 van %2 was al geïnstalleerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 of %2 installed: you are listed as leader %3.</source>
        <translation>Versie %1 van %2 geïnstalleerd: je staat erin als leidinggevende %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop the school&apos;s co-signed profile (.kwprofiel).</source>
        <translation>Sleep het medeondertekende profiel van de school (.kwprofiel) hierheen.</translation>
    </message>
</context>
<context>
    <name>kw::LeaderReminder</name>
    <message>
        <location filename="../leader/leader_reminder.cpp" line="+48"/>
        <source>Tomorrow you have a waarderingsgesprek. Read the teacher&apos;s preparation in Kernwijzer.</source>
        <translation>Morgen heb je een waarderingsgesprek. Lees de voorbereiding van de leraar in Kernwijzer.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tomorrow you have %n waarderingsgesprekken. Read the preparations in Kernwijzer.</source>
        <translation>
            <numerusform>Morgen heb je %n waarderingsgesprek. Lees de voorbereiding in Kernwijzer.</numerusform>
            <numerusform>Morgen heb je %n waarderingsgesprekken. Lees de voorbereidingen in Kernwijzer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwijzer</source>
        <translation>Kernwijzer</translation>
    </message>
</context>
<context>
    <name>kw::LockService</name>
    <message>
        <location filename="../services/lock_service.cpp" line="+164"/>
        <source>Unlock Kernwijzer</source>
        <translation>Kernwijzer ontgrendelen</translation>
    </message>
</context>
<context>
    <name>kw::PeriodRelease</name>
    <message>
        <location filename="../custodian/period_release.cpp" line="+71"/>
        <source>These contributions are too few to release any figure yet: nothing can be released. They wait until more colleagues have sent their file.</source>
        <translation>Deze bijdragen zijn nog te weinig om een cijfer vrij te geven: er kan niets worden vrijgegeven. Ze wachten tot meer collega&apos;s hun bestand hebben gestuurd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HR has not checked %1 of the %2 contributions yet. First send HR the check request and read HR&apos;s answer; then you can release.</source>
        <translation>HR heeft %1 van de %2 bijdragen nog niet gecontroleerd. Stuur HR eerst het controleverzoek en lees het antwoord van HR in; daarna kun je vrijgeven.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+164"/>
        <source>Unlock the custodian&apos;s key first (under Keys): the release is signed with it.</source>
        <translation>Ontgrendel eerst de sleutel van de vertrouwenshouder (onder Sleutels): de vrijgave wordt ermee ondertekend.</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>The custodian&apos;s database cannot be opened: %1</source>
        <translation>De database van de vertrouwenshouder kan niet worden geopend: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No contributions yet. Import the teachers&apos; files in the Inbox first.</source>
        <translation>Nog geen bijdragen. Lees eerst de bestanden van de leraren in via de Inbox.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Unlock the custodian&apos;s key first (under Keys): the check request is signed with it.</source>
        <translation>Ontgrendel eerst de sleutel van de vertrouwenshouder (onder Sleutels): het controleverzoek wordt ermee ondertekend.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1: HR&apos;s check of %2 contributions of %3. Send it to HR; HR answers with a .kwuitslag file, which you read here.</source>
        <translation>%1 opgeslagen: de controle door HR van %2 bijdragen van %3. Stuur het naar HR; HR antwoordt met een .kwuitslag-bestand, dat je hier inleest.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No answer was chosen.</source>
        <translation>Er is geen antwoord gekozen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was not read: %2</source>
        <translation>%1 is niet ingelezen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: HR&apos;s answer for %2 recorded: %3 contributions check out, %4 refused (left out until the teacher sends the file again).</source>
        <translation>%1: antwoord van HR voor %2 vastgelegd: %3 bijdragen kloppen, %4 geweigerd (die blijven buiten tot de leraar het bestand opnieuw stuurt).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved %1: release %2 of %3. Send it to HR. Teachers&apos; files that arrive from now on wait for a re-release.</source>
        <translation>%1 opgeslagen: vrijgave %2 van %3. Stuur het naar HR. Bestanden van leraren die vanaf nu binnenkomen, wachten op een hervrijgave.</translation>
    </message>
</context>
<context>
    <name>kw::Pop</name>
    <message>
        <location filename="../../core/pop/hours_entry.cpp" line="+23"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer supervision</source>
        <translation>Intervisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer consultation</source>
        <translation>Collegiale consultatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study day</source>
        <translation>Studiedag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the date of the activity.</source>
        <translation>Kies de datum van de activiteit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a date in the school years %1 to %2.</source>
        <translation>Kies een datum in de schooljaren %1 tot en met %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a kind of professionalisation activity.</source>
        <translation>&quot;%1&quot; is geen soort professionaliseringsactiviteit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the activity in a few words.</source>
        <translation>Beschrijf de activiteit in een paar woorden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The description is %1 characters long; the limit is %2.</source>
        <translation>De beschrijving is %1 tekens lang; het maximum is %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours cannot be negative.</source>
        <translation>Uren kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the planned hours, the spent hours or both.</source>
        <translation>Vul de geplande uren, de bestede uren of allebei in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One activity can count for at most %1 hours.</source>
        <translation>Eén activiteit telt voor hoogstens %1 uur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The FTE must be more than 0 and at most 1.0.</source>
        <translation>De FTE moet meer dan 0 en hoogstens 1,0 zijn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a birth year from 1930 to %1.</source>
        <translation>Vul een geboortejaar in van 1930 tot en met %1.</translation>
    </message>
    <message>
        <location filename="../../core/pop/hours_store.cpp" line="+21"/>
        <source>This hours entry no longer exists.</source>
        <translation>Deze urenregel bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location filename="../../core/pop/pop_rules.cpp" line="+95"/>
        <source>Choose a school year from %1 to %2.</source>
        <translation>Kies een schooljaar van %1 tot en met %2.</translation>
    </message>
    <message>
        <location filename="../../core/pop/pop_rules.cpp" line="-47"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go</source>
        <translation>Losgelaten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the goal a title.</source>
        <translation>Geef het doel een titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title is %1 characters long; the limit is %2. Shorten it; nothing has been lost.</source>
        <translation>De titel is %1 tekens lang; het maximum is %2. Maak hem korter; er is niets verloren gegaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link the goal to at least one kernwaarde.</source>
        <translation>Koppel het doel aan minstens één kernwaarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a kernwaarde of your school.</source>
        <translation>&quot;%1&quot; is geen kernwaarde van je school.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a theme of your school.</source>
        <translation>&quot;%1&quot; is geen thema van je school.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The success criteria are %1 characters long; the limit is %2.</source>
        <translation>De succescriteria zijn %1 tekens lang; het maximum is %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The target date %1 lies before the school year %2 begins.</source>
        <translation>De streefdatum %1 ligt vóór het begin van schooljaar %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the action a title.</source>
        <translation>Geef de actie een titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action is %1 characters long; the limit is %2.</source>
        <translation>De actie is %1 tekens lang; het maximum is %2.</translation>
    </message>
    <message>
        <location filename="../../core/pop/pop_store.cpp" line="+19"/>
        <source>This goal no longer exists.</source>
        <translation>Dit doel bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This action no longer exists.</source>
        <translation>Deze actie bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This reflection no longer exists.</source>
        <translation>Deze reflectie bestaat niet meer.</translation>
    </message>
    <message numerus="yes">
        <location line="+197"/>
        <source>This goal has %n linked reflection(s). Removing it keeps them in your journal; confirm to remove the goal. Nothing has been removed.</source>
        <translation>
            <numerusform>Dit doel heeft %n gekoppelde reflectie. Als je het verwijdert, blijft die in je dagboek; bevestig om het doel te verwijderen. Er is niets verwijderd.</numerusform>
            <numerusform>Dit doel heeft %n gekoppelde reflecties. Als je het verwijdert, blijven die in je dagboek; bevestig om het doel te verwijderen. Er is niets verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+117"/>
        <source>This reflection is not linked to this goal.</source>
        <translation>Deze reflectie is niet aan dit doel gekoppeld.</translation>
    </message>
</context>
<context>
    <name>kw::PopExport</name>
    <message>
        <location filename="../teacher/pop/pop_export.cpp" line="+58"/>
        <source>POP %1.pdf</source>
        <extracomment>File name of the exported POP; %1 is the school year, as 2026-2027.</extracomment>
        <translation>POP %1.pdf</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose where to save the PDF.</source>
        <translation>Kies waar de pdf moet komen.</translation>
    </message>
</context>
<context>
    <name>kw::PopReport</name>
    <message>
        <location filename="../../core/reports/pop_report.cpp" line="+51"/>
        <source>Evidence: no reflections linked yet.</source>
        <translation>Bewijs: nog geen reflecties gekoppeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence:</source>
        <translation>Bewijs:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why: %1</source>
        <translation>Waarom: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1 · school theme %2</source>
        <translation>Waarom: %1 · schoolthema %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success criteria: %1</source>
        <translation>Succescriteria: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target date: %1</source>
        <translation>Streefdatum: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress: %1 of %2 actions done · reflections as evidence: %3</source>
        <translation>Voortgang: %1 van %2 acties gedaan · reflecties als bewijs: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No actions yet.</source>
        <translation>Nog geen acties.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No FTE is set for %1, so this year brings no new hours.</source>
        <translation>Voor %1 is geen FTE ingevuld, dus dit jaar komen er geen nieuwe uren bij.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget %1: %2 hours at %3 FTE, including the extra hours from age %4.</source>
        <translation>Budget %1: %2 uur bij %3 FTE, inclusief de extra uren vanaf %4 jaar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget %1: %2 hours at %3 FTE.</source>
        <translation>Budget %1: %2 uur bij %3 FTE.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Professional development hours</source>
        <translation>Professionaliseringsuren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved from earlier years: %1 hours · available: %2 hours</source>
        <translation>Gespaard uit eerdere jaren: %1 uur · beschikbaar: %2 uur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned: %1 hours · spent: %2 hours · balance: %3 hours</source>
        <translation>Gepland: %1 uur · besteed: %2 uur · saldo: %3 uur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overspent: %1 hours more than were available.</source>
        <translation>Overschreden: %1 uur meer dan beschikbaar was.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours from %2 can be used until %3.</source>
        <translation>%1 uur uit %2 is te besteden tot %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No hours entries in this school year yet.</source>
        <translation>Nog geen uren in dit schooljaar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned (h)</source>
        <translation>Gepland (u)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spent (h)</source>
        <translation>Besteed (u)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Personal development plan %1</source>
        <translation>Persoonlijk ontwikkelplan %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goals in this school year yet.</source>
        <translation>Nog geen doelen in dit schooljaar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made with Kernwijzer on %1</source>
        <translation>Gemaakt met Kernwijzer op %1</translation>
    </message>
</context>
<context>
    <name>kw::PreparationEditor</name>
    <message>
        <location filename="../teacher/gesprek/preparation_editor.cpp" line="+121"/>
        <source>The leader of my team</source>
        <translation>De leidinggevende van mijn team</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This reflection no longer exists.</source>
        <translation>Deze reflectie bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>kw::PreparationPreviewModel</name>
    <message>
        <location filename="../teacher/gesprek/preparation_preview_model.cpp" line="+139"/>
        <source>Wellbeing (health data)</source>
        <translation>Welzijn (gezondheidsgegevens)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is nothing to send.</source>
        <translation>Er is niets om te versturen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 cannot be made. Choose another place.</source>
        <translation>De map %1 kan niet worden gemaakt. Kies een andere plek.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 Your preparation is kept: send it again to write the file.</source>
        <translation>%1 Je voorbereiding blijft bewaard: verstuur die opnieuw om het bestand op te slaan.</translation>
    </message>
</context>
<context>
    <name>kw::Privacy</name>
    <message>
        <location filename="../../core/privacy/release_rules.cpp" line="+93"/>
        <source>The minimum group size is below %1.</source>
        <translation>De minimale groepsgrootte is kleiner dan %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>A contributor count is negative.</source>
        <translation>Een aantal deelnemers is negatief.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The breakdown “%1” names the group “%2” twice.</source>
        <translation>De indeling “%1” noemt de groep “%2” twee keer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The groups of the breakdown “%1” add up to more contributors than the school has.</source>
        <translation>De groepen van de indeling “%1” tellen samen meer deelnemers dan de school heeft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The counts per combination of groups do not add up to the groups&apos; counts.</source>
        <translation>De aantallen per combinatie van groepen tellen niet op tot de aantallen van de groepen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The earlier release of this period has other groups than this one.</source>
        <translation>De eerdere vrijgave van deze periode heeft andere groepen dan deze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A group has fewer contributors than in the earlier release of this period.</source>
        <translation>Een groep heeft minder deelnemers dan in de eerdere vrijgave van deze periode.</translation>
    </message>
    <message>
        <location filename="../../core/privacy/withheld_reason.cpp" line="+11"/>
        <source>Released.</source>
        <translation>Vrijgegeven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withheld: fewer colleagues than the school&apos;s minimum group size.</source>
        <translation>Niet vrijgegeven: minder collega’s dan de minimale groepsgrootte van de school.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withheld to protect a smaller group: otherwise that group&apos;s figures could be worked out from the totals.</source>
        <translation>Niet vrijgegeven om een kleinere groep te beschermen: anders zijn de cijfers van die groep uit de totalen af te leiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withheld: too close in size to another group, so the difference between the two would show the figures of a few colleagues.</source>
        <translation>Niet vrijgegeven: te dicht bij de grootte van een andere groep, zodat het verschil tussen beide de cijfers van een paar collega’s zou laten zien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not updated: too few contributions arrived since the earlier release; they wait for the next one.</source>
        <translation>Niet bijgewerkt: sinds de eerdere vrijgave kwamen te weinig bijdragen binnen; die wachten op de volgende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withheld in the earlier release of this period, so it stays hidden.</source>
        <translation>Niet vrijgegeven in de eerdere vrijgave van deze periode, dus blijft verborgen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withheld: a contribution in this group holds an impossible value (damaged or forged), so its figure cannot be trusted.</source>
        <translation>Achtergehouden: een bijdrage in deze groep bevat een onmogelijke waarde (beschadigd of vervalst), dus het cijfer is niet te vertrouwen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withheld: together with the figures of another breakdown (teams and roles, say) it would show the figures of a few colleagues.</source>
        <translation>Achtergehouden: samen met de cijfers van een andere indeling (bijvoorbeeld teams en functies) zou het de cijfers van enkele collega&apos;s laten zien.</translation>
    </message>
</context>
<context>
    <name>kw::Profile</name>
    <message>
        <location filename="../../core/profile/profile_problems.cpp" line="+21"/>
        <source>The profile has an invalid id &quot;%1&quot; in %2.</source>
        <translation>Het profiel heeft een ongeldige id &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile has an item without a name in %1.</source>
        <translation>Het profiel heeft een onderdeel zonder naam in %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile names &quot;%1&quot; twice in %2.</source>
        <translation>Het profiel noemt &quot;%1&quot; twee keer in %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile has no school id or name.</source>
        <translation>Het profiel heeft geen school-id of naam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The school id &quot;%1&quot; may only hold a-z, 0-9, - and _ (at most 40).</source>
        <translation>De school-id ‘%1’ mag alleen a-z, 0-9, - en _ bevatten (hoogstens 40).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A school has 3 to 7 kernwaarden; this profile has %1.</source>
        <translation>Een school heeft 3 tot 7 kernwaarden; dit profiel heeft er %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kernwaarde &quot;%1&quot; has no colour.</source>
        <translation>Kernwaarde &quot;%1&quot; heeft geen kleur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the kernwaarden</source>
        <translation>de kernwaarden</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The profile has an invalid id &quot;%1&quot; in the leaders.</source>
        <translation>Het profiel heeft een ongeldige id &quot;%1&quot; bij de leidinggevenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile has a leader without a name.</source>
        <translation>Het profiel heeft een leidinggevende zonder naam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile names &quot;%1&quot; twice in the leaders.</source>
        <translation>Het profiel noemt &quot;%1&quot; twee keer bij de leidinggevenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leader &quot;%1&quot; holds conversations with team &quot;%2&quot;, which the profile does not have.</source>
        <translation>Leidinggevende &quot;%1&quot; voert gesprekken met team &quot;%2&quot;, dat het profiel niet heeft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A leader keeps what they hold about a teacher who left 1 to 10 years, not %1.</source>
        <translation>Een leidinggevende bewaart wat hij of zij over een vertrokken leraar heeft 1 tot 10 jaar, niet %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the themes</source>
        <translation>de thema&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the teams</source>
        <translation>de teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the roles</source>
        <translation>de rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the context tags</source>
        <translation>de contextlabels</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>the age bands</source>
        <translation>de leeftijdsgroepen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Age band &quot;%1&quot; must run from 14 to 99 at most, in ascending order without overlap.</source>
        <translation>Leeftijdsgroep &quot;%1&quot; moet binnen 14 tot 99 liggen, oplopend en zonder overlap.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Age band &quot;%1&quot; spans %2 years; every band spans at least %3, so that it never points at one person.</source>
        <translation>Leeftijdsgroep &quot;%1&quot; beslaat %2 jaar; elke groep beslaat minstens %3 jaar, zodat die nooit naar één persoon wijst.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>A period lasts 1, 2, 3, 4, 6 or 12 months, not %1.</source>
        <translation>Een periode duurt 1, 2, 3, 4, 6 of 12 maanden, niet %1.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>A group must have at least 5 people before its figures are shown.</source>
        <translation>Een groep moet minstens 5 mensen hebben voordat de cijfers worden getoond.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%1 &quot;%2&quot; has %3 staff; every team and role needs at least %4 (the profile&apos;s smallest group), else its cohort points at a few people. Merge it with another.</source>
        <translation>%1 &quot;%2&quot; heeft %3 medewerkers; elk team en elke rol heeft er minstens %4 nodig (de kleinste groep van het profiel), anders wijst die groep naar een paar mensen. Voeg het samen met een ander.</translation>
    </message>
    <message>
        <location filename="../../core/profile/hours_policy.cpp" line="+21"/>
        <source>The profile gives %1 professionalisation hours a year; allowed is 1 to 500.</source>
        <translation>Het profiel geeft %1 professionaliseringsuren per jaar; toegestaan is 1 tot en met 500.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile lets hours be saved for %1 years; allowed is 0 to 10.</source>
        <translation>Het profiel laat uren %1 jaar sparen; toegestaan is 0 tot en met 10.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile gives extra hours from age %1; allowed is 30 to 75, or 0 for none.</source>
        <translation>Het profiel geeft extra uren vanaf %1 jaar; toegestaan is 30 tot en met 75, of 0 voor geen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile&apos;s extra hours need an age from which they count and must lie between 0 and 500.</source>
        <translation>De extra uren in het profiel hebben een leeftijd nodig vanaf wanneer ze gelden en liggen tussen 0 en 500.</translation>
    </message>
    <message>
        <location filename="../../core/profile/profile_draft.cpp" line="+87"/>
        <source>The profile does not say where teachers send their files: give the custodian&apos;s contact (an e-mail address or upload page, at most 200 characters).</source>
        <translation>Het profiel zegt niet waar leraren hun bestanden naartoe sturen: geef het contactadres van de vertrouwenshouder (een e-mailadres of uploadpagina, hoogstens 200 tekens).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the last day the profile is valid: after it, teachers&apos; apps ask for a new one.</source>
        <translation>Geef de laatste dag waarop het profiel geldt: daarna vragen de apps van leraren om een nieuw profiel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end date lies in the past: no teacher&apos;s app would accept the profile.</source>
        <translation>De einddatum ligt in het verleden: geen app van een leraar zou het profiel accepteren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile does not name the custodian.</source>
        <translation>Het profiel noemt de vertrouwenshouder niet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile has no keys for the custodian yet: choose the custodian&apos;s public key file (.kwsleutel.pub).</source>
        <translation>Het profiel heeft nog geen sleutels van de vertrouwenshouder: kies het publieke sleutelbestand van de vertrouwenshouder (.kwsleutel.pub).</translation>
    </message>
</context>
<context>
    <name>kw::ProfileChanges</name>
    <message>
        <location filename="../../core/profile/profile_changes.cpp" line="+36"/>
        <source>%1: &quot;%2&quot; removed.</source>
        <translation>%1: ‘%2’ verwijderd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; renamed &quot;%3&quot;.</source>
        <translation>%1: ‘%2’ heet nu ‘%3’.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; added.</source>
        <translation>%1: ‘%2’ toegevoegd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: in another order.</source>
        <translation>%1: in een andere volgorde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 (was %3).</source>
        <translation>%1: %2 (was %3).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: &quot;%2&quot; now has %3 staff (was %4).</source>
        <translation>%1: ‘%2’ heeft nu %3 medewerkers (was %4).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the description of &quot;%2&quot; changes.</source>
        <translation>%1: de beschrijving van ‘%2’ verandert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; gets another colour.</source>
        <translation>%1: ‘%2’ krijgt een andere kleur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; now runs from %3 to %4 (was %5 to %6).</source>
        <translation>%1: ‘%2’ loopt nu van %3 tot en met %4 (was %5 tot en met %6).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1, key %2</source>
        <translation>%1, sleutel %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no end date</source>
        <translation>geen einddatum</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Questionnaire &quot;%1&quot; added.</source>
        <translation>Vragenlijst ‘%1’ toegevoegd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questionnaire &quot;%1&quot;: version %2 (was %3).</source>
        <translation>Vragenlijst ‘%1’: versie %2 (was %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Questionnaire &quot;%1&quot; removed.</source>
        <translation>Vragenlijst ‘%1’ verwijderd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The questionnaires&apos; wording, order or scoring changes.</source>
        <translation>De tekst, volgorde of scoring van de vragenlijsten verandert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lists of what brings joy and where werkdruk comes from change.</source>
        <translation>De lijsten van waar je blij van wordt en waar werkdruk vandaan komt veranderen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Support contacts: %1 added.</source>
        <translation>Steunpunten: %1 toegevoegd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support contacts: %1 is now reached at &quot;%2&quot;.</source>
        <translation>Steunpunten: %1 is nu bereikbaar via ‘%2’.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support contacts: %1 removed.</source>
        <translation>Steunpunten: %1 verwijderd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Professionalisation hours a year (full time)</source>
        <translation>Professionaliseringsuren per jaar (voltijds)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years unspent hours stay usable</source>
        <translation>Jaren dat ongebruikte uren bruikbaar blijven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age from which extra hours count (0: none)</source>
        <translation>Leeftijd vanaf wanneer extra uren gelden (0: geen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra hours a year</source>
        <translation>Extra uren per jaar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HR signs with another key: %1 (was %2).</source>
        <translation>HR ondertekent met een andere sleutel: %1 (was %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HR is now named %1.</source>
        <translation>HR heet nu %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another custodian: %1 (was %2).</source>
        <translation>Een andere vertrouwenshouder: %1 (was %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The custodian is now named %1.</source>
        <translation>De vertrouwenshouder heet nu %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teachers send their files to &quot;%1&quot; (was &quot;%2&quot;).</source>
        <translation>Leraren sturen hun bestanden naar ‘%1’ (was ‘%2’).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new handover, signed on %1: %2 hands over to %3.</source>
        <translation>Een nieuwe overdracht, ondertekend op %1: %2 draagt over aan %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new handover that cannot be read: %1</source>
        <translation>Een nieuwe overdracht die niet te lezen is: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leader %1 has another signing key: %2 (was %3).</source>
        <translation>Leidinggevende %1 heeft een andere ondertekensleutel: %2 (was %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leader %1 has another sealing key, which preparations are sealed to: %2 (was %3).</source>
        <translation>Leidinggevende %1 heeft een andere verzegelsleutel, waarvoor voorbereidingen worden verzegeld: %2 (was %3).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no team yet</source>
        <translation>nog geen team</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new leader: %1 for %2.</source>
        <translation>Een nieuwe leidinggevende: %1 voor %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leader %1 is now named %2.</source>
        <translation>Leidinggevende %1 heet nu %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leader %1 now holds conversations with %2.</source>
        <translation>Leidinggevende %1 voert nu gesprekken met %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leader %1 is no longer listed.</source>
        <translation>Leidinggevende %1 staat niet meer in de lijst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years a leader keeps what they hold about a teacher who left</source>
        <translation>Jaren dat een leidinggevende bewaart wat hij of zij heeft over een vertrokken leraar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The school&apos;s name: &quot;%1&quot; (was &quot;%2&quot;).</source>
        <translation>Naam van de school: ‘%1’ (was ‘%2’).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The school&apos;s id: %1 (was %2); teachers&apos; apps treat it as another school.</source>
        <translation>Id van de school: %1 (was %2); de apps van leraren zien dit als een andere school.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kernwaarden</source>
        <translation>Kernwaarden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Functies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context tags</source>
        <translation>Contextlabels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age bands</source>
        <translation>Leeftijdsgroepen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period length in months</source>
        <translation>Periodelengte in maanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest group for wellbeing figures (k)</source>
        <translation>Kleinste groep voor welzijnscijfers (k)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest group for counts (k)</source>
        <translation>Kleinste groep voor tellingen (k)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid until %1 (was %2).</source>
        <translation>Geldig tot en met %1 (was %2).</translation>
    </message>
</context>
<context>
    <name>kw::ProfileCoSigning</name>
    <message>
        <location filename="../custodian/profile_cosigning.cpp" line="+148"/>
        <source>Drop the school profile file (.kwprofiel) HR gave you.</source>
        <translation>Sleep het schoolprofiel (.kwprofiel) dat je van HR kreeg hierheen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unlock your key first (Keys): co-signing uses it.</source>
        <translation>Ontgrendel eerst je sleutel (Sleutels): daarmee onderteken je mee.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Co-signed and kept, but the file could not be written: %1</source>
        <translation>Medeondertekend en bewaard, maar het bestand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1 of %2 co-signed and written to %3. Give it back to HR, who publishes it to the teachers with the verification code.</source>
        <translation>Versie %1 van %2 is medeondertekend en opgeslagen als %3. Geef het terug aan HR, die het met de verificatiecode voor de leraren publiceert.</translation>
    </message>
</context>
<context>
    <name>kw::ProfileEditor</name>
    <message>
        <location filename="../hr/profile_editor.cpp" line="+110"/>
        <source>Version %1 of your school&apos;s profile, as the custodian co-signed it. Your changes become version %2.</source>
        <translation>Versie %1 van het profiel van je school, zoals de vertrouwenshouder het medeondertekende. Je wijzigingen worden versie %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A template (the demo school&apos;s kernwaarden and questionnaires): give your school&apos;s name and id, its own kernwaarden, teams and roles, and choose the custodian&apos;s key.</source>
        <translation>Een sjabloon (de kernwaarden en vragenlijsten van de demoschool): geef de naam en het id van je school, de eigen kernwaarden, teams en functies, en kies de sleutel van de vertrouwenshouder.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A school year</source>
        <translation>Een schooljaar</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>‘%1’ is geen heel getal.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>New kernwaarde</source>
        <translation>Nieuwe kernwaarde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New age band</source>
        <translation>Nieuwe leeftijdsgroep</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+30"/>
        <location line="+53"/>
        <location line="+63"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>The profile now names %1 as custodian. Teachers&apos; apps accept the change only with a handover signed by the custodian before: add it.</source>
        <translation>Het profiel noemt nu %1 als vertrouwenshouder. De apps van leraren accepteren die wissel alleen met een overdracht, ondertekend door de vorige vertrouwenshouder: voeg die toe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile names %1 as custodian.</source>
        <translation>Het profiel noemt %1 als vertrouwenshouder.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is listed as a leader. Tick the teams they hold conversations with.</source>
        <translation>%1 staat in de lijst als leidinggevende. Vink de teams aan waarmee hij of zij gesprekken voert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a new key (%2). Teachers&apos; apps use it once the custodian has co-signed.</source>
        <translation>%1 heeft een nieuwe sleutel (%2). De apps van leraren gebruiken die zodra de vertrouwenshouder heeft meegetekend.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Handover from %1 to %2 added.</source>
        <translation>Overdracht van %1 aan %2 toegevoegd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile is not signed yet: %1</source>
        <translation>Het profiel is nog niet ondertekend: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock HR&apos;s key first (Keys): the profile is signed with it.</source>
        <translation>Ontgrendel eerst de sleutel van HR (Sleutels): daarmee wordt het profiel ondertekend.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version %1 signed by HR and written to %2. Next: %3 checks it and co-signs it; then add the co-signed file here.</source>
        <translation>Versie %1 is door HR ondertekend en opgeslagen als %2. Nu controleert %3 het en ondertekent mee; voeg daarna het medeondertekende bestand hier toe.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Version %1, co-signed by the custodian, is now your school&apos;s profile. Publish it to the teachers.</source>
        <translation>Versie %1, medeondertekend door de vertrouwenshouder, is nu het profiel van je school. Publiceer het voor de leraren.</translation>
    </message>
</context>
<context>
    <name>kw::Reflection</name>
    <message>
        <location filename="../../core/journal/reflection_rules.cpp" line="+22"/>
        <source>Write a few words about what happened.</source>
        <translation>Schrijf in een paar woorden wat er gebeurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This reflection is %1 characters long; the limit is %2. Shorten it before saving; nothing has been lost.</source>
        <translation>Deze reflectie is %1 tekens lang; het maximum is %2. Maak haar korter voor je opslaat; er is niets verloren gegaan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the day it happened.</source>
        <translation>Kies de dag waarop het gebeurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reflection cannot be dated in the future.</source>
        <translation>Een reflectie kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a day after the year 2000.</source>
        <translation>Kies een dag na het jaar 2000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one kernwaarde.</source>
        <translation>Kies minstens één kernwaarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a kernwaarde of your school.</source>
        <translation>&quot;%1&quot; is geen kernwaarde van je school.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate how it went from 1 to 5.</source>
        <translation>Geef met 1 tot 5 aan hoe het ging.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate your energy from 1 to 5, or leave it empty.</source>
        <translation>Geef je energie een 1 tot 5, of laat het leeg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a context tag of your school.</source>
        <translation>&quot;%1&quot; is geen contextlabel van je school.</translation>
    </message>
</context>
<context>
    <name>kw::ReflectionListModel</name>
    <message>
        <location filename="../teacher/journal/reflection_list_model.cpp" line="+93"/>
        <source>This week · %1</source>
        <translation>Deze week · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last week · %1</source>
        <translation>Vorige week · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week %1 · %2</source>
        <translation>Week %1 · %2</translation>
    </message>
</context>
<context>
    <name>kw::ReleaseImportDesk</name>
    <message>
        <location filename="../hr/release_import_desk.cpp" line="+61"/>
        <location line="+28"/>
        <source>HR&apos;s database cannot be opened: %1</source>
        <translation>De database van HR kan niet worden geopend: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock HR&apos;s key first (under Keys): only it opens HR&apos;s parts of a release.</source>
        <translation>Ontgrendel eerst de sleutel van HR (onder Sleutels): alleen die opent de delen van HR in een vrijgave.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Release %1 of %2 was imported before: nothing changed.</source>
        <translation>Vrijgave %1 van %2 was al ingelezen: er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Release %1 of %2: %3 contributions, %4 figures released, %5 withheld.</source>
        <translation>Vrijgave %1 van %2: %3 bijdragen, %4 cijfers vrijgegeven, %5 achtergehouden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HR&apos;s own check withheld %1 of them.</source>
        <translation>De eigen controle van HR hield er %1 van achter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No release files (.kwvrijgave) were found there.</source>
        <translation>Daar zijn geen vrijgavebestanden (.kwvrijgave) gevonden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the .kwvrijgave files the custodian sent, or the folder that holds them.</source>
        <translation>Kies de .kwvrijgave-bestanden die de vertrouwenshouder stuurde, of de map waarin ze staan.</translation>
    </message>
</context>
<context>
    <name>kw::ReminderService</name>
    <message>
        <location filename="../services/reminder_service.cpp" line="+176"/>
        <source>Your waarderingsgesprek is on %1. Read your preparation again.</source>
        <translation>Je waarderingsgesprek is op %1. Lees je voorbereiding nog eens door.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your waarderingsgesprek is on %1 and your preparation has not been sent yet.</source>
        <translation>Je waarderingsgesprek is op %1 en je voorbereiding is nog niet verstuurd.</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+94"/>
        <location line="+12"/>
        <source>Kernwijzer</source>
        <translation>Kernwijzer</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Your journal has not been backed up for a month. A backup takes a minute: Settings, Backup.</source>
        <translation>Je hebt al een maand geen back-up van je dagboek gemaakt. Dat kost een minuut: Instellingen, Back-up.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Time for your check-in: about 20 seconds.</source>
        <translation>Tijd voor je check-in: ongeveer 20 seconden.</translation>
    </message>
</context>
<context>
    <name>kw::Reports</name>
    <message>
        <location filename="../../core/reports/report_pdf.cpp" line="+129"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be saved: %2. Nothing was changed.</source>
        <translation>%1 kon niet worden opgeslagen: %2. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>kw::Storage</name>
    <message>
        <location filename="../../core/storage/database.cpp" line="+30"/>
        <source>The database is in use by another program. Close it and try again.</source>
        <translation>De database is in gebruik door een ander programma. Sluit dat en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is read-only: nothing can be saved to it.</source>
        <translation>%1 is alleen-lezen: er kan niets in worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>De schijf is vol: er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a Kernwijzer database or it is damaged.</source>
        <translation>%1 is geen Kernwijzer-database of is beschadigd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be opened: check that the folder exists and may be written.</source>
        <translation>%1 kan niet worden geopend: controleer of de map bestaat en beschrijfbaar is.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data breaks a rule of the database (%1).</source>
        <translation>De gegevens breken een regel van de database (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storage failed (%1).</source>
        <translation>Opslaan is mislukt (%1).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is not a Kernwijzer database of this kind.</source>
        <translation>%1 is geen Kernwijzer-database van deze soort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer version of Kernwijzer (schema %2; this app knows up to %3). Update the app; the file was not changed.</source>
        <translation>%1 is geschreven door een nieuwere versie van Kernwijzer (schema %2; deze app kent tot en met %3). Werk de app bij; het bestand is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>kw::TeacherSession</name>
    <message>
        <location filename="../../core/teacher/teacher_session.cpp" line="+32"/>
        <source>The school profile stored in this journal cannot be used: %1</source>
        <translation>Het schoolprofiel in dit dagboek kan niet worden gebruikt: %1</translation>
    </message>
</context>
<context>
    <name>kw::VerslagFiles</name>
    <message>
        <location filename="../leader/verslag_files.cpp" line="+68"/>
        <source>Waarderingsgesprek %1 %2</source>
        <extracomment>File name of a verslag; %1 the day planned (2026-11-25), %2 the teacher&apos;s name.</extracomment>
        <translation>Waarderingsgesprek %1 %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open or unlock your key first (under Key): the verslag is signed with it.</source>
        <translation>Open of ontgrendel eerst je sleutel (onder Sleutel): daarmee wordt het verslag ondertekend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save the verslag.</source>
        <translation>Kies waar het verslag moet komen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The verslag is made, but the file could not be written: %1</source>
        <translation>Het verslag is gemaakt, maar het bestand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verslag written to %1. Send it to the teacher: they answer each agreement with akkoord or gezien.</source>
        <translation>Verslag opgeslagen in %1. Stuur het naar de leraar: die beantwoordt elke afspraak met akkoord of gezien.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Make the verslag first: the PDF shows the verslag as the teacher received it.</source>
        <translation>Maak eerst het verslag: de pdf toont het verslag zoals de leraar het kreeg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No school profile is installed.</source>
        <translation>Er is geen schoolprofiel geïnstalleerd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF written to %1.</source>
        <translation>Pdf opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>kw::VerslagResponse</name>
    <message>
        <location filename="../teacher/gesprek/verslag_response.cpp" line="+119"/>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The folder %1 cannot be made. Choose another place.</source>
        <translation>De map %1 kan niet worden gemaakt. Kies een andere plek.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Your response is kept: save it again to another place.</source>
        <translation>%1 Je reactie blijft bewaard: sla die op een andere plek opnieuw op.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no verslag to answer.</source>
        <translation>Er is geen verslag om te beantwoorden.</translation>
    </message>
</context>
<context>
    <name>kw::VitalityReport</name>
    <message>
        <location filename="../../core/reports/vitality_report.cpp" line="+112"/>
        <source>How to read this report</source>
        <translation>Zo leest u dit rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>School: %1. Period: %2 (%3). Made on %4.</source>
        <translation>School: %1. Periode: %2 (%3). Gemaakt op %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every figure here is a group figure. Teachers&apos; own answers never leave their devices; the vertrouwenshouder released only group sums that pass the school&apos;s privacy rules, and HR checked them again:</source>
        <translation>Elk cijfer hier is een groepscijfer. De eigen antwoorden van leraren verlaten hun apparaat nooit; de vertrouwenshouder gaf alleen groepssommen vrij die aan de privacyregels van de school voldoen, en HR controleerde ze opnieuw:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• A figure is shown only when at least k colleagues contributed to it: k = %1 for wellbeing, k = %2 for kernwaarden and sources of werkdruk and werkplezier.</source>
        <translation>• Een cijfer staat er alleen als minstens k collega&apos;s eraan bijdroegen: k = %1 voor welzijn, k = %2 voor kernwaarden en bronnen van werkdruk en werkplezier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• When one group is withheld, the next smallest is withheld too, so no withheld figure can be worked out from a total; groups that overlap must differ by at least k colleagues.</source>
        <translation>• Wordt één groep achtergehouden, dan ook de op één na kleinste, zodat geen achtergehouden cijfer uit een totaal af te leiden is; groepen die overlappen moeten minstens k collega&apos;s verschillen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• A withheld figure appears as a grey gap with a letter that gives the reason, never as a number or a zero.</source>
        <translation>• Een achtergehouden cijfer staat er als een grijs vak met een letter die de reden geeft, nooit als getal of nul.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Ranges are 95% intervals: the true group figure lies in it with 95% certainty, so small differences between periods or teams can be chance. n is the number of colleagues in a figure.</source>
        <translation>• Bandbreedtes zijn 95%-intervallen: het werkelijke groepscijfer ligt er met 95% zekerheid in, dus kleine verschillen tussen periodes of teams kunnen toeval zijn. n is het aantal collega&apos;s in een cijfer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Participation</source>
        <translation>Deelname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of contributions of this period is not known.</source>
        <translation>Het aantal bijdragen van deze periode is niet bekend.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wellbeing (WHO-5)</source>
        <translation>Welzijn (WHO-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WHO-5 runs from 0 to 100; 50 or below is low wellbeing, 28 or below is a reason to see a doctor. The band around the line is the 95% interval of the mean.</source>
        <translation>De WHO-5 loopt van 0 tot 100; 50 of lager is een laag welzijn, 28 of lager een reden om naar een arts te gaan. De band rond de lijn is het 95%-interval van het gemiddelde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WHO-5, school mean per period</source>
        <translation>WHO-5, schoolgemiddelde per periode</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+153"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+155"/>
        <source>95% interval</source>
        <translation>95%-interval</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Weekly pulse</source>
        <translation>Wekelijkse pulse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The school&apos;s mean per question, with its 95% interval.</source>
        <translation>Het schoolgemiddelde per vraag, met het 95%-interval.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pulse questions, %1 to %2</source>
        <translation>Pulsevragen, %1 tot %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This period has no pulse figures.</source>
        <translation>Deze periode heeft geen pulsecijfers.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 × questions</source>
        <translation>%1 × vragen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1
n = %2</source>
        <translation>%1
n = %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Darker is a higher mean on the question&apos;s own scale; n is the number of colleagues.</source>
        <translation>Donkerder is een hoger gemiddelde op de eigen schaal van de vraag; n is het aantal collega&apos;s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Teams, roles and age bands</source>
        <translation>Teams, functies en leeftijdsgroepen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This period has no figures per team, role or age band.</source>
        <translation>Deze periode heeft geen cijfers per team, functie of leeftijdsgroep.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Werkdruk and werkplezier</source>
        <translation>Werkdruk en werkplezier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of check-ins that named each source: what the school can act on.</source>
        <translation>Het aandeel check-ins dat elke bron noemde: waar de school iets mee kan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where werkdruk came from</source>
        <translation>Waar de werkdruk vandaan kwam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What brought werkplezier</source>
        <translation>Waar werkplezier uit voortkwam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This period has no figures of sources.</source>
        <translation>Deze periode heeft geen cijfers van bronnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kernwaarden</source>
        <translation>Kernwaarden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflections per colleague on each kernwaarde this period: which values are lived.</source>
        <translation>Reflecties per collega op elke kernwaarde deze periode: welke waarden worden geleefd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwaarde</source>
        <translation>Kernwaarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflections per colleague</source>
        <translation>Reflecties per collega</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This period has no kernwaarden figures.</source>
        <translation>Deze periode heeft geen kernwaardencijfers.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+26"/>
        <source>HR has imported no release yet, so there is nothing to report.</source>
        <translation>HR heeft nog geen vrijgave ingelezen, dus er is nog niets te rapporteren.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This HR database has no release of period %1.</source>
        <translation>Deze HR-database heeft geen vrijgave van periode %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Made with Kernwijzer on %1 · only group figures that passed the privacy rules</source>
        <translation>Gemaakt met Kernwijzer op %1 · alleen groepscijfers die door de privacyregels kwamen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vitality and werkdruk</source>
        <translation>Vitaliteit en werkdruk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No figures</source>
        <translation>Geen cijfers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vitality and werkdruk at %1</source>
        <translation>Vitaliteit en werkdruk op %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period %1 · for the MR and the bestuur</source>
        <translation>Periode %1 · voor de MR en het bestuur</translation>
    </message>
</context>
<context>
    <name>kw::Wellbeing</name>
    <message>
        <location filename="../../core/wellbeing/checkin_store.cpp" line="+57"/>
        <source>&quot;%1&quot; is not an instrument of your school.</source>
        <translation>&quot;%1&quot; is geen vragenlijst van je school.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A check-in needs a day from 2000 on.</source>
        <translation>Een check-in heeft een dag vanaf 2000 nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A check-in cannot be for a day in the future.</source>
        <translation>Een check-in kan niet over een dag in de toekomst gaan.</translation>
    </message>
    <message>
        <location filename="../../core/wellbeing/scoring.cpp" line="+23"/>
        <source>%1 has %2 items; %3 answers were given.</source>
        <translation>%1 heeft %2 vragen; er zijn %3 antwoorden gegeven.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answer %1 of %2 must be from %3 to %4; %5 is out of range.</source>
        <translation>Antwoord %1 van %2 moet van %3 tot en met %4 zijn; %5 valt daarbuiten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs an answer to all %2 items; %3 unanswered.</source>
        <translation>%1 heeft een antwoord op alle %2 vragen nodig; %3 nog open.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer at least one item of %1.</source>
        <translation>Beantwoord minstens één vraag van %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 does not ask &quot;%2&quot;.</source>
        <translation>%1 vraagt niet naar &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an option of &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is geen keuze bij &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is picked twice in &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is twee keer gekozen bij &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../../core/wellbeing/wellbeing_rules.cpp" line="+38"/>
        <source>The profile has an invalid id &quot;%1&quot; in %2.</source>
        <translation>Het profiel heeft een ongeldige id &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile names &quot;%1&quot; twice in %2.</source>
        <translation>Het profiel noemt &quot;%1&quot; twee keer in %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Instrument &quot;%1&quot; has a cut-off at %2, outside its scores from %3 to %4.</source>
        <translation>Vragenlijst &quot;%1&quot; heeft een grenswaarde bij %2, buiten de scores van %3 tot %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Instrument &quot;%1&quot; needs at most one cut-off for &quot;low&quot; and one for &quot;advise&quot;.</source>
        <translation>Vragenlijst &quot;%1&quot; mag hoogstens één grenswaarde voor &quot;laag&quot; en één voor &quot;advies&quot; hebben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instrument &quot;%1&quot; advises help above its &quot;low&quot; cut-off; the advise cut-off must be the lower one.</source>
        <translation>Vragenlijst &quot;%1&quot; adviseert hulp boven de grens voor &quot;laag&quot;; de adviesgrens moet de laagste zijn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Instrument &quot;%1&quot; has no version.</source>
        <translation>Vragenlijst &quot;%1&quot; heeft geen versie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instrument &quot;%1&quot; needs a Dutch and an English name.</source>
        <translation>Vragenlijst &quot;%1&quot; heeft een Nederlandse en een Engelse naam nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instrument &quot;%1&quot; has %2 items; it needs 1 to 50.</source>
        <translation>Vragenlijst &quot;%1&quot; heeft %2 vragen; dat moeten er 1 tot 50 zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the items of instrument &quot;%1&quot;</source>
        <translation>de vragen van vragenlijst &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item &quot;%1&quot; of instrument &quot;%2&quot; needs a Dutch and an English text.</source>
        <translation>Vraag &quot;%1&quot; van vragenlijst &quot;%2&quot; heeft een Nederlandse en een Engelse tekst nodig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instrument &quot;%1&quot; has an answer scale from %2 to %3; it needs 2 to 11 points, none below 0.</source>
        <translation>Vragenlijst &quot;%1&quot; heeft een antwoordschaal van %2 tot %3; die moet 2 tot 11 punten hebben, geen onder 0.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instrument &quot;%1&quot; has a scale label at %2 outside its scale or without text.</source>
        <translation>Vragenlijst &quot;%1&quot; heeft een schaallabel bij %2 buiten de schaal of zonder tekst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instrument &quot;%1&quot; sums its items: every item must be required and the multiplier must be 1 to 100.</source>
        <translation>Vragenlijst &quot;%1&quot; telt de vragen op: elke vraag moet verplicht zijn en de vermenigvuldiger moet 1 tot 100 zijn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instrument &quot;%1&quot; can score up to %2; at most %3 is allowed.</source>
        <translation>Vragenlijst &quot;%1&quot; kan tot %2 scoren; hoogstens %3 is toegestaan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Instrument &quot;%1&quot; asks the choice list &quot;%2&quot;, which the profile does not have.</source>
        <translation>Vragenlijst &quot;%1&quot; stelt keuzevraag &quot;%2&quot;, die het profiel niet heeft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choice list &quot;%1&quot; needs a Dutch and an English question.</source>
        <translation>Keuzevraag &quot;%1&quot; heeft een Nederlandse en een Engelse vraag nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice list &quot;%1&quot; has %2 options; it needs 1 to 30.</source>
        <translation>Keuzevraag &quot;%1&quot; heeft %2 keuzes; dat moeten er 1 tot 30 zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the options of &quot;%1&quot;</source>
        <translation>de keuzes van &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &quot;%1&quot; of choice list &quot;%2&quot; has no name.</source>
        <translation>Keuze &quot;%1&quot; van keuzevraag &quot;%2&quot; heeft geen naam.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the choice lists</source>
        <translation>de keuzevragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the instruments</source>
        <translation>de vragenlijsten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every support contact needs a role, a name and a way to reach them.</source>
        <translation>Elk steunpunt heeft een rol, een naam en een manier om het te bereiken nodig.</translation>
    </message>
</context>
</TS>

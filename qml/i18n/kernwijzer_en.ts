<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaPartList</name>
    <message numerus="yes">
        <location filename="../leader/AgendaPartList.qml" line="+49"/>
        <source>%n item(s) from the teacher</source>
        <translation>
            <numerusform>%n item from the teacher</numerusform>
            <numerusform>%n items from the teacher</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementCard</name>
    <message>
        <location filename="../teacher/gesprek/AgreementCard.qml" line="+33"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+17"/>
        <source>Akkoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Gezien, not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing goes into your POP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It becomes a new goal in your POP. Its kernwaarde:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It becomes an action of your goal &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your reaction (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your reaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <location filename="../leader/AgreementForm.qml" line="+35"/>
        <source>What do you agree?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By when…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Serves: nothing in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernwaarde: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsList</name>
    <message>
        <location filename="../leader/AgreementsList.qml" line="+20"/>
        <source>No agreements yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Akkoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gezien, not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../shell/AppShell.qml" line="+129"/>
        <source>New reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../teacher/backup/BackupPage.qml" line="+36"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>What goes in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reflections, POP and hours, check-ins, settings, your school profile and what you shared with your school, so a new phone carries on where this one stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>At least %1 characters. Nobody can open the backup without it, also not Kernwijzer or your school: write it down somewhere safe. A forgotten passphrase cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somewhere that survives this device: a USB stick, your own computer or a cloud folder. The file is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kernwijzer backup (*.kwbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Making and checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../teacher/backup/BackupSettings.qml" line="+19"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time for a new one: a lost phone takes your journal with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BestuurPage</name>
    <message>
        <location filename="../hr/BestuurPage.qml" line="+61"/>
        <source>Bestuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The schools&apos; released figures side by side, and the bestuur&apos;s figure merged under the same rules: a school that withheld a figure is left out of the sum, and a sum is shown only with at least k colleagues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+277"/>
        <source>Import aggregates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-243"/>
        <source>New school: %1. Its HR key (%2) is trusted from now on. Compare verification code %3 with the code the school published before you rely on its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (n = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>n = %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Teams are not merged: each school has teams of its own. Roles and age bands are merged by their id. The bestuur&apos;s database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No schools yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each school&apos;s HR writes an aggregate per period (kernwijzer-cli aggregate). Drop the .kwaggregaat files here, or choose them, to see the schools side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop aggregate files to import them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aggregates (*.kwaggregaat)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinCard</name>
    <message>
        <location filename="../teacher/wellbeing/CheckinCard.qml" line="+43"/>
        <source>Answered for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet answered for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../teacher/wellbeing/CheckinPage.qml" line="+33"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>About: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You answered this period already; saving again replaces that answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>Save (%n question(s) open)</source>
        <translation>
            <numerusform>Save (%n question open)</numerusform>
            <numerusform>Save (%n questions open)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinResult</name>
    <message>
        <location filename="../teacher/wellbeing/CheckinResult.qml" line="+28"/>
        <source>Saved. Your score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your wellbeing has been low these past two weeks. That deserves attention: consider talking to your huisarts or bedrijfsarts. You do not have to carry this alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your wellbeing has been lower these past two weeks. It may help to talk to someone you trust, such as the people below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you. Only you see this; it helps you notice how you are doing over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This advice is shown to you only and never leaves this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinTrendCard</name>
    <message>
        <location filename="../teacher/wellbeing/CheckinTrendCard.qml" line="+44"/>
        <source>No check-ins in the last %1 weeks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last %1 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Tap a question to show or hide its line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoSignChangesCard</name>
    <message>
        <location filename="../custodian/CoSignChangesCard.qml" line="+24"/>
        <source>The first profile you co-sign for this school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changed since version %1, only the version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed since version %1, which you co-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no earlier version in your records to compare with: check everything below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoSignHoldersCard</name>
    <message>
        <location filename="../custodian/CoSignHoldersCard.qml" line="+19"/>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare each fingerprint with the one its holder reads out to you, group by group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HR (school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custodian: you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing key %1 · sealing key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Teachers send their files to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You and HR publish this code together (MR newsletter, staff room); teachers check it on their first import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 (key %3) handed over to %4 (key %5), from version %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoSignPage</name>
    <message>
        <location filename="../custodian/CoSignPage.qml" line="+35"/>
        <source>Co-sign the school profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co-sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No profile opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR makes the school profile and signs it; you check it here and co-sign it. Choose the .kwprofiel file HR gave you, or drop it on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+6"/>
        <source>School profiles (*.kwprofiel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Co-sign version %1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With your signature, teachers&apos; apps accept this profile. You vouch that you checked the school, the thresholds (k = %1 for wellbeing, %2 for counts) and the two keys, and that the HR key is the one of your school&apos;s HR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Co-sign and save…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoSignRefusal</name>
    <message>
        <location filename="../custodian/CoSignRefusal.qml" line="+22"/>
        <source>You co-signed this version already; it is in your records. Co-signing again writes the same file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoSignSchoolCard</name>
    <message>
        <location filename="../custodian/CoSignSchoolCard.qml" line="+19"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Profile version %1 from %2, valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no end date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Smallest group, wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>%1 colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Smallest group, counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s), from 1 August</source>
        <translation>
            <numerusform>%n month, from 1 August</numerusform>
            <numerusform>%n months, from 1 August</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Teams (staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roles (staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Age bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HR only ever sees a figure that at least this many colleagues gave; you release only what passes these rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionPage</name>
    <message>
        <location filename="../teacher/exchange/ContributionPage.qml" line="+39"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contribution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>These are all the numbers in the file, as your school&apos;s key holders can put them together only in groups. Nothing else is in it: no text, no dates, no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You count in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sharing is off. Turn it on under Sharing with your school to make this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: %1. Send it to %2 (%3), who cannot read your numbers; never to HR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export again (replaces the earlier file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kernwijzer contributions (*.kwbijdrage)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../leader/ConversationActions.qml" line="+21"/>
        <source>Open gespreksmodus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make the verslag again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the verslag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import the response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <location filename="../leader/ConversationPage.qml" line="+56"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waarderingsgesprek with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Planned on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verslag revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The preparation of %1 is in. Read it before you talk; open the gespreksmodus during the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The verslag is made. When %1 responds (akkoord or gezien per agreement), import their response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 responded: the conversation is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The preparation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wellbeing the teacher chose to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reaction of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verslag (*.kwverslag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Responses (*.kwreactie)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message>
        <location filename="../leader/ConversationRow.qml" line="+20"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <location filename="../leader/ConversationsPage.qml" line="+46"/>
        <source>Waarderingsgesprekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No conversations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No school profile yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A teacher prepares the waarderingsgesprek in their app and gives you the file (.kwgesprek). Import it here, or drop it on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install your school&apos;s co-signed profile first (under School profile): it says which teams are yours and carries your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conversation files (*.kwgesprek *.kwreactie)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardHeader</name>
    <message>
        <location filename="../hr/DashboardHeader.qml" line="+35"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardMetrics</name>
    <message>
        <location filename="../hr/dashboard_metrics.cpp" line="+18"/>
        <source>At or below %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../hr/DashboardPage.qml" line="+49"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Werkdruk and werkplezier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The dashboard cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No released figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the custodian&apos;s release (.kwvrijgave) under Releases; its figures show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatePickerDialog</name>
    <message>
        <location filename="../common/DatePickerDialog.qml" line="+49"/>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRangeBar</name>
    <message>
        <location filename="../common/DateRangeBar.qml" line="+26"/>
        <source>From the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Until today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the date range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <location filename="../teacher/pop/EvidencePickerDialog.qml" line="+17"/>
        <source>Link reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search your reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No reflection matches these words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceRow</name>
    <message>
        <location filename="../teacher/pop/EvidenceRow.qml" line="+44"/>
        <source>Unlink this reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../teacher/exchange/ExchangePage.qml" line="+28"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sharing with your school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>School profile version %1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School profile version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is the demo school: try everything here, but its keys are public, so it is never for real numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Custodian since %1, handed over by %2 (key %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The same as on your school&apos;s poster or in the MR newsletter? Then these are your school&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import school profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Take part in my school&apos;s anonymous trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;What is shared:&lt;/b&gt; once per period, only numbers: your average WHO-5 and pulse scores, how many reflections touched each kernwaarde, and how often you chose each source of joy and workload. You see every number before the file is made, and you send it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;What never is:&lt;/b&gt; what you write, your POP, your name, dates or anything about this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Why nobody can see you:&lt;/b&gt; each number is split in two random halves. One can only be opened by HR, the other only by %1. Each half alone is meaningless. Only totals of groups of at least %2 colleagues are ever put back together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You can turn this off at any time; nothing is sent by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: nothing leaves this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The groups you count in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your team, role and age band go with every contribution; HR and the custodian both see them, never your name. Every team and every role has at least %1 colleagues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional. Leave one out if your group is small enough to recognise you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Closed periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shared (%1×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../hr/ExportDialog.qml" line="+41"/>
        <source>Export figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report for the MR and the bestuur (PDF, A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Figures for a spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charts of wellbeing, the pulse, teams and the sources of werkdruk, with participation and the privacy rules the figures passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per figure: released ones with n, mean and 95% interval; withheld ones with the rule that withheld them and no number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <location filename="../hr/FigureCard.qml" line="+86"/>
        <source>Not released</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GesprekCard</name>
    <message>
        <location filename="../teacher/gesprek/GesprekCard.qml" line="+29"/>
        <source>Waarderingsgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your leader&apos;s verslag is waiting for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your preparation for %1 is not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparation sent for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what you bring to the conversation with your leader: your points, reflections, goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer the verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prepare waarderingsgesprek</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GesprekPage</name>
    <message>
        <location filename="../teacher/gesprek/GesprekPage.qml" line="+39"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waarderingsgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your waarderingsgesprek with %1 is on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your waarderingsgesprek is on %1 and your preparation has not been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For %1; not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started; not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent for %1. You can change it and send it again until the verslag arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You decide what your leader sees: your own points, the reflections you tick, your POP goals. Your wellbeing only if you switch it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Continue preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prepare waarderingsgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your leader sends you the verslag as a .kwverslag file. Import it to read it, answer each agreement and sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a verslag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verslag (*.kwverslag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GesprekRow</name>
    <message>
        <location filename="../teacher/gesprek/GesprekRow.qml" line="+18"/>
        <source>Verslag to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n open agreement(s)</source>
        <translation>
            <numerusform>%n open agreement</numerusform>
            <numerusform>%n open agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n agreement(s), none open</source>
        <translation>
            <numerusform>%n agreement, none open</numerusform>
            <numerusform>%n agreements, none open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GespreksmodusPage</name>
    <message>
        <location filename="../leader/GespreksmodusPage.qml" line="+45"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gespreksmodus · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn towards %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <location filename="../teacher/pop/GoalCard.qml" line="+80"/>
        <source>theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>%1 of %2 actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No actions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reflection(s) as evidence</source>
        <translation>
            <numerusform>%n reflection as evidence</numerusform>
            <numerusform>%n reflections as evidence</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <location filename="../teacher/pop/GoalDetail.qml" line="+85"/>
        <source>School theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>School year %1 · target date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How I will know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Actions (%1 of %2 done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A next step, e.g. &quot;Plan the weekly task together&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date of the new action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reflections as evidence (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link reflections that show how this goal is going: from here, or from a reflection in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Link a reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete this goal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The goal and its actions are deleted. The %n linked reflection(s) stay in your journal.</source>
        <translation>
            <numerusform>The goal and its actions are deleted. The linked reflection stays in your journal.</numerusform>
            <numerusform>The goal and its actions are deleted. The %n linked reflections stay in your journal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goal and its actions are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDetailPage</name>
    <message>
        <location filename="../teacher/pop/GoalDetailPage.qml" line="+25"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>POP goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalEditorPage</name>
    <message>
        <location filename="../teacher/pop/GoalEditorPage.qml" line="+46"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>School year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Your goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>What do you want to grow in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For example: &quot;I want to give pupils more ownership of their learning goals.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why: which kernwaarde?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>School theme (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>How will you know? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What do you see when it has worked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date: %1. Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapTab</name>
    <message>
        <location filename="../hr/HeatmapTab.qml" line="+45"/>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n cell(s) not released</source>
        <translation>
            <numerusform>%n cell not released</numerusform>
            <numerusform>%n cells not released</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>not released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not released:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>better, on each figure&apos;s own scale (for the shares at or below a cut-off, lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursEntryDialog</name>
    <message>
        <location filename="../teacher/pop/HoursEntryDialog.qml" line="+39"/>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kind of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What, e.g. &quot;Course on feedback&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>Planned hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+18"/>
        <source>Spent hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>e.g. 1,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 1:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../teacher/pop/HoursPage.qml" line="+33"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>What your budget is based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FTE in %1: %2 · birth year: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra hours for your age are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change FTE or birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activities (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing planned or spent in %1 yet. Add a training, coaching, intervisie or study day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 h spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>FTE and birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>FTE from school year %1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 0,8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Birth year (for extra hours at an older age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 1968</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursSummaryCard</name>
    <message>
        <location filename="../teacher/pop/HoursSummaryCard.qml" line="+30"/>
        <source>Professionaliseringsuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter your FTE to see the hours you have this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 hours spent · %3 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours spent · %2 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 hours more spent than available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hours left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This year %1 h (FTE %2) + %3 h saved from earlier years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 h usable until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <location filename="../leader/ImportReviewDialog.qml" line="+19"/>
        <source>Import the response?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import the preparation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The key of %1 changed. That happens with a new phone, but it can also mean someone else wrote this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the first file of %1: it brings their key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is new in your list. Their key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept until now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ask the teacher to read the digits their app shows for their conversation key, and compare them with these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I checked these digits with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../custodian/InboxPage.qml" line="+35"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Drop the teachers&apos; files (.kwbijdrage) or a folder of them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot read their numbers: each file holds only your share, and HR&apos;s part stays sealed. A file sent twice or replaced by a newer one is recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>What you keep, per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contributions kept yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 contributions kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 arrived late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not released yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>released %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the teachers&apos; files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwijzer contributions (*.kwbijdrage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder of teachers&apos; files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../teacher/journal/JournalPage.qml" line="+42"/>
        <location line="+2"/>
        <source>Search your reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n reflection(s) found</source>
        <translation>
            <numerusform>%n reflection found</numerusform>
            <numerusform>%n reflections found</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your reflections cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reflections yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reflection matches these words or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down a moment from today: what happened, which kernwaarde it touched and how it went. It takes less than a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write your first reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose a reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its whole text, kernwaarden and scores appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernwaardeCard</name>
    <message>
        <location filename="../teacher/journal/KernwaardeCard.qml" line="+20"/>
        <source>%1: %2 this month, %3 this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This year: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernwaardenPage</name>
    <message>
        <location filename="../teacher/journal/KernwaardenPage.qml" line="+41"/>
        <source>Kernwaarden of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your year in kernwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n day(s) with a reflection</source>
        <translation>
            <numerusform>%n day with a reflection</numerusform>
            <numerusform>%n days with a reflection</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tap the kernwaarde again to see all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernwaardenTab</name>
    <message>
        <location filename="../hr/KernwaardenTab.qml" line="+51"/>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reflections per colleague that touched each kernwaarde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not released</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyHolderCard</name>
    <message>
        <location filename="../teacher/exchange/KeyHolderCard.qml" line="+24"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../school/KeyPage.qml" line="+37"/>
        <source>HR&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The custodian&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your key as leidinggevende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With this key you sign the school profile and open the figures the custodian releases. Nobody else has it: keep the file on this computer and its passphrase to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With this key you open your teachers&apos; preparations and sign the verslagen. The school profile lists it: give its .pub file to HR. Keep the file on this device and its passphrase to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With this key you co-sign the school profile, open your part of the teachers&apos; files and sign releases. Nobody else has it: keep the file on this computer and its passphrase to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlocked for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To check a key, read these digits aloud to each other, or compare them with what the school profile shows. Every copy of the same key shows the same digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock and forget the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unlock the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+93"/>
        <location line="+72"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Keep the passphrase in this computer&apos;s key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The demo school uses its own keys, made with it and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No key yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a new key once, when you take up the role; give the .pub file beside it to HR for the school profile. Open a key file you already have on a new computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As teachers will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HR adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secretary of the MR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teamleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open your key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernwijzer keys (*.kwsleutel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder for the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase of the key file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderProfilePage</name>
    <message>
        <location filename="../leader/LeaderProfilePage.qml" line="+34"/>
        <source>School profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install a new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Install profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>You have no key on this device yet: make one or open yours under Key, and give HR its .pub file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No school profile yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR gives you the school&apos;s co-signed profile (.kwprofiel). It lists you as the leader of your teams, with your key. Install it here, or drop it on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kernwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>What you hold about a teacher is deleted %n year(s) after they leave (uit dienst).</source>
        <translation>
            <numerusform>What you hold about a teacher is deleted %n year after they leave (uit dienst).</numerusform>
            <numerusform>What you hold about a teacher is deleted %n years after they leave (uit dienst).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>School profiles (*.kwprofiel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../shell/LockScreen.qml" line="+50"/>
        <source>Kernwijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your journal is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock with fingerprint or face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many wrong tries. You can try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Forgot your PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody can open the lock without your PIN: not your school, not Kernwijzer. There is no back door.

The only way back in is to start again: delete the app&apos;s data (or reinstall the app) and restore your journal from a backup you made earlier, with that backup&apos;s passphrase. Without a backup, what this journal holds cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockSettings</name>
    <message>
        <location filename="../shell/LockSettings.qml" line="+24"/>
        <source>App lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask for a PIN when Kernwijzer opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Lock again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>at once when you leave the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after %1 min in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lock keeps the screen closed to someone who picks up your phone or sits at your computer. It does not encrypt your journal: a copy of the journal file is protected by your phone&apos;s own encryption, or on a computer by disk encryption. Forgot your PIN? Then only a backup brings your journal back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="+40"/>
        <location line="+58"/>
        <source>Kernwijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Kernwijzer cannot open your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reflection deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoHiddenNotes</name>
    <message>
        <location filename="../leader/NoHiddenNotes.qml" line="+25"/>
        <source>There are no hidden notes: everything you write here goes into the verslag the teacher receives. The teacher may also ask for all of it (AVG art. 15).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../hr/OverviewTab.qml" line="+43"/>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Weekly pulse (1–5, higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A change is called a change only when the 95 % intervals say so: a difference within the margin can be chance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartComboBox</name>
    <message>
        <location filename="../teacher/gesprek/PartComboBox.qml" line="+16"/>
        <source>Part of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartWorkPane</name>
    <message>
        <location filename="../leader/PartWorkPane.qml" line="+35"/>
        <source>Your own points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What you want to bring up in this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What you talk about: the teacher reads this in the verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../shell/PinDialog.qml" line="+40"/>
        <source>Set a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn the app lock off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At least 4 digits, or a passphrase of at least 6 characters. Kernwijzer keeps only a check of it, never the PIN itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopChangesBox</name>
    <message>
        <location filename="../teacher/gesprek/PopChangesBox.qml" line="+13"/>
        <source>In your POP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agreements you accepted are actions in your POP now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You accepted no agreement: your POP did not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open my POP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopExportDialog</name>
    <message>
        <location filename="../teacher/pop/PopExportDialog.qml" line="+25"/>
        <source>POP %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For your bekwaamheidsdossier: your goals with their actions and evidence, and your professionaliseringsuren. Your wellbeing check-ins and the scores of your reflections are never included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include the text of linked reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Without it, a linked reflection appears only with its day and kernwaarden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopPage</name>
    <message>
        <location filename="../teacher/pop/PopPage.qml" line="+46"/>
        <source>My POP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Goals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the POP as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No goals for %1 yet. What do you want to grow in? Link it to a kernwaarde, add a few steps and collect reflections that show your progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your POP starts with one goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its actions and the reflections that show progress appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A goal says what you want to grow in and why; actions and linked reflections show how it goes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparationPart</name>
    <message>
        <location filename="../leader/PreparationPart.qml" line="+24"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionaliseringsuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The teacher brings nothing for this part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepareGoalsBox</name>
    <message>
        <location filename="../teacher/gesprek/PrepareGoalsBox.qml" line="+14"/>
        <source>POP goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ticked goal goes with its progress: status, actions and how many reflections show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · %2 of %3 actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No POP goals this school year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <location filename="../teacher/gesprek/PreparePage.qml" line="+44"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepare waarderingsgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your leader&apos;s verslag of this conversation has arrived: its preparation cannot change any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You sent this preparation. Change it and send it again until your leader&apos;s verslag arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything here stays on your device until you send it. It is kept as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prepare your next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agreements of your last conversation that are not done yet. They are added to the terugblik by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>See what your leader will see</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparePointsBox</name>
    <message>
        <location filename="../teacher/gesprek/PreparePointsBox.qml" line="+13"/>
        <source>Your own points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you want to talk about? Write a point under the part it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove this point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A point for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepareReflectionsBox</name>
    <message>
        <location filename="../teacher/gesprek/PrepareReflectionsBox.qml" line="+14"/>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the reflections you tick here go to your leader, with their text. Untick one to take it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No reflections chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose reflections…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepareSharingBox</name>
    <message>
        <location filename="../teacher/gesprek/PrepareSharingBox.qml" line="+13"/>
        <source>Hours and wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bring the balance of my professionaliseringsuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Share my WHO-5 and pulse trend for this conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepareWhenBox</name>
    <message>
        <location filename="../teacher/gesprek/PrepareWhenBox.qml" line="+13"/>
        <source>When and with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sealed to %1: only their key opens your preparation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name, as your leader knows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewItem</name>
    <message>
        <location filename="../teacher/gesprek/PreviewItem.qml" line="+36"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionaliseringsuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wellbeing: health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../teacher/gesprek/PreviewPage.qml" line="+37"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What your leader will see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Waarderingsgesprek with %1 on %2. From %3, version %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is everything in the file. It holds your wellbeing trend: health data you chose to share for this conversation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is everything in the file: nothing else of your journal goes with it, and no wellbeing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to the preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your preparation has no items yet: only the day and your name go to your leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Waarderingsgesprek (*.kwgesprek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved: %1. Send it to %2: only their key opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the changed version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the file again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyLegend</name>
    <message>
        <location filename="../hr/PrivacyLegend.qml" line="+25"/>
        <source>Grey = not released: fewer colleagues than the minimum group size (%1 for wellbeing, %2 for kernwaarden and sources), or withheld to protect a smaller group. Point at a grey cell for the reason. Only group figures are ever shown, never a colleague&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileContactsBox</name>
    <message>
        <location filename="../hr/ProfileContactsBox.qml" line="+12"/>
        <source>Support contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown only to a teacher whose wellbeing score is low, on their own device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Role (vertrouwenspersoon …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How to reach them (phone, e-mail, when)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCustodianBox</name>
    <message>
        <location filename="../hr/ProfileCustodianBox.qml" line="+14"/>
        <source>Custodian (vertrouwenshouder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No custodian&apos;s key chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another custodian…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the custodian&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where teachers send their files (e-mail or upload page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Handover of %1: %2 (key %3) to %4 (key %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Public key files (*.kwsleutel.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handovers (*.kwoverdracht)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditorPage</name>
    <message>
        <location filename="../hr/ProfileEditorPage.qml" line="+45"/>
        <source>School profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ondertekenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unlock HR&apos;s key first (Keys): the profile is signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add the co-signed profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each with its number of staff: a team smaller than the smallest group (k for counts) would point at a few people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Themes (leidende principes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A POP goal can name one of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+7"/>
        <source>School profiles (*.kwprofiel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileImportDialog</name>
    <message>
        <location filename="../teacher/exchange/ProfileImportDialog.qml" line="+41"/>
        <source>School profile not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The custodian changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School profile of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>You already have this profile (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1 of your school&apos;s profile, signed by HR and by the custodian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Version %1 names %2 as custodian instead of %3. %4 signed the handover on %5. Only install it if your school told you so: the custodian holds the second key that keeps your numbers anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed by HR (%1) and by the custodian below. Before it is installed, check that it really comes from your school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Until now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your leader&apos;s keys change. Compare the new fingerprints with your leader before you send them a preparation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>24 digits your school publishes where HR alone cannot change them: the MR newsletter or the poster in the staff room. Never take it from the message that brought this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I checked: install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>School profiles (*.kwprofiel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileItemsEditor</name>
    <message>
        <location filename="../hr/ProfileItemsEditor.qml" line="+51"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Staff in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileKernwaardenBox</name>
    <message>
        <location filename="../hr/ProfileKernwaardenBox.qml" line="+14"/>
        <source>Kernwaarden (3 to 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name of the kernwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What it means at your school, in one or two sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Colour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add kernwaarde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileLeadersBox</name>
    <message>
        <location filename="../hr/ProfileLeadersBox.qml" line="+15"/>
        <source>Team leaders (waarderingsgesprek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A leader makes a key in the app (role Team leader, page Key) and gives you the public key file. Teachers seal their preparation to that key, so it reaches them only once the custodian co-signed this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No leaders listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add a leader&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Years a leader keeps what they hold about a teacher who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Public key files (*.kwsleutel.pub)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePreview</name>
    <message>
        <location filename="../hr/ProfilePreview.qml" line="+14"/>
        <source>Preview: what teachers see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>School profile version %1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kernwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRulesBox</name>
    <message>
        <location filename="../hr/ProfileRulesBox.qml" line="+13"/>
        <source>Privacy, periods and hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>k is the smallest group whose figures HR ever sees: a number is shown only when at least k colleagues gave it, so nobody can be picked out. Never below 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>k for wellbeing (WHO-5, pulse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>k for counts (kernwaarden, sources of werkdruk and joy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period length (the first period starts on 1 August)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Age bands (each at least 10 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Professionalisation hours (at 1.0 FTE, pro rata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hours a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Years unspent hours stay usable (0: use them or lose them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra hours from age (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra hours a year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSchoolBox</name>
    <message>
        <location filename="../hr/ProfileSchoolBox.qml" line="+12"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>School id (a-z, 0-9 and -; it never changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valid until (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>After this day teachers&apos; apps ask for a new profile; a replaced custodian&apos;s key stops being used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSignBox</name>
    <message>
        <location filename="../hr/ProfileSignBox.qml" line="+13"/>
        <source>Ready to sign version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before you can sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing changed yet against version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changes against version %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed with HR&apos;s key %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR&apos;s key is locked: unlock it on the Keys page before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ondertekenen writes the file; the custodian checks and co-signs it, and only then do teachers&apos; apps accept it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionCard</name>
    <message>
        <location filename="../teacher/journal/ReflectionCard.qml" line="+49"/>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionDetail</name>
    <message>
        <location filename="../teacher/journal/ReflectionDetail.qml" line="+89"/>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it went: %1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy: %1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written %1 · changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence for your POP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unlink from goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link to a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add goals to your POP to link reflections as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionDetailPage</name>
    <message>
        <location filename="../teacher/journal/ReflectionDetailPage.qml" line="+24"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionEditorPage</name>
    <message>
        <location filename="../teacher/journal/ReflectionEditorPage.qml" line="+45"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close; the draft is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your unsaved reflection from last time is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day: %1. Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What happened? Two sentences are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of at most %2 characters: please shorten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which kernwaarde did it touch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your energy (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full of energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionPickerDialog</name>
    <message>
        <location filename="../teacher/gesprek/ReflectionPickerDialog.qml" line="+19"/>
        <source>Choose reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search your reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the text of the reflections you tick goes to your leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No reflection matches these words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseImportPage</name>
    <message>
        <location filename="../hr/ReleaseImportPage.qml" line="+30"/>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Drop the custodian&apos;s release files (.kwvrijgave) or their folder here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each release is checked before anything is stored: the custodian&apos;s signature, your school and period, every teacher&apos;s signature on your parts, and the privacy rules again. Only group figures that pass reach your dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Imported releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No release imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, re-release %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the custodian&apos;s releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwijzer releases (*.kwvrijgave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder of releases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleasePage</name>
    <message>
        <location filename="../custodian/ReleasePage.qml" line="+36"/>
        <source>Vrijgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 contributions kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 arrived late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Release %1 made %2: %3 contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1. HR&apos;s check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HR has not checked %1 of the %2 contributions yet. Save the check request and send it to HR; HR answers with a .kwuitslag file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR has checked every contribution of this release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 contributions are left out: HR could not check their part. They count again when the teacher sends the file anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save check request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read HR&apos;s answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>2. Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is a re-release: it adds the contributions that arrived late. A figure changes only when enough colleagues were added to its group; the others keep what the earlier release showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vrijgeven…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What you vouch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With Vrijgeven you sign that this release counts every contribution you received for this period and HR could check, each once; that only group sums that pass the school&apos;s privacy rules go to HR; and that you kept nothing back and added nothing. You do not vouch for the answers themselves: you never saw them, and no one but the teacher can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Release %1 of %2 would count %3 contributions: %4 figures pass, %5 are withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counts only: you see how many colleagues each group has, never what they answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All %1 figures pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 figures pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 colleagues, %3 of %4 figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 withheld: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Save the check request for HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwijzer check requests (*.kwcontrole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose HR&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwijzer check answers (*.kwuitslag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the release for HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwijzer releases (*.kwvrijgave)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveProfileDialog</name>
    <message>
        <location filename="../teacher/exchange/RemoveProfileDialog.qml" line="+19"/>
        <source>Remove the school profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kernwijzer forgets the profile of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• Sharing with the school stops.
• Your team, role and age band are forgotten.
• Your reflections, POP and check-ins stay on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Until you import your school&apos;s profile again, with its verification code, the app uses the demo school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../teacher/backup/RestorePage.qml" line="+36"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .kwbackup file you made in Kernwijzer, on this device or another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The passphrase you chose when you made this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your journal on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device already has a journal with entries. Restoring puts the backup in its place; the journal that is here now is kept as a file beside it, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put my current journal aside and restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your journal is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Go to my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Forgot the passphrase? Then the backup cannot be opened, by anyone: that is what keeps it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kernwijzer backup (*.kwbackup)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleChoicePage</name>
    <message>
        <location filename="../shell/RoleChoicePage.qml" line="+31"/>
        <source>Welcome to Kernwijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who uses Kernwijzer on this device? You can change this later in the settings; each role keeps its own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New phone? Restore your journal from a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowButtons</name>
    <message>
        <location filename="../hr/RowButtons.qml" line="+19"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveAsRow</name>
    <message>
        <location filename="../teacher/gesprek/SaveAsRow.qml" line="+20"/>
        <source>Save as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolYearSwitcher</name>
    <message>
        <location filename="../teacher/pop/SchoolYearSwitcher.qml" line="+18"/>
        <source>Previous school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (not this year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>School year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next school year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreBadge</name>
    <message>
        <location filename="../common/ScoreBadge.qml" line="+14"/>
        <source>%1: %2 out of 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreSelector</name>
    <message>
        <location filename="../common/ScoreSelector.qml" line="+48"/>
        <source>%1: %2 out of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../shell/Sections.qml" line="+12"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <location line="+14"/>
        <location line="+12"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <location line="+14"/>
        <source>School profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Bestuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <location line="+12"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal, kernwaarden, POP and wellbeing. What you write stays on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarderingsgesprekken with the teachers of your teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR / P&amp;O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The school profile, and the school&apos;s anonymised vitality and kernwaarden figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertrouwenshouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The custodian: receives the teachers&apos; sealed files and releases group figures under the school&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../shell/SettingsPage.qml" line="+38"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Each role keeps its own files: switching never mixes a teacher&apos;s journal with a school&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Check-in reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remind me of my weekly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Day of the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time of the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders are not available on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next reminder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short notification; it never shows what you wrote or scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sharing with your school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove school profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For a profile of the wrong school, or one you no longer trust. Your reflections, POP and check-ins stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you write stays on this device. Kernwijzer sends nothing anywhere by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernwijzer sends nothing anywhere by itself: files go where you save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HR&apos;s database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The custodian&apos;s database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your conversations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideNavigation</name>
    <message>
        <location filename="../common/SideNavigation.qml" line="+35"/>
        <source>Kernwijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>+ New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesCard</name>
    <message>
        <location filename="../hr/SourcesCard.qml" line="+43"/>
        <source>School: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>not released</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <location filename="../hr/SourcesTab.qml" line="+36"/>
        <source>Compare with team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(school only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A share is of the check-ins that asked the question: how often colleagues named it. Several answers per check-in are possible, so the shares do not add up to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherRow</name>
    <message>
        <location filename="../leader/TeacherRow.qml" line="+50"/>
        <source>uit dienst since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no conversation held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No key yet: it comes with their first preparation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything about them is deleted on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export everything about %1 (access request)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In dienst again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark uit dienst today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeachersPage</name>
    <message>
        <location filename="../leader/TeachersPage.qml" line="+51"/>
        <source>Teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No teachers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A teacher appears here with their first preparation. Import it with &quot;Import file…&quot;, or drop it on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install your school&apos;s co-signed profile first (under School profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conversation files (*.kwgesprek *.kwreactie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 uit dienst?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From today, the school profile&apos;s retention period runs: after it, everything about %1 is deleted from this device. Until then you can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChartCard</name>
    <message>
        <location filename="../hr/TrendChartCard.qml" line="+105"/>
        <location line="+9"/>
        <source>not released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not released:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>band = 95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsTab</name>
    <message>
        <location filename="../hr/TrendsTab.qml" line="+25"/>
        <source>Point at a period for its figures. A grey column is a period whose figure was not released: the line breaks there; it is not a zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnTowardsView</name>
    <message>
        <location filename="../leader/TurnTowardsView.qml" line="+33"/>
        <source>Our conversation, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>What we agree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueFilterBar</name>
    <message>
        <location filename="../teacher/journal/ValueFilterBar.qml" line="+18"/>
        <source>Filter by kernwaarde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerslagNotes</name>
    <message>
        <location filename="../teacher/gesprek/VerslagNotes.qml" line="+14"/>
        <source>Your leader&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything %1 wrote about your conversation is here: there are no hidden notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Points of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your leader wrote no notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerslagPage</name>
    <message>
        <location filename="../teacher/gesprek/VerslagPage.qml" line="+47"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This file was not imported: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No verslag yet. When your leader sends you the verslag (a .kwverslag file), import it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a verslag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verslag by %1 of your conversation on %2 (version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answer each one. Akkoord: it becomes an action in your POP. Gezien: you saw it but do not agree; your leader sees that too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your leader wrote no agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your reaction (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About the conversation as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your reaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You signed your response: this conversation is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Response (*.kwreactie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved: %1. Send it to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign and save my response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save my response again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verslag (*.kwverslag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WellbeingPage</name>
    <message>
        <location filename="../teacher/wellbeing/WellbeingPage.qml" line="+46"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only you see these figures; they are made on this device from what you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reflections per kernwaarde per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No reflections in these months yet. Your first one appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n kernwaarde tick(s) in the last %1 months</source>
        <translation>
            <numerusform>%n kernwaarde tick in the last %1 months</numerusform>
            <numerusform>%n kernwaarde ticks in the last %1 months</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bar chart of your reflections per kernwaarde per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::AccessRequestExport</name>
    <message>
        <location filename="../leader/access_request_export.cpp" line="+38"/>
        <source>Access request %1 %2.pdf</source>
        <extracomment>File name of an access request&apos;s PDF; %1 the teacher, %2 today (2026-11-20).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No school profile is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything about %1 is written to %2: give it to them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::AppLock</name>
    <message>
        <location filename="../../core/lock/app_lock.cpp" line="+22"/>
        <source>Wrong PIN or passphrase. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two PINs are not the same. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PIN could not be secured: the device is short of memory. Close other apps and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The app lock is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong tries. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The app lock is on already: change its PIN with the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Choose one of the offered times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/lock/lock_rules.cpp" line="+12"/>
        <source>Type a PIN of at least %1 digits, or a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PIN has at least %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passphrase has at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passphrase does not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::Backup</name>
    <message>
        <location filename="../../core/backup/backup_file.cpp" line="+22"/>
        <source>This backup holds a journal of a newer version of Kernwijzer (schema %1; this app knows up to %2). Update the app to restore it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The backup could not be read or written (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is not enough memory to open the passphrase&apos;s key (%1 MiB needed). Close other apps and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/backup/backup_format.cpp" line="+16"/>
        <source>This is not a Kernwijzer backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is damaged: it cannot be restored. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is incomplete, it may not have been finished. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong passphrase, or the file is damaged. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This backup was made by a newer version of Kernwijzer (backup format %1). Update the app to restore it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The passphrase cost in this backup is outside what Kernwijzer accepts: the file is damaged or was changed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/backup/journal_backup.cpp" line="+34"/>
        <source>The disk is full: the backup was not written. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+89"/>
        <source>Cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-79"/>
        <source>The backup could not be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup read back differs from what was written: the disk may be failing. It was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A backup passphrase has at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup passphrase cannot be only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passphrase cost is outside what Kernwijzer accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup&apos;s file name ends with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists already: a backup is never written over a file. Choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <location filename="../../core/backup/journal_restore.cpp" line="+133"/>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../core/backup/journal_restore.cpp" line="+4"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/backup/journal_restore.cpp" line="-103"/>
        <source>The journal in this backup cannot be opened by this version of Kernwijzer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The journal %1 could not be replaced; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 exists already: a backup is restored into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is still open: close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The journal %1 is in use by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::BackupMaker</name>
    <message>
        <location filename="../teacher/backup/backup_maker.cpp" line="+47"/>
        <source>No backup made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Backup made and checked: %n reflection(s), %1, in %2.</source>
        <translation>
            <numerusform>Backup made and checked: %n reflection, %1, in %2.</numerusform>
            <numerusform>Backup made and checked: %n reflections, %1, in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::BackupRestorer</name>
    <message>
        <location filename="../teacher/backup/backup_restorer.cpp" line="+49"/>
        <source>Made on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on %1 by Kernwijzer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a backup file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your journal on this device has entries. Confirm that it may be put aside (it is kept as a file) before restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Restored: %n reflection(s).</source>
        <translation>
            <numerusform>Restored: %n reflection.</numerusform>
            <numerusform>Restored: %n reflections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Restored: %n reflection(s), the last one of %1.</source>
        <translation>
            <numerusform>Restored: %n reflection, of %1.</numerusform>
            <numerusform>Restored: %n reflections, the last one of %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your previous journal is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::Bestuur</name>
    <message>
        <location filename="../../core/bestuur/bestuur_merge.cpp" line="+88"/>
        <source>The figures of %1 do not fit in one sum; merge fewer schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/bestuur/bestuur_report.cpp" line="+47"/>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/bestuur/bestuur_schema.cpp" line="+78"/>
        <source>There is no bestuur database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a Kernwijzer bestuur database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/bestuur/bestuur_store.cpp" line="+71"/>
        <source>Another aggregate of release %1 of %2 by %3 is stored, with other figures; a school makes one aggregate per release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This aggregate of %1 is signed by HR key %2, but this bestuur database knows the school by HR key %3; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This aggregate carries another profile of %1 with version %2 than the one stored; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Profile version %1 of %2 is not in this bestuur database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The stored profile version %1 of %2 is no longer co-signed under the school&apos;s HR key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::BestuurBoard</name>
    <message>
        <location filename="../hr/bestuur_board.cpp" line="+34"/>
        <source>%1, %2 (release %3): added, %4 figures released, %5 withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2: release %3 replaced release %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 (release %3): already imported, nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2: release %3 is older than release %4 already here; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This school has no such group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Bestuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No aggregate files (.kwaggregaat) found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::CheckinForm</name>
    <message>
        <location filename="../teacher/wellbeing/checkin_form.cpp" line="+196"/>
        <source>%1 out of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average %1 out of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::CheckinTrend</name>
    <message>
        <location filename="../teacher/wellbeing/checkin_trend.cpp" line="+123"/>
        <source>%1: see a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::ContributionPreviewModel</name>
    <message>
        <location filename="../teacher/exchange/contribution_preview_model.cpp" line="+54"/>
        <source>Your school&apos;s profile no longer has this period. Go back and choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reflections per kernwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No team, role or age band given: you count for the whole school only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contribution %1.kwbijdrage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 cannot be made. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::Conversation</name>
    <message>
        <location filename="../../core/conversation/conversation_file.cpp" line="+58"/>
        <source>The conversation file does not keep to the format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds control or invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is missing, too long or holds characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no valid keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the conversation has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the revision is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <source>leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>the teacher and the leader have the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The signature of this conversation file does not check out: it was changed or not made by the %1 it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>This conversation file names another author than the key it is signed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The recipient&apos;s key cannot be sealed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This %1 is too large to send (%2 KB, at most %3 KB): leave out some items or shorten their texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This file was made for another leader: it cannot be opened with your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file was made for another teacher or another device: it cannot be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was changed after it was sealed: it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file was written for someone else and sealed again to you: it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the conversation&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <location line="+47"/>
        <source>the day it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-99"/>
        <source>the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds more than %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an item has no known agenda part or source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an item&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an item&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an item is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an item&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an item names more than 7 kernwaarden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a kernwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an item names an agreement without a valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds more than 8 wellbeing series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a wellbeing series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a wellbeing series&apos; name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a wellbeing series holds more than 120 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a wellbeing point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a wellbeing score is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it does not name the preparation it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day it was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it holds notes for more than the four parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>notes name an unknown part, or a part twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the leader&apos;s points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it holds more than %1 agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an agreement has no id, or the id of another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an agreement does not say what is agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who acts on an agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an agreement&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an agreement&apos;s kernwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>an agreement&apos;s goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it does not name the verslag it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it answers more than %1 agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an answer names no agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an agreement is answered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an answer is neither akkoord nor gezien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/conversation/leader_import.cpp" line="+59"/>
        <source>This conversation is closed already (signed by both): nothing more is imported for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file is for another school (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file belongs to another conversation (%1), not to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is not a preparation (.kwgesprek) or a response (.kwreactie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a verslag, which is for the teacher: a leader imports preparations and responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no conversation %1 to respond to: import its preparation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No verslag was made for this conversation yet: this response answers nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This response is signed with another key than the one of the teacher of this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This response answers another verslag than the one made last (revision %1): ask the teacher to respond to that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This response does not answer each agreement of the verslag once, in its order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The teacher is gone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This preparation names %1, but its key is the key of %2 on your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conversation %1 is another teacher&apos;s: this file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The verslag of this conversation was made already: a new preparation can no longer replace the one it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This preparation (revision %1) was imported already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision %1 of this preparation is kept already; this file holds revision %2: an old copy or a replay, refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The key of %1 changed (was %2, this file: %3). Check with the teacher that they made a new key (a new phone), then import again and accept the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is the first file of %1, whom you added by hand; it brings key %2. Compare it with the key the teacher&apos;s app shows (Gesprek, your key), then import again and accept the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/conversation/leader_retention.cpp" line="+16"/>
        <location line="+107"/>
        <source>%1 is not on your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-104"/>
        <source>The day a teacher leaves is at most a year ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <location filename="../../core/conversation/leader_store.cpp" line="+384"/>
        <location filename="../../core/conversation/leader_verslag.cpp" line="+38"/>
        <source>No conversation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../core/conversation/leader_verslag.cpp" line="+66"/>
        <source>The leader&apos;s notes of this conversation are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/conversation/leader_store.cpp" line="-347"/>
        <source>prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held, verslag sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed, signed by both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This is not a leader&apos;s secret key file (make one as leidinggevende).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The school profile does not list this key as a leader: ask HR to add your public key file to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This database belongs to another leader&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This leader database is for school %1; this profile is for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This profile was not signed by your school: its HR key differs from the one of the profile you installed first (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Version %1 of the school profile is installed already, as another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 of the school profile is older than the installed version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The school profile in the leader database no longer checks out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The leader database does not say which leader of the profile it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Install the school profile in the leader database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key is not the key of the leader this database belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A teacher&apos;s name is one line of at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The school profile has no team &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is on the list already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>A conversation is named by at least 6 hex digits of its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>More than one conversation starts with %1: give more digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/conversation/leader_verslag.cpp" line="-63"/>
        <source>This conversation is closed already (signed by both): its verslag can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The day the conversation was held must be a day up to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/conversation/teacher_agreements_to_pop.cpp" line="+84"/>
        <source>&quot;%1&quot; is not a kernwaarde of your school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agreement &quot;%1&quot; becomes a new goal in your POP, and a goal needs a kernwaarde: choose the one it serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The agreement &quot;%1&quot; cannot become a goal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/conversation/teacher_conversation_store.cpp" line="+100"/>
        <source>Give the name your leader knows you by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name has at most %1 characters and no control characters or &lt; &gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../core/conversation/teacher_conversations.cpp" line="+92"/>
        <source>The preparation has no conversation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;%1&quot; is not a conversation id: give at least its first 6 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no conversation %1 on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several conversations start with %1: give more digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This conversation began with other keys of your leader (or with another leader or school): a new version of its preparation is never sealed to other keys than the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A verslag of this conversation has arrived: its preparation cannot change any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This conversation is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This conversation has no verslag to respond to, or was closed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/conversation/teacher_conversations.cpp" line="-62"/>
        <source>The keys of %1 in your school&apos;s profile changed since this conversation began (signing key %2, was %3; sealing key %4, was %5). Nothing more of this conversation goes to or comes from other keys: check the new fingerprints with %1, then start a new preparation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;%1&quot; is not a leader in the profile of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose your leader: you have not chosen your team yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your leader: the profile of %1 names no leader for your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the name your leader knows you by: it is on your preparation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The verslag of this conversation has arrived: its preparation cannot change any more. Start a new preparation for your next conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This conversation was prepared for another leader (%1). Start a new preparation to prepare one with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This journal uses the demo school, whose keys anyone can have: import your school&apos;s profile before you prepare a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/conversation/teacher_preparation_builder.cpp" line="+51"/>
        <source>%1 you chose for the conversation no longer exists: take it out of the preparation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reflection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2 of %3 actions done · %4 reflection(s) as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How I will know: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 hours this year, %2 saved from earlier years, %3 spent, %4 planned; %5 hours left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 hours expire on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Professionaliseringsuren %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your WHO-5 and pulse scores are health data. Your leader may not ask for them; share them only if you want to talk about them, for this conversation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the day of the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/conversation/teacher_preparation_draft.cpp" line="+31"/>
        <source>The kept preparation of your conversation cannot be read; start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Looking back and appreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy and balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talent and growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The future and agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/conversation/teacher_response.cpp" line="+26"/>
        <location filename="../../core/conversation/teacher_verslag_import.cpp" line="+92"/>
        <source>There is no such conversation on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The verslag of this conversation has not arrived yet: import it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You responded to this conversation on %1 already: it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The verslag has no agreement %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement %1 is answered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer every agreement with akkoord or gezien: &quot;%1&quot; has no answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>You have not responded to this conversation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/conversation/teacher_verslag_import.cpp" line="-60"/>
        <source>This verslag belongs to a conversation that is not on this device: it answers another preparation than yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You responded to this conversation on %1: it is closed, and no verslag replaces the one you answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This verslag was signed by someone else than the leader your preparation was sealed to: it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This verslag answers another version of your preparation than the last one you sent (version %1). Ask your leader to import that one and write the verslag again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This verslag (version %1) was imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is version %1 of the verslag; you already have the newer version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The verslag of this conversation has not arrived yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/conversation_pdf.cpp" line="+297"/>
        <source>The kept files are not one signed conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This conversation has no verslag yet: there is nothing signed to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the verslag belongs to another conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the verslag answers another preparation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the response belongs to another conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the response answers another verslag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::ConversationFileImport</name>
    <message>
        <location filename="../leader/conversation_file_import.cpp" line="+48"/>
        <source>The response of %1 to your verslag: it closes the conversation of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A newer preparation (revision %1) of %2 for the conversation of %3: it replaces the one you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preparation of %1 for the waarderingsgesprek of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open or unlock your key first (under Key): only it opens the teachers&apos; files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Drop a teacher&apos;s preparation (.kwgesprek) or response (.kwreactie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The response of %1 is in: the conversation is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preparation of %1 is in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::ConversationNotes</name>
    <message>
        <location filename="../leader/conversation_notes.cpp" line="+123"/>
        <source>Keeping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Write what is agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::ConversationReport</name>
    <message>
        <location filename="../../core/reports/conversation_pdf.cpp" line="-279"/>
        <source>Looking back and appreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy and balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talent and growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Future and agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POP goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>professional development hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>earlier agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>own point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The teacher shared nothing for this part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared by the teacher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The leader&apos;s points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agreements were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>POP goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: akkoord (agreed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: gezien (seen, not agreed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wellbeing (shared by the teacher for this conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The teacher chose to share these scores. They are health data: keep them only as long as the verslag is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The teacher has not responded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The teacher added no general reaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed by the leader on %1; the teacher has not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by both on %1 (the leader on %2, the teacher on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Teacher: %1 · signing key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leader: %1 · signing key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+142"/>
        <source>Conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Verslag of the waarderingsgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held on %1 · prepared by the teacher on %2 · verslag written on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+125"/>
        <source>The teacher&apos;s reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each signature is an Ed25519 signature over the file as it was sent; the fingerprints above identify the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+120"/>
        <source>Made with Kernwijzer on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Everything held about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · held by %2 · for an access request (AVG article 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation key: none received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation key: signing %1 · sealing %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of service since %1; everything below is deleted on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no other notes: everything the leader writes is part of the verslag the teacher receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conversation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepared by the teacher on %1 (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verslag sent on %1, held on %2 (revision %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No verslag sent yet: the notes below are the leader&apos;s draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by the teacher on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::Custodian</name>
    <message>
        <location filename="../../core/custodian/contribution_opener.cpp" line="+43"/>
        <source>This is not a file that can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This contribution is for another school (%1), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was made with version %1 of the school profile, which this database does not have; add that version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It was made with version %1 of the school profile, which counts other figures than the current version %2: the two cannot be added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No part of it is sealed to your key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its HR part is not sealed to the HR key of the school profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/custodian/custodian_inbox.cpp" line="+68"/>
        <source>The same contribution for %1 is kept already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revision %1 for %2 is older than the revision %3 kept: nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revision %1 for %2 is kept already with other numbers: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>HR could not check this contribution before %1 was released; it cannot join that period any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This copy for %1 replaces the one whose part HR could not check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision %1 for %2 replaces revision %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was released with revision %2 of this contribution; a released contribution cannot be replaced: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was released already: kept aside for a re-release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The custodian database has no school profile yet: add the co-signed profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>This is not a custodian&apos;s secret key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key (%1) is not the custodian&apos;s key in the school profile of %2 version %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 The import stopped after %2 files; those are kept, the rest were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/custodian/custodian_store.cpp" line="+26"/>
        <source>A contribution in the custodian database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This custodian database is for school %1; this profile is for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version %1 of the school profile is stored already, as another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Version %1 of the school profile in the custodian database no longer checks out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/custodian/custodian_store_releases.cpp" line="+61"/>
        <source>A release is recorded with the SHA-256 of its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A release lists a contribution twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Release %1 of %2 cannot be recorded: the next is release %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A release can only sum contributions as they are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/custodian/import_outcome.cpp" line="+40"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other profile version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not for this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/custodian/custodian_release.cpp" line="+42"/>
        <location filename="../../core/custodian/release_preview.cpp" line="+131"/>
        <source>This custodian database has no school profile yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&quot;%1&quot; is not a period of %2 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has not closed yet; it can be released from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>HR has checked every contribution of this release of %1 already; it can be made now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These contributions are too few to release any figure of %1 yet, so HR does not see them; nothing was written. They wait for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>This answer contradicts HR&apos;s earlier verdict on %n contribution(s); a verdict once given stands. Nothing was recorded.</source>
        <translation>
            <numerusform>This answer contradicts HR&apos;s earlier verdict on %n contribution; a verdict once given stands. Nothing was recorded.</numerusform>
            <numerusform>This answer contradicts HR&apos;s earlier verdict on %n contributions; a verdict once given stands. Nothing was recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>HR has not checked %n of the contributions of this release of %1 yet. Send HR a check request first, and bring back its answer.</source>
        <translation>
            <numerusform>HR has not checked %n contribution of this release of %1 yet. Send HR a check request first, and bring back its answer.</numerusform>
            <numerusform>HR has not checked %n of the contributions of this release of %1 yet. Send HR a check request first, and bring back its answer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These contributions are too few to release any figure of %1 without singling someone out. Nothing was written; they wait for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The release could not be recorded (%1); the file was removed again and nothing was released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/custodian/profile_cosign.cpp" line="+18"/>
        <source>HR has not signed this profile: only a profile HR signed can be co-signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This profile names another custodian: %1 (key %2). Your key is %3; only the custodian it names can co-sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This profile ran out on %1; HR must give it a later end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You keep the profile of %1 (%2); this one is of another school (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You co-signed version %1 already; this is an older version (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You co-signed version %1 already, with other content. HR must give the update a higher version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/custodian/release_preview.cpp" line="-89"/>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources of werkdruk and werkplezier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::Demo</name>
    <message>
        <location filename="../../core/demo/demo_pop.cpp" line="+261"/>
        <source>The demo POP is only written into an empty POP; this journal has goals or hours already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demo_school.cpp" line="+30"/>
        <source>A simulated school has %1 to %2 teachers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A simulated school has 1 to %1 periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A simulated school&apos;s id is 1 to 40 lowercase letters, digits, - and _, and its name is not blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demo_bestuur.cpp" line="+96"/>
        <location filename="../../core/demo/demo_school.cpp" line="+11"/>
        <location line="+11"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../../core/demo/demo_school.cpp" line="+216"/>
        <source>Cannot clear the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../core/demo/demo_school.cpp" line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demo_school.cpp" line="-230"/>
        <source>%1 is not empty; the simulated school needs an empty or new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demo_school_teacher.cpp" line="+182"/>
        <source>Teacher %1&apos;s journal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+78"/>
        <source>Teacher %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demo_leader.cpp" line="+173"/>
        <source>The demo leader&apos;s conversation with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The simulated school has no team for its team leader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::DeskKey</name>
    <message>
        <location filename="../services/desk_key.cpp" line="+105"/>
        <source>This is a public key file (.pub): open the secret key file beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>This key belongs to the custodian, not to HR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This key belongs to HR, not to the custodian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The passphrase could not be kept in %1; you will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a key file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <source>The demo school uses its own keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A passphrase has at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder for the key file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::DeviceSecret</name>
    <message>
        <location filename="../../core/teacher/device_secret.cpp" line="+38"/>
        <source>Kernwijzer does not make a new secret, as that would change the ids of the contributions you share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Your device secret is kept in your system&apos;s keychain, which cannot be reached now (%1). Unlock or start the keychain and try again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this program runs without a keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your device secret is kept in your system&apos;s keychain, but %1 has no entry &quot;%2&quot; now: the keychain may be locked or another one than before, or this journal was copied from another device. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The device secret in your system&apos;s keychain (entry &quot;%1&quot;) is damaged. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::Exchange</name>
    <message>
        <location filename="../../core/exchange/contribution_file.cpp" line="+152"/>
        <source>The contribution is incomplete and was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The key of %1 in the school profile cannot keep a part secret; nothing was written. Ask your school&apos;s HR for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The school profile asks for more figures than a contribution can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This contribution follows another metric layout than the school profile&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This contribution&apos;s signature does not check out: it was not made by a teacher&apos;s device, or it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This contribution&apos;s numbers do not match what the teacher&apos;s device signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <source>This contribution is for another school (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This contribution has no part that your key (%1) can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This contribution cannot be opened: it was changed or damaged on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This contribution&apos;s sealed part does not match its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <source>This contribution was made with profile version %1, not version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/exchange/envelope.cpp" line="+58"/>
        <source>school profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>secret key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custodian handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conversation preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conversation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conversation response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file is damaged or incomplete: it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file is too large for a Kernwijzer %1 (%2 KB, at most %3 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a Kernwijzer file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file was made by a newer version of Kernwijzer (format %1). Update the app to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This %1 was made by an older version of Kernwijzer (format %2), which is no longer read. Ask whoever made it to update the app and make it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is a %1, not a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a regular file; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a %2 (%3 KB), not the kind of file expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large for a Kernwijzer file (%2 KB, at most %3 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is too large for a Kernwijzer file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 exists already (as a file, a folder or a link): it is not overwritten. Choose a new file name.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+21"/>
        <source>The disk is full: %1 was not written. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/exchange/key_file.cpp" line="+140"/>
        <source>HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/exchange/profile_codec.cpp" line="+366"/>
        <source>custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>This file is too large to be a Kernwijzer key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This key file has been changed: its signature does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This key file is locked with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase is not right for this key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is a %1, not a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/exchange/metric_layout.cpp" line="+39"/>
        <source>%1 at or below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reflections on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-ins asking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/exchange/profile_codec.cpp" line="-213"/>
        <source>The profile does not name the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile has no valid keys for the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile names a key for the %1 without proof that they hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>leader %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile pairs leader %1&apos;s signing key with a sealing key the leader did not sign: only the leader can choose their sealing key, with their own public key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leader %1 has a key that someone else in the profile also has: every leader must hold a key of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The profile carries a custodian handover made for another school, another HR key or a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The profile holds control characters, invisible characters or &lt; &gt; in a name or text; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile has an invalid end date &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The profile carries more than %1 custodian handovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile lists more than %1 leaders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The profile has no version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school (HR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The profile asks for more figures than a contribution can hold (at most 300 metrics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The school and the custodian have the same key: the custodian must hold a key of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/exchange/profile_file.cpp" line="+24"/>
        <source>This file was not signed by your school, or it was changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../core/exchange/profile_signing.cpp" line="+65"/>
        <source>A profile is created with HR&apos;s secret key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile names other HR keys than the key file given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile needs an end date (valid_until).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This key file cannot sign profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This profile names another %1 than the key file given (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This file was not signed by your school: it is not signed with the HR key you accepted before (%1). If that earlier profile was the wrong one, remove it in Settings (profile remove) and import your school&apos;s profile with its verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The custodian&apos;s signature on this profile does not check out, or the file was changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This profile has not been signed by the custodian (%1) yet, so it cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This profile of %1 has no end date, so it cannot be used. Ask your school for the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This profile of %1 expired on %2. Ask your school for the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/teacher/teacher_exchange.cpp" line="+53"/>
        <source>This file was not signed by your school: its HR key differs from the one you accepted before (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is version %1 of the profile; you already have the newer version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This profile has the same version (%1) as yours but different content. Ask your school which one is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This journal already has a school&apos;s own profile; the demo school is not installed over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The stored school profile is no longer signed by both key holders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This profile uses the demo school&apos;s keys. They are public, so anyone could open what you share with it. Import your own school&apos;s profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no current school profile on this device. Import your school&apos;s profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sharing with your school is off. Turn it on first; nothing leaves your device until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-174"/>
        <source>The school profile stored on this device cannot be checked (%1), so no other profile can be compared with it. Ask your school&apos;s HR for help, or remove it in Settings and import your school&apos;s profile again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/exchange/demo_keys.cpp" line="+62"/>
        <source>This profile uses the demo school&apos;s keys. They are public, so anyone could open what you share with it. It cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/teacher/teacher_exchange.cpp" line="+17"/>
        <source>This profile is for %1, but this app uses the profile of %2. Only the demo school&apos;s profile can be replaced by another school&apos;s; to change schools, remove the current profile in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Type the verification code that %1 published (six groups of four digits, from the MR or the staff room, not from the e-mail that brought this file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This verification code does not match this profile of %1. Do not install it: the profile may not come from your school. Check the code with your MR or custodian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Your school now uses periods of %1 months; choose one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period %1 has not ended yet; you can share it from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your school&apos;s profile expired on %1. Import the current one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your team, role or age band is not in the school&apos;s current profile. Choose them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have shared %1 %2 times, the most a school accepts. The last file you sent is the one that counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Your school profile or your choices changed after the preview. Look at the numbers again before you export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file was written, but this device could not note that you shared this period (%1). The file is fine to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/exchange/custodian_handover.cpp" line="+45"/>
        <source>A handover is signed with the secret key file of the custodian this profile names (%1, key %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new custodian needs a custodian key file of their own, not the current custodian&apos;s or HR&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This custodian handover was not signed by the outgoing custodian, or it was changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This profile names another custodian (%1, key %2) than the one you accepted (%3, key %4), without a handover signed by %3 for version %5 or later. Only the outgoing custodian can hand over; ask %3 and your school&apos;s HR. Until then, your current profile stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/exchange/release_file.cpp" line="+71"/>
        <source>A release is signed with the custodian&apos;s secret key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A part for HR in this release is damaged; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This release is too large for one file (%1 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This release is not signed by the custodian of %1 (%2), or it was changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This release is for another school (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This release was made with profile version %1, not version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This release lists a contribution twice or out of order; it was not made by Kernwijzer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This release shows a group smaller than the school&apos;s minimum; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This release withholds a figure for a reason only HR can give; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This release holds a part that is not sealed to HR&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This release holds %1 parts for HR for %2 contributions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/hr/release_import.cpp" line="+46"/>
        <source>This release was made with version %1 of the school profile, which this database does not have yet. Import that profile first (--profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/school/release_check.cpp" line="+33"/>
        <source>A release is opened with HR&apos;s secret key file of this school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is release %1 of %2, but the next one expected is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This re-release of %1 adds no contribution to the earlier one; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A part for HR in this release is not the contribution the release lists; the release is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This release drops or changes a contribution of an earlier release of %1; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This release counts other groups than its own parts show; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/school/release_maker.cpp" line="+57"/>
        <source>A contribution of an earlier release of %1 is missing or changed in this database; no release was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was released already and no contribution arrived since; there is nothing to release again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A contribution for another period or layout was offered for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/school/release_plan.cpp" line="+70"/>
        <source>A contribution names a team, role or age band that the school profile does not have, or follows another layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>There is nothing to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/exchange/check_file.cpp" line="+31"/>
        <source>This file is for another school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file was made with profile version %1, not version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>HR&apos;s part checks out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HR could not open its part: the file was damaged on the way or not made for this school. The teacher can export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HR&apos;s part is not signed by the teacher&apos;s device or does not belong to this contribution. The teacher can export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HR&apos;s part belongs to another file of this teacher (a mixed copy). The teacher can export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A check request is signed with the custodian&apos;s secret key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This check request is too large for one file (%1 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This check request is not signed by the custodian of %1 (%2), or it was changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This check request lists a contribution twice or out of order; it was not made by Kernwijzer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A check answer is signed with HR&apos;s secret key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This check answer is too large for one file (%1 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This check answer is not signed by HR of %1 (%2), or it was changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This check answer judges a contribution twice or out of order; it was not made by Kernwijzer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/hr/check_answer.cpp" line="+18"/>
        <source>This check request was made with version %1 of the school profile, which this database does not have yet. Import that profile first (--profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/school/hr_part.cpp" line="+17"/>
        <source>A part for HR does not open with your key, or it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A part for HR belongs to another school, period or group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A check request is answered with HR&apos;s secret key file of this school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/exchange/metric_values.cpp" line="+117"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/exchange/aggregate_file.cpp" line="+33"/>
        <source>The school profile in this aggregate does not check out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The school profile in this aggregate is not signed by both HR and the custodian; it cannot vouch for the school&apos;s HR key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This aggregate holds a sum no group of its size can reach; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An aggregate is signed with the secret key file of the school&apos;s HR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This aggregate is too large for one file (%1 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The aggregate was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This aggregate is not signed by a school&apos;s HR, or it was changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This aggregate is signed with key %1, not with the HR key of %2 (%3) that its co-signed profile names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This aggregate names another school or profile version than the profile it carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This aggregate shows a group smaller than the school&apos;s minimum; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/exchange/new_key_files.cpp" line="-24"/>
        <source>A key needs the holder&apos;s name, as teachers will see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name and role may not hold control characters, invisible characters or &lt; &gt;: every reader of the key file would refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name and role have at most %1 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 exists already; keys are never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/exchange/profile_signing.cpp" line="-52"/>
        <source>This is not a custodian&apos;s key file: the custodian names the profile with their public key file (.kwsleutel.pub).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This is not a leader&apos;s key file: a leader makes one in the app (role Team leader, Key) and gives HR the public key file (.kwsleutel.pub).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This leader&apos;s public key file was made by an older version of Kernwijzer and does not pair its keys yet: ask the leader to save their public key file (.kwsleutel.pub) again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This key is HR&apos;s or the custodian&apos;s; a leader needs a key of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already listed with this key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::ExchangeService</name>
    <message>
        <location filename="../services/exchange_service.cpp" line="+18"/>
        <source>Rather not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+273"/>
        <source>The secret this device derives your contributions&apos; ids from is kept in your system&apos;s keychain. A copy of your journal file alone does not reveal it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret this device derives your contributions&apos; ids from is kept in this journal, because no system keychain could be reached. Whoever gets a copy of your journal file can tell which contributions came from this device. At a next export it moves to the keychain, when one can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your first export makes the secret this device derives your contributions&apos; ids from. It is kept in your system&apos;s keychain, or in this journal when no keychain can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-276"/>
        <source>%n staff</source>
        <translation>
            <numerusform>%n staff</numerusform>
            <numerusform>%n staff</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kw::FigureLabels</name>
    <message>
        <location filename="../hr/figure_labels.cpp" line="+41"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>95 %-interval %1–%2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95 %-interval %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>n = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1%2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 since %2: a real change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 since %2: within the margin, no real change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No earlier period to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not comparable: withheld in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not compared: too few figures for a test.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::HoursLedgerModel</name>
    <message>
        <location filename="../teacher/pop/hours_ledger_model.cpp" line="+135"/>
        <source>Enter hours as a number, such as 2, 1,5 or 1:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter your FTE as a number, such as 0,8 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::Hr</name>
    <message>
        <location filename="../../core/hr/cell_figure.cpp" line="+11"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/hr/hr_report.cpp" line="+184"/>
        <source>Not shown: the release has no count of the check-ins that asked this question, so no share can be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withheld in every school that has this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/hr/hr_schema.cpp" line="+113"/>
        <source>%1 is not a Kernwijzer HR database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>There is no HR database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/hr/hr_store.cpp" line="+23"/>
        <source>A part of the release has no valid submission id or revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This profile is not signed by both HR and the custodian yet; HR works only with the co-signed profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This HR database is for school %1; the profile is of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another profile with version %1 is stored already; a new profile needs a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Profile version %1 is not in this HR database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The stored profile version %1 is no longer signed by both key holders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The release has no valid file hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The release follows profile version %1, which is not in this HR database; add that profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The release is of school %1; this HR database is for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This release was imported already (release %1 of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Period %1 expects release %2 next, not release %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A part of the release changes a contribution stored with an earlier release of %1; once released, a contribution is frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/hr/figure_rows.cpp" line="+17"/>
        <source>A figure names no metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A school figure names a cell (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A withheld figure (%1) carries a count or a sum; neither is ever stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A released figure (%1) has fewer contributors than any school&apos;s minimum group size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/hr/period_aggregate.cpp" line="+32"/>
        <location filename="../../core/hr/report_history.cpp" line="+36"/>
        <source>This HR database has no release of period %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>HR&apos;s database lacks figure %1 of %2 %3 in release %4 of %5; no aggregate can be made of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/hr/release_advice.cpp" line="+11"/>
        <source>Do not use this file. Check that it is your school&apos;s release; if it is, ask the custodian to make it again and to send it to you directly. If that copy is refused too, compare the custodian&apos;s key fingerprint with the one in the school profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check that HR&apos;s key is unlocked, and import the releases of a period in order, the first one first; the custodian can tell you which there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the school profile version the release names first, then this release again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The school profile has expired: HR and the custodian sign a new one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was imported. Make sure HR&apos;s database can be written (free disk space, no other program using it) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is damaged or not a release: ask the custodian to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/hr/report_csv.cpp" line="+55"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cell id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metric id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% interval, low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95% interval, high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/hr/participation.cpp" line="+41"/>
        <source>%n contribution(s) this period; the profile gives no staff count to compare it with.</source>
        <translation>
            <numerusform>%n contribution this period; the profile gives no staff count to compare it with.</numerusform>
            <numerusform>%n contributions this period; the profile gives no staff count to compare it with.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contributions from %2 staff: %3 took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are more contributions than the profile has staff: its staff counts are out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fewer than %1 of the staff took part: read the figures as those of the colleagues who did, not of the whole school.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::HrExport</name>
    <message>
        <location filename="../hr/hr_export.cpp" line="+67"/>
        <source>Vitality %1 %2.pdf</source>
        <extracomment>File name of HR&apos;s PDF report; %1 the school, %2 the period (&quot;sep–okt 2026&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures %1 %2.csv</source>
        <extracomment>File name of HR&apos;s CSV export; %1 the school, %2 the period or empty for all.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>HR&apos;s database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is HR&apos;s database itself; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::HrHeatmapModel</name>
    <message>
        <location filename="../hr/hr_heatmap_model.cpp" line="+90"/>
        <source>No figure in this period&apos;s release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::HrKernwaardenModel</name>
    <message>
        <location filename="../hr/hr_kernwaarden_model.cpp" line="+84"/>
        <source>No figure in this period&apos;s release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::HrOverviewModel</name>
    <message>
        <location filename="../hr/hr_overview_model.cpp" line="+58"/>
        <source>No figure in this period&apos;s release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::HrSourcesModel</name>
    <message>
        <location filename="../hr/hr_sources_model.cpp" line="+99"/>
        <location line="+55"/>
        <source>No figure in this period&apos;s release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Share of %1 check-ins by %2 colleagues.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::HrTrendChart</name>
    <message>
        <location filename="../hr/hr_trend_chart.cpp" line="+46"/>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: share at or below the cut-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reflections per kernwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reflections per colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No figure in this period&apos;s release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1: no figure in this period&apos;s release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not released. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 (%3%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::InboxImport</name>
    <message>
        <location filename="../custodian/inbox_import.cpp" line="+60"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled after %1 of %2 files. The %3 files kept until then stay kept; choose the folder again to import the rest (files kept already are recognised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 files read: %2 kept, %3 not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An import is running already; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The custodian&apos;s desk is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No files or folders were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The custodian&apos;s database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock the custodian&apos;s key first (under Keys): only it opens the teachers&apos; files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::Journal</name>
    <message>
        <location filename="../../core/journal/journal_store.cpp" line="+25"/>
        <source>This reflection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::JournalService</name>
    <message>
        <location filename="../services/journal_service.cpp" line="+71"/>
        <source>That is your journal itself; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::LeaderConversationModel</name>
    <message>
        <location filename="../leader/leader_conversation_model.cpp" line="+58"/>
        <source>Tomorrow: the waarderingsgesprek with %1. Read the preparation today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::LeaderProfile</name>
    <message>
        <location filename="../leader/leader_profile.cpp" line="+88"/>
        <source>Open or unlock your key first (under Key): the profile must list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile of %1 (version %2) does not list your key yet (%3). Give HR the .pub file of your key: HR adds you as the leader of your teams, the custodian co-signs, and you install that new version here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Version %1 of %2 was installed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 of %2 installed: you are listed as leader %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop the school&apos;s co-signed profile (.kwprofiel).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::LeaderReminder</name>
    <message>
        <location filename="../leader/leader_reminder.cpp" line="+48"/>
        <source>Tomorrow you have a waarderingsgesprek. Read the teacher&apos;s preparation in Kernwijzer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tomorrow you have %n waarderingsgesprekken. Read the preparations in Kernwijzer.</source>
        <translation>
            <numerusform>Tomorrow you have %n waarderingsgesprek. Read the preparation in Kernwijzer.</numerusform>
            <numerusform>Tomorrow you have %n waarderingsgesprekken. Read the preparations in Kernwijzer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwijzer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::LockService</name>
    <message>
        <location filename="../services/lock_service.cpp" line="+164"/>
        <source>Unlock Kernwijzer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::PeriodRelease</name>
    <message>
        <location filename="../custodian/period_release.cpp" line="+71"/>
        <source>These contributions are too few to release any figure yet: nothing can be released. They wait until more colleagues have sent their file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HR has not checked %1 of the %2 contributions yet. First send HR the check request and read HR&apos;s answer; then you can release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+164"/>
        <source>Unlock the custodian&apos;s key first (under Keys): the release is signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-132"/>
        <source>The custodian&apos;s database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No contributions yet. Import the teachers&apos; files in the Inbox first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Unlock the custodian&apos;s key first (under Keys): the check request is signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1: HR&apos;s check of %2 contributions of %3. Send it to HR; HR answers with a .kwuitslag file, which you read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No answer was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: HR&apos;s answer for %2 recorded: %3 contributions check out, %4 refused (left out until the teacher sends the file again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved %1: release %2 of %3. Send it to HR. Teachers&apos; files that arrive from now on wait for a re-release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::Pop</name>
    <message>
        <location filename="../../core/pop/hours_entry.cpp" line="+23"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the date of the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a date in the school years %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a kind of professionalisation activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the activity in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The description is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the planned hours, the spent hours or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One activity can count for at most %1 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The FTE must be more than 0 and at most 1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a birth year from 1930 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pop/hours_store.cpp" line="+21"/>
        <source>This hours entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <location filename="../../core/pop/pop_rules.cpp" line="+95"/>
        <source>Choose a school year from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pop/pop_rules.cpp" line="-47"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the goal a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title is %1 characters long; the limit is %2. Shorten it; nothing has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link the goal to at least one kernwaarde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a kernwaarde of your school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a theme of your school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The success criteria are %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The target date %1 lies before the school year %2 begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the action a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pop/pop_store.cpp" line="+19"/>
        <source>This goal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This action no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This reflection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+197"/>
        <source>This goal has %n linked reflection(s). Removing it keeps them in your journal; confirm to remove the goal. Nothing has been removed.</source>
        <translation>
            <numerusform>This goal has %n linked reflection. Removing it keeps it in your journal; confirm to remove the goal. Nothing has been removed.</numerusform>
            <numerusform>This goal has %n linked reflections. Removing it keeps them in your journal; confirm to remove the goal. Nothing has been removed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+117"/>
        <source>This reflection is not linked to this goal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::PopExport</name>
    <message>
        <location filename="../teacher/pop/pop_export.cpp" line="+58"/>
        <source>POP %1.pdf</source>
        <extracomment>File name of the exported POP; %1 is the school year, as 2026-2027.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose where to save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::PopReport</name>
    <message>
        <location filename="../../core/reports/pop_report.cpp" line="+51"/>
        <source>Evidence: no reflections linked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1 · school theme %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success criteria: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress: %1 of %2 actions done · reflections as evidence: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No FTE is set for %1, so this year brings no new hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget %1: %2 hours at %3 FTE, including the extra hours from age %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget %1: %2 hours at %3 FTE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Professional development hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved from earlier years: %1 hours · available: %2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned: %1 hours · spent: %2 hours · balance: %3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overspent: %1 hours more than were available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours from %2 can be used until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No hours entries in this school year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spent (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Personal development plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goals in this school year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made with Kernwijzer on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::PreparationEditor</name>
    <message>
        <location filename="../teacher/gesprek/preparation_editor.cpp" line="+121"/>
        <source>The leader of my team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This reflection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::PreparationPreviewModel</name>
    <message>
        <location filename="../teacher/gesprek/preparation_preview_model.cpp" line="+139"/>
        <source>Wellbeing (health data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 cannot be made. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 Your preparation is kept: send it again to write the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::Privacy</name>
    <message>
        <location filename="../../core/privacy/release_rules.cpp" line="+93"/>
        <source>The minimum group size is below %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>A contributor count is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The breakdown “%1” names the group “%2” twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The groups of the breakdown “%1” add up to more contributors than the school has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The counts per combination of groups do not add up to the groups&apos; counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The earlier release of this period has other groups than this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A group has fewer contributors than in the earlier release of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/withheld_reason.cpp" line="+11"/>
        <source>Released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withheld: fewer colleagues than the school&apos;s minimum group size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withheld to protect a smaller group: otherwise that group&apos;s figures could be worked out from the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withheld: too close in size to another group, so the difference between the two would show the figures of a few colleagues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not updated: too few contributions arrived since the earlier release; they wait for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withheld in the earlier release of this period, so it stays hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withheld: a contribution in this group holds an impossible value (damaged or forged), so its figure cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withheld: together with the figures of another breakdown (teams and roles, say) it would show the figures of a few colleagues.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::Profile</name>
    <message>
        <location filename="../../core/profile/profile_problems.cpp" line="+21"/>
        <source>The profile has an invalid id &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile has an item without a name in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile names &quot;%1&quot; twice in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile has no school id or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The school id &quot;%1&quot; may only hold a-z, 0-9, - and _ (at most 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A school has 3 to 7 kernwaarden; this profile has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kernwaarde &quot;%1&quot; has no colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the kernwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The profile has an invalid id &quot;%1&quot; in the leaders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile has a leader without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile names &quot;%1&quot; twice in the leaders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leader &quot;%1&quot; holds conversations with team &quot;%2&quot;, which the profile does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A leader keeps what they hold about a teacher who left 1 to 10 years, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the context tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <source>the age bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Age band &quot;%1&quot; must run from 14 to 99 at most, in ascending order without overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Age band &quot;%1&quot; spans %2 years; every band spans at least %3, so that it never points at one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>A period lasts 1, 2, 3, 4, 6 or 12 months, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>A group must have at least 5 people before its figures are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%1 &quot;%2&quot; has %3 staff; every team and role needs at least %4 (the profile&apos;s smallest group), else its cohort points at a few people. Merge it with another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/profile/hours_policy.cpp" line="+21"/>
        <source>The profile gives %1 professionalisation hours a year; allowed is 1 to 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile lets hours be saved for %1 years; allowed is 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile gives extra hours from age %1; allowed is 30 to 75, or 0 for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile&apos;s extra hours need an age from which they count and must lie between 0 and 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/profile/profile_draft.cpp" line="+87"/>
        <source>The profile does not say where teachers send their files: give the custodian&apos;s contact (an e-mail address or upload page, at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the last day the profile is valid: after it, teachers&apos; apps ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end date lies in the past: no teacher&apos;s app would accept the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile does not name the custodian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile has no keys for the custodian yet: choose the custodian&apos;s public key file (.kwsleutel.pub).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::ProfileChanges</name>
    <message>
        <location filename="../../core/profile/profile_changes.cpp" line="+36"/>
        <source>%1: &quot;%2&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; renamed &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: in another order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 (was %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: &quot;%2&quot; now has %3 staff (was %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the description of &quot;%2&quot; changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; gets another colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; now runs from %3 to %4 (was %5 to %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1, key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Questionnaire &quot;%1&quot; added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questionnaire &quot;%1&quot;: version %2 (was %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Questionnaire &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The questionnaires&apos; wording, order or scoring changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lists of what brings joy and where werkdruk comes from change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Support contacts: %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support contacts: %1 is now reached at &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support contacts: %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Professionalisation hours a year (full time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years unspent hours stay usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age from which extra hours count (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra hours a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HR signs with another key: %1 (was %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HR is now named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another custodian: %1 (was %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The custodian is now named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teachers send their files to &quot;%1&quot; (was &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new handover, signed on %1: %2 hands over to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new handover that cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leader %1 has another signing key: %2 (was %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leader %1 has another sealing key, which preparations are sealed to: %2 (was %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no team yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new leader: %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leader %1 is now named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leader %1 now holds conversations with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leader %1 is no longer listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years a leader keeps what they hold about a teacher who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The school&apos;s name: &quot;%1&quot; (was &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The school&apos;s id: %1 (was %2); teachers&apos; apps treat it as another school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kernwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period length in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest group for wellbeing figures (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest group for counts (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid until %1 (was %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::ProfileCoSigning</name>
    <message>
        <location filename="../custodian/profile_cosigning.cpp" line="+148"/>
        <source>Drop the school profile file (.kwprofiel) HR gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unlock your key first (Keys): co-signing uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Co-signed and kept, but the file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1 of %2 co-signed and written to %3. Give it back to HR, who publishes it to the teachers with the verification code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::ProfileEditor</name>
    <message>
        <location filename="../hr/profile_editor.cpp" line="+110"/>
        <source>Version %1 of your school&apos;s profile, as the custodian co-signed it. Your changes become version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A template (the demo school&apos;s kernwaarden and questionnaires): give your school&apos;s name and id, its own kernwaarden, teams and roles, and choose the custodian&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>New kernwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+30"/>
        <location line="+53"/>
        <location line="+63"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-134"/>
        <source>The profile now names %1 as custodian. Teachers&apos; apps accept the change only with a handover signed by the custodian before: add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile names %1 as custodian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is listed as a leader. Tick the teams they hold conversations with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a new key (%2). Teachers&apos; apps use it once the custodian has co-signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Handover from %1 to %2 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile is not signed yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock HR&apos;s key first (Keys): the profile is signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version %1 signed by HR and written to %2. Next: %3 checks it and co-signs it; then add the co-signed file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Version %1, co-signed by the custodian, is now your school&apos;s profile. Publish it to the teachers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::Reflection</name>
    <message>
        <location filename="../../core/journal/reflection_rules.cpp" line="+22"/>
        <source>Write a few words about what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This reflection is %1 characters long; the limit is %2. Shorten it before saving; nothing has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the day it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reflection cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a day after the year 2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one kernwaarde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a kernwaarde of your school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate how it went from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate your energy from 1 to 5, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a context tag of your school.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::ReflectionListModel</name>
    <message>
        <location filename="../teacher/journal/reflection_list_model.cpp" line="+93"/>
        <source>This week · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last week · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::ReleaseImportDesk</name>
    <message>
        <location filename="../hr/release_import_desk.cpp" line="+61"/>
        <location line="+28"/>
        <source>HR&apos;s database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock HR&apos;s key first (under Keys): only it opens HR&apos;s parts of a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Release %1 of %2 was imported before: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Release %1 of %2: %3 contributions, %4 figures released, %5 withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HR&apos;s own check withheld %1 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No release files (.kwvrijgave) were found there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the .kwvrijgave files the custodian sent, or the folder that holds them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::ReminderService</name>
    <message>
        <location filename="../services/reminder_service.cpp" line="+176"/>
        <source>Your waarderingsgesprek is on %1. Read your preparation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your waarderingsgesprek is on %1 and your preparation has not been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+94"/>
        <location line="+12"/>
        <source>Kernwijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Your journal has not been backed up for a month. A backup takes a minute: Settings, Backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Time for your check-in: about 20 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::Reports</name>
    <message>
        <location filename="../../core/reports/report_pdf.cpp" line="+129"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be saved: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::Storage</name>
    <message>
        <location filename="../../core/storage/database.cpp" line="+30"/>
        <source>The database is in use by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is read-only: nothing can be saved to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a Kernwijzer database or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be opened: check that the folder exists and may be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data breaks a rule of the database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storage failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is not a Kernwijzer database of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer version of Kernwijzer (schema %2; this app knows up to %3). Update the app; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::TeacherSession</name>
    <message>
        <location filename="../../core/teacher/teacher_session.cpp" line="+32"/>
        <source>The school profile stored in this journal cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::VerslagFiles</name>
    <message>
        <location filename="../leader/verslag_files.cpp" line="+68"/>
        <source>Waarderingsgesprek %1 %2</source>
        <extracomment>File name of a verslag; %1 the day planned (2026-11-25), %2 the teacher&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open or unlock your key first (under Key): the verslag is signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save the verslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The verslag is made, but the file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verslag written to %1. Send it to the teacher: they answer each agreement with akkoord or gezien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Make the verslag first: the PDF shows the verslag as the teacher received it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No school profile is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::VerslagResponse</name>
    <message>
        <location filename="../teacher/gesprek/verslag_response.cpp" line="+119"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The folder %1 cannot be made. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Your response is kept: save it again to another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no verslag to answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::VitalityReport</name>
    <message>
        <location filename="../../core/reports/vitality_report.cpp" line="+112"/>
        <source>How to read this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>School: %1. Period: %2 (%3). Made on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every figure here is a group figure. Teachers&apos; own answers never leave their devices; the vertrouwenshouder released only group sums that pass the school&apos;s privacy rules, and HR checked them again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• A figure is shown only when at least k colleagues contributed to it: k = %1 for wellbeing, k = %2 for kernwaarden and sources of werkdruk and werkplezier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• When one group is withheld, the next smallest is withheld too, so no withheld figure can be worked out from a total; groups that overlap must differ by at least k colleagues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• A withheld figure appears as a grey gap with a letter that gives the reason, never as a number or a zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Ranges are 95% intervals: the true group figure lies in it with 95% certainty, so small differences between periods or teams can be chance. n is the number of colleagues in a figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of contributions of this period is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wellbeing (WHO-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WHO-5 runs from 0 to 100; 50 or below is low wellbeing, 28 or below is a reason to see a doctor. The band around the line is the 95% interval of the mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WHO-5, school mean per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+153"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+155"/>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Weekly pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The school&apos;s mean per question, with its 95% interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pulse questions, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This period has no pulse figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 × questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1
n = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Darker is a higher mean on the question&apos;s own scale; n is the number of colleagues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Teams, roles and age bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This period has no figures per team, role or age band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Werkdruk and werkplezier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of check-ins that named each source: what the school can act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where werkdruk came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What brought werkplezier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This period has no figures of sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kernwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflections per colleague on each kernwaarde this period: which values are lived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflections per colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This period has no kernwaarden figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+26"/>
        <source>HR has imported no release yet, so there is nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This HR database has no release of period %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Made with Kernwijzer on %1 · only group figures that passed the privacy rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vitality and werkdruk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vitality and werkdruk at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period %1 · for the MR and the bestuur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kw::Wellbeing</name>
    <message>
        <location filename="../../core/wellbeing/checkin_store.cpp" line="+57"/>
        <source>&quot;%1&quot; is not an instrument of your school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A check-in needs a day from 2000 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A check-in cannot be for a day in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/wellbeing/scoring.cpp" line="+23"/>
        <source>%1 has %2 items; %3 answers were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answer %1 of %2 must be from %3 to %4; %5 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs an answer to all %2 items; %3 unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer at least one item of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 does not ask &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an option of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is picked twice in &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/wellbeing/wellbeing_rules.cpp" line="+38"/>
        <source>The profile has an invalid id &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile names &quot;%1&quot; twice in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Instrument &quot;%1&quot; has a cut-off at %2, outside its scores from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Instrument &quot;%1&quot; needs at most one cut-off for &quot;low&quot; and one for &quot;advise&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instrument &quot;%1&quot; advises help above its &quot;low&quot; cut-off; the advise cut-off must be the lower one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Instrument &quot;%1&quot; has no version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instrument &quot;%1&quot; needs a Dutch and an English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instrument &quot;%1&quot; has %2 items; it needs 1 to 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the items of instrument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item &quot;%1&quot; of instrument &quot;%2&quot; needs a Dutch and an English text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instrument &quot;%1&quot; has an answer scale from %2 to %3; it needs 2 to 11 points, none below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instrument &quot;%1&quot; has a scale label at %2 outside its scale or without text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instrument &quot;%1&quot; sums its items: every item must be required and the multiplier must be 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instrument &quot;%1&quot; can score up to %2; at most %3 is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Instrument &quot;%1&quot; asks the choice list &quot;%2&quot;, which the profile does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choice list &quot;%1&quot; needs a Dutch and an English question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice list &quot;%1&quot; has %2 options; it needs 1 to 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the options of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &quot;%1&quot; of choice list &quot;%2&quot; has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the choice lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every support contact needs a role, a name and a way to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

// kernwijzer-cli gesprek ... --leader-db FILE: the leader's side of the waarderingsgesprek
// (core/conversation/leader_store.h).
#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/gesprek_leader_json.h"
#include "cli/gesprek_leader_store.h"
#include "cli/key_input.h"
#include "cli/out_file.h"
#include "conversation/leader_store.h"
#include "conversation/teacher_preparation_draft.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/profile_file.h"

#include <QFileInfo>
#include <QJsonArray>

namespace kw::cli {

namespace v1 = ::kernwijzer::v1;
using conversation::LeaderStore;

namespace {

QString dayText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

} // namespace

int runGesprekLeaderProfile(const Context& ctx)
{
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "Installs the school's co-signed profile (.kwprofiel) in the leader's database, "
              "making it when it does not exist. The profile must list your key as a leader."),
            .options = { leaderDbOption(), leaderKeyOption(), passphraseFileOption() },
            .required = { &leaderDbOption(), &leaderKeyOption() },
            .positionals
            = { { QStringLiteral("PROFILE"), QStringLiteral("The co-signed school profile.") } },
            .db = DbOption::None });
    if (p.finished)
        return *p.finished;
    if (p.positionals().size() != 1)
        return p.usage(QStringLiteral("usage: gesprek profile --leader-db F --key K "
                                      "PROFILE.kwprofiel"));
    const QString path = p.positionals().first();
    auto keys = readKeyPath(p.value(leaderKeyOption()), p);
    if (!keys)
        return p.failed(keys.error());
    auto bytes = exchange::readFileLimited(path, exchange::maxFileBytes(v1::FILE_KIND_PROFILE));
    if (!bytes)
        return p.failed(QStringLiteral("%1: %2").arg(path, bytes.error().message));
    // Checked before the database is made: a mistake leaves no file behind.
    auto verified = exchange::verifyProfileFile(*bytes, ctx.clock.today());
    if (!verified)
        return p.failed(QStringLiteral("%1: %2").arg(path, verified.error().message));
    if (auto listed = conversation::listedLeader(*verified, *keys); !listed)
        return p.failed(listed.error());
    auto store = LeaderStore::open(p.value(leaderDbOption()), ctx.clock);
    if (!store)
        return p.failed(store.error());
    auto installed = (*store)->installProfile(*bytes, *keys);
    if (!installed)
        return p.failed(installed.error());
    if (auto purged = (*store)->purgeExpired(ctx.clock.today()); !purged)
        return p.failed(purged.error());
    return p.print(QJsonObject { { QStringLiteral("schoolId"), installed->profile.schoolId },
                       { QStringLiteral("version"), installed->profile.version },
                       { QStringLiteral("leader"), installed->leader.id },
                       { QStringLiteral("result"),
                           installed->alreadyThere ? QStringLiteral("alreadyThere")
                                                   : QStringLiteral("added") } },
        QStringLiteral("Profile of %1 version %2 %3; you are leader %4 (%5).")
            .arg(installed->profile.schoolName)
            .arg(installed->profile.version)
            .arg(installed->alreadyThere ? QStringLiteral("was installed already")
                                         : QStringLiteral("installed"))
            .arg(installed->leader.keys.name, installed->leader.id));
}

int runGesprekLeaderImport(const Context& ctx)
{
    const QCommandLineOption acceptOption({ QStringLiteral("accept-new-key") },
        QStringLiteral("A teacher's key changed (a new phone), or a teacher you added by hand "
                       "sends their first key, and you compared its fingerprint with them: "
                       "import and keep the key."));
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "Imports teachers' preparations (.kwgesprek) and responses (.kwreactie). Every "
              "file is checked before any is imported; a refused file changes nothing."),
            .options
            = { leaderDbOption(), leaderKeyOption(), passphraseFileOption(), acceptOption },
            .required = { &leaderDbOption(), &leaderKeyOption() },
            .positionals = { { QStringLiteral("FILE"), QStringLiteral("The files to import."),
                QStringLiteral("FILE...") } },
            .db = DbOption::None });
    if (p.finished)
        return *p.finished;
    const QStringList paths = p.positionals();
    if (paths.isEmpty())
        return p.usage(QStringLiteral("usage: gesprek import --leader-db F --key K FILE..."));
    auto keys = readKeyPath(p.value(leaderKeyOption()), p);
    if (!keys)
        return p.failed(keys.error());
    int code = Ok;
    auto store = openLeaderStore(p, code);
    if (!store)
        return code;
    const conversation::ImportOptions options { .acceptNewKey = p.isSet(acceptOption) };
    QList<QByteArray> files;
    for (const QString& path : paths) {
        auto bytes
            = exchange::readFileLimited(path, exchange::maxFileBytes(v1::FILE_KIND_PREPARATION));
        if (!bytes)
            return p.failed(QStringLiteral("%1: %2").arg(path, bytes.error().message));
        auto review = store->review(*bytes, *keys, options);
        if (!review)
            return p.failed(QStringLiteral("%1: %2").arg(path, review.error().message));
        files << *bytes;
    }
    QJsonArray json;
    QStringList lines;
    for (qsizetype i = 0; i < files.size(); ++i) {
        auto imported = store->importFile(files[i], *keys, options);
        if (!imported)
            return p.failed(QStringLiteral("%1: %2%3")
                                .arg(paths[i], imported.error().message,
                                    i == 0 ? QString()
                                           : QStringLiteral(" (the %1 file(s) before it were "
                                                            "imported)")
                                                 .arg(i)));
        const bool response = imported->kind == v1::FILE_KIND_RESPONSE;
        const QString what = response ? QStringLiteral("response")
            : imported->replaced      ? QStringLiteral("replaced")
                                      : QStringLiteral("preparation");
        json.append(QJsonObject { { QStringLiteral("path"), paths[i] },
            { QStringLiteral("kind"),
                response ? QStringLiteral("response") : QStringLiteral("preparation") },
            { QStringLiteral("result"), what },
            { QStringLiteral("conversation"),
                conversation::conversationIdText(imported->conversationId) },
            { QStringLiteral("teacher"), imported->teacherName },
            { QStringLiteral("revision"), imported->revision },
            { QStringLiteral("newTeacher"), imported->newTeacher },
            { QStringLiteral("keyChanged"), imported->keyChanged },
            { QStringLiteral("firstKey"), imported->firstKey },
            { QStringLiteral("key"), imported->newKeyFingerprint } });
        lines << (response
                ? QStringLiteral("%1: the response of %2 closes conversation %3.")
                      .arg(paths[i], imported->teacherName,
                          conversation::conversationIdText(imported->conversationId))
                : QStringLiteral("%1: preparation of %2 for %3 (revision %4), conversation %5%6.")
                      .arg(paths[i], imported->teacherName,
                          imported->plannedOn.toString(Qt::ISODate))
                      .arg(imported->revision)
                      .arg(conversation::conversationIdText(imported->conversationId),
                          imported->keyChanged ? QStringLiteral("; the new key %1 is kept")
                                                     .arg(imported->newKeyFingerprint)
                              : imported->firstKey || imported->newTeacher
                              ? QStringLiteral("; their key %1 is kept: compare it with the key "
                                               "their app shows")
                                    .arg(imported->newKeyFingerprint)
                              : imported->replaced ? QStringLiteral("; replaces the older one")
                                                   : QString()));
    }
    return p.print(QJsonObject { { QStringLiteral("files"), json } }, lines);
}

namespace {

/** "PART=TEXT" options into @p draft's notes: own points or notes. */
bool addPartTexts(
    v1::Verslag& draft, const QStringList& values, bool own, const CommandArgs& p, int& code)
{
    for (const QString& value : values) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        const v1::AgendaPart part
            = conversation::agendaPartFromId(value.left(eq)).value_or(v1::AGENDA_PART_UNSPECIFIED);
        if (eq < 0 || part == v1::AGENDA_PART_UNSPECIFIED) {
            code = p.usage(QStringLiteral("\"%1\": give PART=TEXT with PART terugblik, energie, "
                                          "talent or toekomst.")
                               .arg(value.left(40)));
            return false;
        }
        v1::PartNotes* notes = nullptr;
        for (v1::PartNotes& n : *draft.mutable_notes())
            if (n.part() == part)
                notes = &n;
        if (!notes) {
            notes = draft.add_notes();
            notes->set_part(part);
        }
        const std::string text = value.mid(eq + 1).toStdString();
        std::string& field = own ? *notes->mutable_own_points() : *notes->mutable_notes();
        field = field.empty() ? text : field + "\n" + text;
    }
    return true;
}

/** 'what|who|due|kernwaarde|goal_ref' options into @p draft's agreements. */
bool addAgreements(v1::Verslag& draft, const QStringList& values,
    const conversation::ConversationRecord& record, const SchoolProfile& profile,
    const CommandArgs& p, int& code)
{
    for (const QString& value : values) {
        const QStringList f = value.split(QLatin1Char('|'));
        if (f.size() > 5 || f.value(0).trimmed().isEmpty()) {
            code = p.usage(QStringLiteral("give an agreement as 'what|who|due|kernwaarde|goal_ref' "
                                          "(only what is required)."));
            return false;
        }
        v1::Agreement* a = draft.add_agreements();
        a->set_what(f.value(0).trimmed().toStdString());
        a->set_who(
            (f.value(1).trimmed().isEmpty() ? QStringLiteral("teacher") : f.value(1).trimmed())
                .toStdString());
        const QString due = f.value(2).trimmed();
        if (!due.isEmpty() && !QDate::fromString(due, Qt::ISODate).isValid()) {
            code = p.failed(QStringLiteral("\"%1\" is not a day (YYYY-MM-DD).").arg(due.left(20)));
            return false;
        }
        a->set_due(due.toStdString());
        if (const QString kw = f.value(3).trimmed(); !kw.isEmpty()) {
            const Kernwaarde* found = profile.findKernwaarde(kw);
            if (!found) {
                code = p.failed(QStringLiteral("The school profile has no kernwaarde \"%1\".")
                                    .arg(kw.left(40)));
                return false;
            }
            a->set_kernwaarde_id(found->id.toStdString());
        }
        if (const QString goal = f.value(4).trimmed(); !goal.isEmpty()) {
            const v1::AgendaItem* item = nullptr;
            for (const v1::AgendaItem& i : record.preparation.body.items())
                if (i.source() == v1::AgendaItem::SOURCE_GOAL
                    && QString::fromStdString(i.goal_ref()) == goal)
                    item = &i;
            if (!item) {
                code = p.failed(
                    QStringLiteral("The preparation has no goal \"%1\".").arg(goal.left(40)));
                return false;
            }
            a->set_goal_ref(item->goal_ref());
            a->set_goal_title(item->title());
        }
        // Made again, an agreement keeps its id, so the teacher's answers stay with it.
        for (const v1::Agreement& kept : record.draft.agreements())
            if (kept.what() == a->what())
                a->set_id(kept.id());
    }
    return true;
}

} // namespace

int runGesprekVerslag(const Context& ctx)
{
    const QCommandLineOption heldOnOption({ QStringLiteral("held-on") },
        QStringLiteral("The day the conversation was held."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption ownOption({ QStringLiteral("own") },
        QStringLiteral("Your own points for a part (terugblik, energie, talent, toekomst); "
                       "repeatable."),
        QStringLiteral("PART=TEXT"));
    const QCommandLineOption notesOption({ QStringLiteral("notes") },
        QStringLiteral("Notes of a part, written during the conversation; repeatable."),
        QStringLiteral("PART=TEXT"));
    const QCommandLineOption agreementOption({ QStringLiteral("agreement") },
        QStringLiteral("An agreement: 'what|who|due|kernwaarde|goal_ref'; repeatable."),
        QStringLiteral("SPEC"));
    const QCommandLineOption outOption({ QStringLiteral("out") },
        QStringLiteral("Where to write the verslag (.kwverslag)."), QStringLiteral("FILE"));
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "Writes the signed verslag of a conversation, sealed to the teacher: your own "
              "points, your notes and the agreements. There are no hidden notes: all of it is in "
              "the verslag the teacher receives. Without --own, --notes or --agreement the notes "
              "kept from before are used. Made again before the response, it is the next "
              "revision."),
            .options = { leaderDbOption(), leaderKeyOption(), passphraseFileOption(),
                leaderConversationOption(), heldOnOption, ownOption, notesOption, agreementOption,
                outOption },
            .required = { &leaderDbOption(), &leaderKeyOption(), &leaderConversationOption(),
                &heldOnOption, &outOption },
            .db = DbOption::None });
    if (p.finished)
        return *p.finished;
    int code = Ok;
    const auto heldOn = p.day(heldOnOption, code);
    if (!heldOn)
        return code;
    if (*heldOn > ctx.clock.today())
        return p.failed(QStringLiteral("--held-on is a day still to come."));
    auto keys = readKeyPath(p.value(leaderKeyOption()), p);
    if (!keys)
        return p.failed(keys.error());
    auto store = openLeaderStore(p, code);
    if (!store)
        return code;
    const auto id = leaderConversationId(*store, p, code);
    if (!id)
        return code;
    if (Status s = store->checkOwnKeys(*keys); !s)
        return p.failed(s.error());
    auto record = store->conversation(*id);
    if (!record)
        return p.failed(record.error());
    auto profile = store->profile();
    if (!profile || !*profile)
        return p.failed(
            profile ? QStringLiteral("no school profile installed") : profile.error().message);
    std::optional<v1::Verslag> draft;
    if (p.isSet(ownOption) || p.isSet(notesOption) || p.isSet(agreementOption)) {
        draft.emplace();
        if (!addPartTexts(*draft, p.values(ownOption), true, p, code)
            || !addPartTexts(*draft, p.values(notesOption), false, p, code)
            || !addAgreements(*draft, p.values(agreementOption), *record, **profile, p, code))
            return code;
    }
    // After the usage checks, before anything is kept: a refused --out changes nothing.
    if (Status s = checkNewOutFile(p.value(outOption)); !s)
        return p.failed(s.error());
    if (draft) {
        if (Status s = store->saveNotes(*id, *draft); !s)
            return p.failed(s.error());
    }
    auto file = store->makeVerslag(*id, *heldOn, *keys);
    if (!file)
        return p.failed(file.error());
    auto made = store->conversation(*id);
    if (!made)
        return p.failed(made.error());
    if (Status s = writeNewOutFile(p.value(outOption), *file); !s)
        return p.failed(QStringLiteral("%1 (revision %2 of the verslag is recorded; run again to "
                                       "write it)")
                            .arg(s.error().message)
                            .arg(made->verslag->revision));
    return p.print(
        QJsonObject { { QStringLiteral("conversation"), conversation::conversationIdText(*id) },
            { QStringLiteral("revision"), made->verslag->revision },
            { QStringLiteral("agreements"), made->verslag->body.agreements_size() },
            { QStringLiteral("out"), p.value(outOption) } },
        QStringLiteral("Verslag of the conversation with %1 (revision %2, %3 agreement(s)) "
                       "written to %4: send it to the teacher.")
            .arg(made->teacherName)
            .arg(made->verslag->revision)
            .arg(made->verslag->body.agreements_size())
            .arg(p.value(outOption)));
}

int runGesprekLeaderShow(const Context& ctx)
{
    const QCommandLineOption teacherOption({ QStringLiteral("teacher") },
        QStringLiteral("Only this teacher's conversations."), QStringLiteral("NAME"));
    const CommandArgs p(ctx,
        { .description = QStringLiteral("Lists the conversations, or shows one with everything "
                                        "in it."),
            .options = { leaderDbOption(), leaderConversationOption(), teacherOption },
            .required = { &leaderDbOption() },
            .db = DbOption::None });
    if (p.finished)
        return *p.finished;
    int code = Ok;
    auto store = openLeaderStore(p, code);
    if (!store)
        return code;
    if (p.isSet(leaderConversationOption())) {
        const auto id = leaderConversationId(*store, p, code);
        if (!id)
            return code;
        auto record = store->conversation(*id);
        if (!record)
            return p.failed(record.error());
        return p.print(recordJson(*record), recordLines(*record));
    }
    auto list = store->conversations(p.value(teacherOption));
    if (!list)
        return p.failed(list.error());
    QJsonArray json;
    QStringList lines;
    for (const conversation::ConversationSummary& c : std::as_const(*list)) {
        json.append(summaryJson(c));
        lines << QStringLiteral("%1  %2  %3  %4")
                     .arg(conversation::conversationIdText(c.id).left(8), dayText(c.plannedOn),
                         c.teacherName, conversation::stateName(c.state));
    }
    if (lines.isEmpty())
        lines << QStringLiteral("No conversations yet.");
    return p.print(QJsonObject { { QStringLiteral("conversations"), json } }, lines);
}

int runGesprekTeachers(const Context& ctx)
{
    const QCommandLineOption addOption({ QStringLiteral("add") },
        QStringLiteral("Add a teacher by hand (their first preparation brings their key)."),
        QStringLiteral("NAME"));
    const QCommandLineOption teamOption({ QStringLiteral("team") },
        QStringLiteral("With --add: the teacher's team id."), QStringLiteral("TEAM"));
    const CommandArgs p(ctx,
        { .description = QStringLiteral("Lists your teachers with their last and next "
                                        "conversation, or adds one by hand."),
            .options = { leaderDbOption(), addOption, teamOption },
            .required = { &leaderDbOption() },
            .db = DbOption::None });
    if (p.finished)
        return *p.finished;
    int code = Ok;
    auto store = openLeaderStore(p, code);
    if (!store)
        return code;
    if (p.isSet(addOption))
        if (Status s = store->addTeacher(p.value(addOption), p.value(teamOption)); !s)
            return p.failed(s.error());
    auto teachers = store->teachers();
    if (!teachers)
        return p.failed(teachers.error());
    QJsonArray json;
    QStringList lines;
    for (const conversation::TeacherSummary& t : std::as_const(*teachers)) {
        json.append(teacherJson(t));
        lines << QStringLiteral("%1 (%2)%3: last %4, next %5, key %6")
                     .arg(t.name, t.teamId.isEmpty() ? QStringLiteral("-") : t.teamId,
                         t.leftOn.isValid()
                             ? QStringLiteral(", uit dienst since %1").arg(dayText(t.leftOn))
                             : QString(),
                         dayText(t.lastConversation), dayText(t.nextConversation),
                         t.hasKey ? crypto::fingerprint(t.signKey) : QStringLiteral("none yet"));
    }
    if (lines.isEmpty())
        lines << QStringLiteral("No teachers yet: import their preparations.");
    return p.print(QJsonObject { { QStringLiteral("teachers"), json } }, lines);
}

int runGesprekLeft(const Context& ctx)
{
    const QCommandLineOption teacherOption({ QStringLiteral("teacher") },
        QStringLiteral("The teacher who left."), QStringLiteral("NAME"));
    const QCommandLineOption onOption({ QStringLiteral("on") },
        QStringLiteral("The day they left (uit dienst); `none` when they are in dienst again."),
        QStringLiteral("YYYY-MM-DD"));
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "Marks a teacher uit dienst. Everything about them is deleted from your database "
              "the school profile's retention period (in years) after that day."),
            .options = { leaderDbOption(), teacherOption, onOption },
            .required = { &leaderDbOption(), &teacherOption, &onOption },
            .db = DbOption::None });
    if (p.finished)
        return *p.finished;
    int code = Ok;
    QDate leftOn;
    if (p.value(onOption) != QStringLiteral("none")) {
        const auto day = p.day(onOption, code);
        if (!day)
            return code;
        leftOn = *day;
    }
    auto store = openLeaderStore(p, code);
    if (!store)
        return code;
    const QString name = p.value(teacherOption);
    if (Status s = store->markLeft(name, leftOn); !s)
        return p.failed(s.error());
    auto record = store->teacherRecord(name);
    if (!record)
        return p.failed(record.error());
    return p.print(QJsonObject { { QStringLiteral("teacher"), name },
                       { QStringLiteral("leftOn"), leftOn.isValid() ? dayText(leftOn) : QString() },
                       { QStringLiteral("deleteOn"),
                           record->deleteOn.isValid() ? dayText(record->deleteOn) : QString() } },
        leftOn.isValid() ? QStringLiteral("%1 is uit dienst since %2; everything about them is "
                                          "deleted on %3.")
                               .arg(name, dayText(leftOn), dayText(record->deleteOn))
                         : QStringLiteral("%1 is in dienst again.").arg(name));
}

} // namespace kw::cli

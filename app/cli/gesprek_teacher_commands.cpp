// kernwijzer-cli gesprek prepare|import|respond|show --db FILE: the teacher's side of the
// waarderingsgesprek (core/conversation/teacher_conversations.h). Every argument is checked
// before the journal changes; --preview writes nothing.
#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/gesprek_teacher_json.h"
#include "cli/out_file.h"
#include "conversation/teacher_conversations.h"
#include "exchange/envelope.h"

#include <QFileInfo>
#include <QJsonArray>

namespace kw::cli {

namespace {

using namespace kw::conversation;

QCommandLineOption option(const char* name, const char* description, const char* valueName = "")
{
    return QCommandLineOption({ QString::fromLatin1(name) }, QString::fromUtf8(description),
        QString::fromLatin1(valueName));
}

const QCommandLineOption conversationOption
    = option("conversation", "The conversation: the first 6 or more digits of its id.", "ID");
const QCommandLineOption outOption = option("out", "The file to write.", "FILE");

/** "KEY=VALUE" split at the first '='; the value empty when there is none. */
std::pair<QString, QString> keyValue(const QString& raw)
{
    const qsizetype eq = raw.indexOf(QLatin1Char('='));
    return eq < 0 ? std::pair { raw.trimmed(), QString() }
                  : std::pair { raw.left(eq).trimmed(), raw.mid(eq + 1) };
}

/** PART as the CLI names it; nullopt after printing the usage error. */
std::optional<v1::AgendaPart> partFrom(const CommandArgs& a, const QString& raw, int& code)
{
    if (auto part = agendaPartFromId(raw))
        return part;
    code = a.usage(QStringLiteral("\"%1\" is not a part of the agenda: terugblik, energie, "
                                  "talent or toekomst.")
                       .arg(raw));
    return std::nullopt;
}

/** ID=PART options (--reflection, --goal); nullopt after printing the usage error. */
std::optional<QList<DraftChoice>> choicesFrom(
    const CommandArgs& a, const QCommandLineOption& opt, int& code)
{
    QList<DraftChoice> out;
    for (const QString& raw : a.values(opt)) {
        const auto [idText, partText] = keyValue(raw);
        const auto id = parseWholeNumber(idText, 1, std::numeric_limits<qint64>::max());
        if (!id || partText.isEmpty()) {
            code = a.usage(
                QStringLiteral("--%1 takes ID=PART, like 12=terugblik.").arg(opt.names().first()));
            return std::nullopt;
        }
        const auto part = partFrom(a, partText, code);
        if (!part)
            return std::nullopt;
        out << DraftChoice { *id, *part };
    }
    return out;
}

bool sameFile(const QString& a, const QString& b)
{
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    return fa.absoluteFilePath() == fb.absoluteFilePath()
        || (fa.exists() && fb.exists() && fa.canonicalFilePath() == fb.canonicalFilePath());
}

/** The conversation --conversation names; nothing after printing why. */
std::optional<QByteArray> conversationFrom(
    const CommandArgs& a, TeacherConversations& conversations, int& code)
{
    auto id = conversations.store().findConversation(a.value(conversationOption));
    if (!id) {
        code = a.failed(id.error());
        return std::nullopt;
    }
    return *id;
}

QString leaderNameOf(const TeacherConversationRecord& r)
{
    v1::Preparation body;
    if (!body.ParseFromArray(r.preparationBody.constData(), int(r.preparationBody.size())))
        return r.leaderId;
    return QString::fromStdString(body.ref().leader().name());
}

} // namespace

int runGesprekPrepare(const Context& ctx)
{
    const QCommandLineOption date = option("date", "The day of the conversation.", "YYYY-MM-DD");
    const QCommandLineOption leader
        = option("leader", "Your leader's id in the school profile (default: your team's).", "ID");
    const QCommandLineOption point = option("point",
        "A point of your own for a part: terugblik, energie, talent or toekomst (repeatable).",
        "PART=TEXT");
    const QCommandLineOption reflection
        = option("reflection", "Bring a reflection (its number) to a part; repeatable.", "ID=PART");
    const QCommandLineOption goal
        = option("goal", "Bring a POP goal with its progress to a part; repeatable.", "ID=PART");
    const QCommandLineOption hours
        = option("hours", "Bring the balance of your professionaliseringsuren (talent en groei).");
    const QCommandLineOption wellbeing = option("wellbeing",
        "Share your WHO-5 and pulse trend for this conversation. Health data: your leader may "
        "not ask for it.");
    const QCommandLineOption name
        = option("name", "The name your leader knows you by (kept for next time).", "NAME");
    const QCommandLineOption preview
        = option("preview", "Print exactly what your leader will see; write nothing.");
    const CommandArgs a(ctx,
        { QStringLiteral("Prepare a waarderingsgesprek: a .kwgesprek sealed to your leader's key "
                         "from the school profile and signed with your conversation key. Only "
                         "what you name here goes in, and the open agreements of your last "
                         "conversation. With --conversation a changed preparation of that "
                         "conversation is sent again as its next version."),
            { date, leader, point, reflection, goal, hours, wellbeing, name, conversationOption,
                outOption, preview },
            { &date } });
    if (a.finished)
        return *a.finished;
    int code = Ok;
    if (!a.isSet(outOption) && !a.isSet(preview))
        return a.usage(QStringLiteral("--out is required (or --preview)."));
    if (a.isSet(outOption) && sameFile(a.value(outOption), a.dbPath()))
        return a.usage(QStringLiteral("--out must not be the journal itself."));
    const auto day = a.day(date, code);
    if (!day)
        return code;
    PreparationDraft draft = PreparationDraft::fresh();
    draft.plannedOn = *day;
    draft.leaderId = a.value(leader).trimmed();
    for (const QString& raw : a.values(point)) {
        const auto [partText, text] = keyValue(raw);
        const auto part = partFrom(a, partText, code);
        if (!part)
            return code;
        if (text.trimmed().isEmpty())
            return a.usage(
                QStringLiteral("--point takes PART=TEXT, like energie=\"Mijn rooster\"."));
        draft.points << DraftPoint { *part, text };
    }
    const auto reflections = choicesFrom(a, reflection, code);
    const auto goals = reflections ? choicesFrom(a, goal, code) : std::nullopt;
    if (!goals)
        return code;
    draft.reflections = *reflections;
    draft.goals = *goals;
    if (a.isSet(hours))
        draft.hoursPart = v1::AGENDA_PART_GROWTH;
    draft.shareWellbeing = a.isSet(wellbeing);
    if (a.isSet(name)) {
        if (Status s = TeacherConversationStore::checkTeacherName(a.value(name)); !s)
            return a.failed(s.error());
    }

    // After the usage checks, before the journal changes: a refused --out records nothing.
    if (a.isSet(outOption) && !a.isSet(preview)) {
        if (Status s = checkNewOutFile(a.value(outOption)); !s)
            return a.failed(s.error());
    }

    const auto journal = a.open(false, code);
    if (!journal)
        return code;
    TeacherConversations conversations(*journal);
    if (a.isSet(conversationOption)) {
        const auto id = conversationFrom(a, conversations, code);
        if (!id)
            return code;
        draft.conversationId = *id;
    }

    if (a.isSet(preview)) {
        auto planned = conversations.plan(draft, a.value(name));
        if (!planned)
            return a.failed(planned.error());
        QJsonObject json = preparationJson(planned->body);
        json.insert(QStringLiteral("written"), false);
        json.insert(QStringLiteral("newVersion"), planned->newRevision);
        QStringList lines = preparationLines(planned->body, journal->profile());
        lines << QStringLiteral("(preview: nothing was written)");
        return a.print(json, lines);
    }

    auto sent = conversations.sendPreparation(draft, a.value(name));
    if (!sent)
        return a.failed(sent.error());
    const QString id = hexId(draft.conversationId);
    if (Status s = writeNewOutFile(a.value(outOption), sent->file); !s)
        return a.failed(
            QStringLiteral("%1 Version %2 of conversation %3 is kept in your journal: run the same "
                           "command with --conversation %3 to write the file again.")
                .arg(s.error().message)
                .arg(sent->body.ref().revision())
                .arg(id));
    QJsonObject json = preparationJson(sent->body);
    json.insert(QStringLiteral("written"), true);
    json.insert(QStringLiteral("file"), a.value(outOption));
    json.insert(QStringLiteral("newVersion"), sent->newRevision);
    json.insert(QStringLiteral("leaderId"), sent->leader.id);
    return a.print(json,
        QStringLiteral("Preparation for %1 on %2 written to %3 (conversation %4, version %5%6).%7\n"
                       "Send the file to %1: only their key opens it.")
            .arg(sent->leader.keys.name, draft.plannedOn.toString(Qt::ISODate), a.value(outOption),
                id)
            .arg(sent->body.ref().revision())
            .arg(sent->newRevision ? QString() : QStringLiteral(", unchanged"),
                draft.shareWellbeing
                    ? QStringLiteral("\nIt holds your wellbeing trend: health data, shared for "
                                     "this conversation only.")
                    : QString()));
}

int runGesprekTeacherImport(const Context& ctx)
{
    const CommandArgs a(ctx,
        { QStringLiteral("Import your leader's verslag (.kwverslag) of a conversation you "
                         "prepared. Refused, with nothing changed: a file for someone else, from "
                         "another leader, answering an older version of your preparation, an "
                         "older or replayed version, or for a conversation you closed."),
            {}, {}, { { QStringLiteral("FILE"), QStringLiteral("The .kwverslag.") } } });
    if (a.finished)
        return *a.finished;
    if (a.positionals().size() != 1)
        return a.usage(QStringLiteral("usage: gesprek import --db F FILE.kwverslag"));
    const QString path = a.positionals().first();
    auto bytes = exchange::readFileLimited(path, exchange::maxFileBytes(v1::FILE_KIND_VERSLAG));
    if (!bytes)
        return a.failed(bytes.error());
    int code = Ok;
    const auto journal = a.open(false, code);
    if (!journal)
        return code;
    TeacherConversations conversations(*journal);
    auto imported = conversations.importVerslag(*bytes);
    if (!imported)
        return a.failed(QStringLiteral("%1: %2").arg(path, imported.error().message));
    const QString id = hexId(imported->body.ref().conversation_id());
    QJsonObject json = verslagJson(imported->body, {}, nullptr);
    json.insert(QStringLiteral("conversation"), id);
    json.insert(QStringLiteral("replaced"), imported->replaced);
    QStringList lines = verslagLines(imported->body, {}, nullptr);
    lines << QString()
          << QStringLiteral("%1Answer every agreement: gesprek respond --db %2 --conversation %3 "
                            "--agree N|--seen N ... --out FILE.kwreactie")
                 .arg(imported->replaced ? QStringLiteral("This version replaces the one "
                                                          "before. ")
                                         : QString(),
                     a.dbPath(), id.left(8));
    return a.print(json, lines);
}

int runGesprekRespond(const Context& ctx)
{
    const QCommandLineOption agree = option("agree",
        "Akkoord with an agreement (its number in the verslag, or its id), with an optional "
        "reaction; it becomes an action in your POP. Repeatable.",
        "AGREEMENT[=REACTION]");
    const QCommandLineOption seen = option("seen",
        "Gezien: you saw the agreement but do not agree, with an optional reaction. Repeatable.",
        "AGREEMENT[=REACTION]");
    const QCommandLineOption value = option("value",
        "The kernwaarde of the new goal an agreement becomes when it names none. Repeatable.",
        "AGREEMENT=KERNWAARDE");
    const QCommandLineOption reaction = option("reaction", "Your reaction to the verslag.", "TEXT");
    const QCommandLineOption again
        = option("again", "Write the response you signed before again (a closed conversation).");
    const CommandArgs a(ctx,
        { QStringLiteral("Respond to your leader's verslag: every agreement akkoord or gezien. "
                         "The ones you accept become actions in your POP (on the goal they "
                         "name, or a new goal), and the conversation is closed."),
            { conversationOption, agree, seen, value, reaction, again, outOption },
            { &conversationOption, &outOption } });
    if (a.finished)
        return *a.finished;
    if (sameFile(a.value(outOption), a.dbPath()))
        return a.usage(QStringLiteral("--out must not be the journal itself."));
    if (Status s = checkNewOutFile(a.value(outOption)); !s)
        return a.failed(s.error());
    if (a.isSet(again) && (a.isSet(agree) || a.isSet(seen) || a.isSet(reaction)))
        return a.usage(QStringLiteral("--again writes the response as it was signed: it takes no "
                                      "answers."));
    int code = Ok;
    const auto journal = a.open(false, code);
    if (!journal)
        return code;
    TeacherConversations conversations(*journal);
    const auto id = conversationFrom(a, conversations, code);
    if (!id)
        return code;

    if (a.isSet(again)) {
        auto file = conversations.responseFile(*id);
        if (!file)
            return a.failed(file.error());
        if (Status s = writeNewOutFile(a.value(outOption), *file); !s)
            return a.failed(s.error());
        return a.print(QJsonObject { { QStringLiteral("file"), a.value(outOption) },
                           { QStringLiteral("conversation"), hexId(*id) } },
            QStringLiteral("Your response written again to %1.").arg(a.value(outOption)));
    }

    auto verslag = conversations.verslag(*id);
    if (!verslag)
        return a.failed(verslag.error());
    // An agreement as the teacher names it: its number in the verslag, or 6+ digits of its id.
    auto agreementFrom = [&](const QString& raw) -> std::optional<QByteArray> {
        const QString text = raw.trimmed().toLower();
        if (const auto n = parseWholeNumber(text, 1, 99); n && text.size() <= 2)
            return *n <= verslag->agreements_size()
                ? std::optional(QByteArray::fromStdString(verslag->agreements(int(*n - 1)).id()))
                : std::nullopt;
        if (text.size() < 6)
            return std::nullopt;
        std::optional<QByteArray> found;
        for (const v1::Agreement& ag : verslag->agreements()) {
            if (!hexId(ag.id()).startsWith(text))
                continue;
            if (found)
                return std::nullopt;
            found = QByteArray::fromStdString(ag.id());
        }
        return found;
    };
    ResponseInput input { {}, a.value(reaction) };
    for (const auto& [opt, agreed] : { std::pair { &agree, true }, std::pair { &seen, false } }) {
        for (const QString& raw : a.values(*opt)) {
            const auto [which, text] = keyValue(raw);
            const auto agreementId = agreementFrom(which);
            if (!agreementId)
                return a.failed(QStringLiteral("The verslag has no agreement \"%1\" (give its "
                                               "number, 1 to %2, or 6 or more digits of its id).")
                                    .arg(which.left(40))
                                    .arg(verslag->agreements_size()));
            input.answers << AgreementChoice { *agreementId, agreed, text, {} };
        }
    }
    for (const QString& raw : a.values(value)) {
        const auto [which, kernwaarde] = keyValue(raw);
        const auto agreementId = agreementFrom(which);
        auto it = std::find_if(input.answers.begin(), input.answers.end(),
            [&](const AgreementChoice& c) { return agreementId && c.agreementId == *agreementId; });
        if (it == input.answers.end() || !it->agreed || kernwaarde.trimmed().isEmpty())
            return a.usage(QStringLiteral("--value takes AGREEMENT=KERNWAARDE for an agreement "
                                          "you --agree with."));
        it->kernwaardeId = kernwaarde.trimmed();
    }

    auto responded = conversations.respond(*id, input);
    if (!responded)
        return a.failed(responded.error());
    if (Status s = writeNewOutFile(a.value(outOption), responded->file); !s)
        return a.failed(QStringLiteral("%1 Your response is kept and the conversation closed: "
                                       "write the file with gesprek respond --db %2 "
                                       "--conversation %3 --again --out FILE.")
                            .arg(s.error().message, a.dbPath(), hexId(*id).left(8)));
    QJsonArray pop;
    QStringList lines { QStringLiteral("Response written to %1; conversation %2 is closed.")
                            .arg(a.value(outOption), hexId(*id).left(8)) };
    for (const PopChange& change : responded->changes) {
        pop.append(QJsonObject { { QStringLiteral("agreement"), hexId(change.agreementId) },
            { QStringLiteral("goal"), change.goalId },
            { QStringLiteral("action"), change.actionId },
            { QStringLiteral("newGoal"), change.newGoal } });
        lines << (change.newGoal
                ? QStringLiteral("  POP: new goal #%1 with action #%2").arg(change.goalId)
                : QStringLiteral("  POP: action #%2 on goal #%1").arg(change.goalId))
                     .arg(change.actionId);
    }
    QJsonArray answers;
    int agreedCount = 0;
    for (const v1::AgreementAnswer& answer : responded->body.answers()) {
        const bool agreed = answer.status() == v1::AgreementAnswer::STATUS_AGREED;
        agreedCount += agreed;
        answers.append(QJsonObject { { QStringLiteral("agreement"), hexId(answer.agreement_id()) },
            { QStringLiteral("status"),
                agreed ? QStringLiteral("akkoord") : QStringLiteral("gezien") } });
    }
    lines << QStringLiteral("%1 akkoord, %2 gezien. Send the file to your leader.")
                 .arg(agreedCount)
                 .arg(responded->body.answers_size() - agreedCount);
    return a.print(QJsonObject { { QStringLiteral("file"), a.value(outOption) },
                       { QStringLiteral("conversation"), hexId(*id) },
                       { QStringLiteral("answers"), answers }, { QStringLiteral("pop"), pop } },
        lines);
}

int runGesprekTeacherShow(const Context& ctx)
{
    const CommandArgs a(ctx,
        { QStringLiteral("Your conversations, or one of them with your preparation, the "
                         "leader's verslag and your answers."),
            { conversationOption } });
    if (a.finished)
        return *a.finished;
    int code = Ok;
    const auto journal = a.open(false, code);
    if (!journal)
        return code;
    TeacherConversations conversations(*journal);
    // The leader's `gesprek teachers` lists the same fingerprint: compare them aloud. (Read
    // once a conversation was found or listed: the key is made with the device secret's first
    // use, so a mistyped --conversation changes nothing.)
    const auto ownKey
        = [&conversations]() -> Result<QString> { return conversations.ownKeyFingerprint(); };
    const auto ownKeyLine = [](const QString& fingerprint) {
        return QStringLiteral("Your conversation key: %1 (your leader's list shows the same).")
            .arg(fingerprint);
    };

    if (!a.isSet(conversationOption)) {
        auto all = conversations.store().conversations();
        if (!all)
            return a.failed(all.error());
        auto due = conversations.reminders(ctx.clock.today());
        if (!due)
            return a.failed(due.error());
        QJsonArray list;
        QStringList lines;
        for (const TeacherConversationRecord& r : *all) {
            auto links = conversations.store().agreementLinks(r.id);
            if (!links)
                return a.failed(links.error());
            const int open = int(std::count_if(
                links->cbegin(), links->cend(), [](const AgreementLink& l) { return l.isOpen(); }));
            list.append(QJsonObject { { QStringLiteral("conversation"), hexId(r.id) },
                { QStringLiteral("plannedOn"), r.plannedOn.toString(Qt::ISODate) },
                { QStringLiteral("leader"), leaderNameOf(r) },
                { QStringLiteral("state"), teacherStateId(r.state()) },
                { QStringLiteral("preparationVersion"), int(r.preparationRevision) },
                { QStringLiteral("verslagVersion"), int(r.verslagRevision) },
                { QStringLiteral("openAgreements"), open } });
            lines << QStringLiteral("%1  %2  %3  %4  (preparation v%5%6)")
                         .arg(hexId(r.id).left(8), r.plannedOn.toString(Qt::ISODate),
                             teacherStateId(r.state()).leftJustified(8), leaderNameOf(r))
                         .arg(r.preparationRevision)
                         .arg(r.verslagRevision > 0
                                 ? QStringLiteral(", verslag v%1").arg(r.verslagRevision)
                                 : QString());
        }
        if (lines.isEmpty())
            lines << QStringLiteral("No conversations yet: start one with gesprek prepare.");
        QJsonArray reminders;
        for (const ConversationReminder& reminder : *due) {
            reminders.append(
                QJsonObject { { QStringLiteral("conversation"), hexId(reminder.conversationId) },
                    { QStringLiteral("plannedOn"), reminder.plannedOn.toString(Qt::ISODate) },
                    { QStringLiteral("leader"), reminder.leaderName },
                    { QStringLiteral("sent"), reminder.sent } });
            lines << QStringLiteral("Reminder: your conversation with %1 is on %2%3.")
                         .arg(reminder.leaderName, reminder.plannedOn.toString(Qt::ISODate),
                             reminder.sent ? QString()
                                           : QStringLiteral("; your preparation is not sent yet"));
        }
        auto fingerprint = ownKey();
        if (!fingerprint)
            return a.failed(fingerprint.error());
        lines << ownKeyLine(*fingerprint);
        return a.print(QJsonObject { { QStringLiteral("conversations"), list },
                           { QStringLiteral("reminders"), reminders },
                           { QStringLiteral("ownKey"), *fingerprint } },
            lines);
    }

    const auto id = conversationFrom(a, conversations, code);
    if (!id)
        return code;
    auto record = conversations.store().conversation(*id);
    if (!record || !record->has_value())
        return a.failed(
            record ? QStringLiteral("The conversation is gone.") : record.error().message);
    const TeacherConversationRecord& r = **record;
    auto preparation = readSignedPreparation(r.preparationBody, r.preparationSignature);
    if (!preparation)
        return a.failed(preparation.error());
    auto fingerprint = ownKey();
    if (!fingerprint)
        return a.failed(fingerprint.error());
    QJsonObject json { { QStringLiteral("conversation"), hexId(r.id) },
        { QStringLiteral("state"), teacherStateId(r.state()) },
        { QStringLiteral("preparation"), preparationJson(*preparation) },
        { QStringLiteral("ownKey"), *fingerprint } };
    QStringList lines = preparationLines(*preparation, journal->profile());
    lines.prepend(ownKeyLine(*fingerprint));
    lines.prepend(QStringLiteral("State: %1").arg(teacherStateId(r.state())));
    if (r.verslagRevision > 0) {
        auto verslag = readSignedVerslag(r.verslagBody, r.verslagSignature);
        if (!verslag)
            return a.failed(verslag.error());
        auto links = conversations.store().agreementLinks(r.id);
        if (!links)
            return a.failed(links.error());
        std::optional<v1::Response> response;
        if (!r.responseBody.isEmpty()) {
            auto read = readSignedResponse(r.responseBody, r.responseSignature);
            if (!read)
                return a.failed(read.error());
            response = *read;
        }
        const v1::Response* answered = response ? &*response : nullptr;
        json.insert(QStringLiteral("verslag"), verslagJson(*verslag, *links, answered));
        lines << QString() << verslagLines(*verslag, *links, answered);
    }
    return a.print(json, lines);
}

} // namespace kw::cli

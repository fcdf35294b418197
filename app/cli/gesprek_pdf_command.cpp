// kernwijzer-cli gesprek pdf: the A4 PDF of a signed verslag for the bekwaamheidsdossier, for the
// teacher (--db) and the leader (--leader-db), and the leader's export of everything held about
// one teacher for an access request (--teacher NAME --access). A PDF is only ever written as a
// new file: an existing --out is refused, never replaced.
#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/gesprek_leader_store.h"
#include "cli/gesprek_teacher_json.h"
#include "cli/key_input.h"
#include "cli/out_file.h"
#include "conversation/teacher_conversations.h"
#include "reports/conversation_pdf.h"
#include "reports/report_pdf.h"

#include <QGuiApplication>
#include <QJsonArray>

namespace kw::cli {

namespace {

using conversation::TeacherConversations;

const QCommandLineOption& pdfOutOption()
{
    static const QCommandLineOption option({ QStringLiteral("out") },
        QStringLiteral("The PDF to write: a new file (an existing one is never replaced)."),
        QStringLiteral("FILE.pdf"));
    return option;
}

/**
 * Refuses an --out that exists, before anything is read, and a CLI started without the
 * QGuiApplication the layout needs (main.cpp starts one for `gesprek pdf`).
 */
std::optional<int> refuseOut(const CommandArgs& a)
{
    const QString out = a.value(pdfOutOption());
    if (out.isEmpty())
        return a.usage(QStringLiteral("--out takes the path of the PDF to write."));
    if (Status fresh = checkNewOutFile(out); !fresh)
        return a.failed(fresh.error().message);
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return a.failed(QStringLiteral("gesprek pdf needs a QGuiApplication to lay out the PDF."));
    return std::nullopt;
}

/** Writes @p document to --out as a new file (out_file.h: atomic, never over anything). */
Status writeNewPdf(const CommandArgs& a, const ReportDocument& document)
{
    return writeNewOutFile(a.value(pdfOutOption()), reportPdfBytes(document));
}

QString statusWord(const v1::AgreementAnswer* answer)
{
    if (!answer)
        return QStringLiteral("open");
    return answer->status() == v1::AgreementAnswer::STATUS_AGREED ? QStringLiteral("akkoord")
                                                                  : QStringLiteral("gezien");
}

/** What the PDF of @p c holds, as `--json` prints it, and its one line for the terminal. */
int printVerslagPdf(const CommandArgs& a, const CheckedConversation& c)
{
    const v1::ConversationRef& ref = c.verslag.ref();
    QJsonArray agreements;
    int agreed = 0;
    int seen = 0;
    for (const v1::Agreement& agreement : c.verslag.agreements()) {
        const v1::AgreementAnswer* answer = nullptr;
        if (c.response)
            for (const v1::AgreementAnswer& each : c.response->answers())
                if (each.agreement_id() == agreement.id())
                    answer = &each;
        const QString status = statusWord(answer);
        agreed += status == QLatin1String("akkoord");
        seen += status == QLatin1String("gezien");
        agreements.append(QJsonObject { { QStringLiteral("agreement"), hexId(agreement.id()) },
            { QStringLiteral("what"), QString::fromStdString(agreement.what()) },
            { QStringLiteral("status"), status },
            { QStringLiteral("reaction"),
                answer ? QString::fromStdString(answer->reaction()) : QString() } });
    }
    const QString out = a.value(pdfOutOption());
    const QString teacher = QString::fromStdString(ref.teacher().name());
    const QString leader = QString::fromStdString(ref.leader().name());
    const QString heldOn = QString::fromStdString(c.verslag.held_on());
    return a.print(QJsonObject { { QStringLiteral("out"), out },
                       { QStringLiteral("conversation"), hexId(ref.conversation_id()) },
                       { QStringLiteral("state"),
                           c.response ? QStringLiteral("closed") : QStringLiteral("held") },
                       { QStringLiteral("teacher"), teacher }, { QStringLiteral("leader"), leader },
                       { QStringLiteral("heldOn"), heldOn },
                       { QStringLiteral("wellbeing"), c.preparation.wellbeing().series_size() > 0 },
                       { QStringLiteral("agreements"), agreements } },
        QStringLiteral("Wrote %1: the verslag of %2 and %3 held on %4, %5 (%6 agreement(s): %7 "
                       "akkoord, %8 gezien).")
            .arg(out, teacher, leader, heldOn,
                c.response ? QStringLiteral("signed by both")
                           : QStringLiteral("signed by the leader; the teacher has not "
                                            "responded yet"))
            .arg(c.verslag.agreements_size())
            .arg(agreed)
            .arg(seen));
}

/** Checks @p stored, lays it out and writes it; prints what was written. */
int writeVerslagPdf(
    const CommandArgs& a, const StoredConversation& stored, const SchoolProfile& profile)
{
    auto checked = checkStoredConversation(stored);
    if (!checked)
        return a.failed(checked.error());
    const ReportDocument document = verslagReport(checked->preparation, checked->verslag,
        checked->response, profile, a.ctx().clock.today(), QLocale());
    if (Status s = writeNewPdf(a, document); !s)
        return a.failed(s.error());
    return printVerslagPdf(a, *checked);
}

template <typename Body>
void keep(const conversation::SignedFile<Body>& file, QByteArray& body, QByteArray& signature)
{
    body = file.bodyBytes;
    signature = file.signature;
}

} // namespace

int runGesprekTeacherPdf(const Context& ctx)
{
    const QCommandLineOption conversationOption({ QStringLiteral("conversation") },
        QStringLiteral("The conversation: the first 6 or more digits of its id."),
        QStringLiteral("ID"));
    const CommandArgs a(ctx,
        { QStringLiteral("Write the signed verslag of a conversation as an A4 PDF for your "
                         "bekwaamheidsdossier: both names, the dates, the fingerprints of both "
                         "keys, each agreement akkoord or gezien with your reaction. Wellbeing "
                         "only when you shared it for that conversation."),
            { conversationOption, pdfOutOption() }, { &conversationOption, &pdfOutOption() } });
    if (a.finished)
        return *a.finished;
    if (auto refused = refuseOut(a))
        return *refused;
    int code = Ok;
    const auto journal = a.open(false, code);
    if (!journal)
        return code;
    TeacherConversations conversations(*journal);
    auto id = conversations.store().findConversation(a.value(conversationOption));
    if (!id)
        return a.failed(id.error());
    auto record = conversations.store().conversation(*id);
    if (!record)
        return a.failed(record.error());
    if (!record->has_value())
        return a.failed(QStringLiteral("The conversation is gone."));
    const conversation::TeacherConversationRecord& r = **record;
    return writeVerslagPdf(a,
        { r.preparationBody, r.preparationSignature, r.verslagBody, r.verslagSignature,
            r.responseBody, r.responseSignature },
        journal->profile());
}

int runGesprekLeaderPdf(const Context& ctx)
{
    const QCommandLineOption teacherOption({ QStringLiteral("teacher") },
        QStringLiteral("With --access: the teacher whose data you export."),
        QStringLiteral("NAME"));
    const QCommandLineOption accessOption({ QStringLiteral("access") },
        QStringLiteral("Everything your database holds about --teacher as one PDF, for an "
                       "access request (AVG article 15)."));
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "Writes the signed verslag of a conversation as an A4 PDF for the teacher's "
              "bekwaamheidsdossier (--conversation), or everything held about one teacher for "
              "an access request (--teacher NAME --access)."),
            .options = { leaderDbOption(), leaderKeyOption(), passphraseFileOption(),
                leaderConversationOption(), teacherOption, accessOption, pdfOutOption() },
            .required = { &leaderDbOption(), &leaderKeyOption(), &pdfOutOption() },
            .db = DbOption::None });
    if (p.finished)
        return *p.finished;
    const bool access = p.isSet(accessOption);
    if (access != p.isSet(teacherOption) || access == p.isSet(leaderConversationOption()))
        return p.usage(QStringLiteral("give --conversation ID, or --teacher NAME --access."));
    if (auto refused = refuseOut(p))
        return *refused;
    auto keys = readKeyPath(p.value(leaderKeyOption()), p);
    if (!keys)
        return p.failed(keys.error());
    int code = Ok;
    auto store = openLeaderStore(p, code);
    if (!store)
        return code;
    // Only the leader this database belongs to prints from it.
    if (Status s = store->checkOwnKeys(*keys); !s)
        return p.failed(s.error());
    auto profile = store->profile();
    if (!profile || !*profile)
        return p.failed(
            profile ? QStringLiteral("no school profile installed") : profile.error().message);

    if (access) {
        auto record = store->teacherRecord(p.value(teacherOption));
        if (!record)
            return p.failed(record.error());
        const ReportDocument document
            = accessExportReport(*record, **profile, ctx.clock.today(), QLocale());
        if (Status s = writeNewPdf(p, document); !s)
            return p.failed(s.error());
        const QString out = p.value(pdfOutOption());
        return p.print(
            QJsonObject { { QStringLiteral("out"), out },
                { QStringLiteral("teacher"), record->name },
                { QStringLiteral("conversations"), int(record->conversations.size()) },
                { QStringLiteral("leftOn"),
                    record->leftOn.isValid() ? record->leftOn.toString(Qt::ISODate) : QString() } },
            QStringLiteral("Wrote %1: everything held about %2 (%3 conversation(s)), for their "
                           "access request.")
                .arg(out, record->name)
                .arg(record->conversations.size()));
    }

    const auto id = leaderConversationId(*store, p, code);
    if (!id)
        return code;
    auto record = store->conversation(*id);
    if (!record)
        return p.failed(record.error());
    if (!record->verslag)
        return p.failed(QStringLiteral("This conversation has no verslag yet: write it with "
                                       "gesprek verslag first."));
    StoredConversation stored;
    keep(record->preparation, stored.preparationBody, stored.preparationSignature);
    keep(*record->verslag, stored.verslagBody, stored.verslagSignature);
    if (record->response)
        keep(*record->response, stored.responseBody, stored.responseSignature);
    return writeVerslagPdf(p, stored, **profile);
}

} // namespace kw::cli

// kernwijzer-cli import --custodian-db FILE --key K [--profile P] PATH...: the custodian imports
// teachers' contribution files and folders of them into the custodian database.
#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/key_input.h"
#include "custodian/custodian_inbox.h"
#include "exchange/envelope.h"
#include "exchange/profile_file.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace kw::cli {

namespace {

using custodian::FileOutcome;
using custodian::ImportOutcome;

QJsonObject countsJson(const custodian::ImportSummary& summary)
{
    QJsonObject counts;
    for (int i = 0; i < custodian::kImportOutcomeCount; ++i)
        counts.insert(custodian::outcomeId(ImportOutcome(i)), summary.counts[ImportOutcome(i)]);
    return counts;
}

QString summaryLine(const custodian::ImportSummary& summary)
{
    QStringList parts;
    for (int i = 0; i < custodian::kImportOutcomeCount; ++i) {
        if (const int n = summary.counts[ImportOutcome(i)])
            parts << QStringLiteral("%1 %2").arg(n).arg(custodian::outcomeName(ImportOutcome(i)));
    }
    return QStringLiteral("%1 file(s)%2%3; %4 kept.%5")
        .arg(summary.counts.total())
        .arg(parts.isEmpty() ? QString() : QStringLiteral(": "))
        .arg(parts.join(QStringLiteral(", ")))
        .arg(summary.accepted)
        .arg(summary.cancelled ? QStringLiteral(" Stopped before the end.") : QString());
}

/** Only what needs the custodian's attention is listed in text; --json lists every file. */
bool worthALine(const FileOutcome& file)
{
    return file.outcome != ImportOutcome::Added && file.outcome != ImportOutcome::AlreadyThere;
}

/**
 * Prints each file as it is committed, so a folder of 100 000 files is never held: text lines
 * for the files worth one, or the "files" array of the JSON object, opened here and closed by
 * finish().
 */
class OutcomePrinter
{
public:
    OutcomePrinter(QTextStream& out, bool json)
        : m_out(out)
        , m_json(json)
    { }

    void begin(const QJsonObject& profile)
    {
        if (!m_json)
            return;
        m_out << "{";
        if (!profile.isEmpty())
            m_out << "\"profile\":" << compact(profile) << ",";
        m_out << "\"files\":[";
    }

    void file(const FileOutcome& file)
    {
        if (m_json) {
            m_out << (m_first ? "" : ",")
                  << compact(QJsonObject { { QStringLiteral("path"), file.path },
                         { QStringLiteral("outcome"), custodian::outcomeId(file.outcome) },
                         { QStringLiteral("reason"), file.reason } });
            m_first = false;
        } else if (worthALine(file)) {
            m_out << file.path << ": " << custodian::outcomeName(file.outcome) << ": "
                  << file.reason << '\n';
        }
    }

    /** Closes the JSON object with the counts, or prints the summary line. */
    void finish(const custodian::ImportSummary& summary)
    {
        if (m_json)
            m_out << "],\"counts\":" << compact(countsJson(summary))
                  << ",\"accepted\":" << summary.accepted << "}\n";
        else
            m_out << summaryLine(summary) << '\n';
        m_out.flush();
    }

    /** Closes the JSON object after a failure, so what was printed still parses. */
    void abort(const QString& reason)
    {
        if (m_json)
            m_out << "],\"error\":" << compact(QJsonObject { { QStringLiteral("reason"), reason } })
                  << "}\n";
        m_out.flush();
    }

private:
    static QByteArray compact(const QJsonObject& object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    QTextStream& m_out;
    bool m_json = false;
    bool m_first = true;
};

/** The profile file at @p path, checked as a teacher's app would, and for @p keys. */
Result<QByteArray> readProfileFor(const QString& path, const exchange::KeySet& keys, QDate today)
{
    auto bytes = exchange::readFileLimited(
        path, exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_PROFILE));
    if (!bytes)
        return bytes.error();
    auto profile = exchange::verifyProfileFile(*bytes, today);
    if (!profile)
        return profile.error();
    if (Status s = custodian::checkCustodianKey(*profile, keys); !s)
        return s.error();
    return *bytes;
}

} // namespace

int runCustodianImport(const Context& ctx)
{
    const QCommandLineOption dbOption({ QStringLiteral("custodian-db") },
        QStringLiteral("The custodian database (made by the first import with --profile)."),
        QStringLiteral("FILE"));
    const QCommandLineOption keyOption({ QStringLiteral("key") },
        QStringLiteral("The custodian's secret key file (.kwsleutel)."), QStringLiteral("FILE"));
    const QCommandLineOption profileOption({ QStringLiteral("profile") },
        QStringLiteral("Add this co-signed school profile first: once before the first "
                       "contributions, and again for each new version."),
        QStringLiteral("FILE"));
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "The custodian imports teachers' contribution files (.kwbijdrage) and folders of "
              "them (recursively). Only the custodian's part is opened; HR's part is kept sealed "
              "for the release. A refused file changes nothing; importing the same files again "
              "changes nothing. No file name or arrival time is kept."),
            .options = { dbOption, keyOption, passphraseFileOption(), profileOption },
            .required = { &dbOption, &keyOption },
            .positionals = { { QStringLiteral("PATH"),
                QStringLiteral("Contribution files or folders."), QStringLiteral("PATH...") } },
            .db = DbOption::None,
            .jsonDescription = QStringLiteral("Print every file's outcome and the counts as "
                                              "JSON.") });
    if (p.finished)
        return *p.finished;
    const QStringList paths = p.positionals();
    if (paths.isEmpty() && !p.isSet(profileOption))
        return p.usage(QStringLiteral("usage: import --custodian-db FILE --key K [--profile P] "
                                      "PATH...; give at least one PATH or --profile."));

    auto keys = readKeyPath(p.value(keyOption), p);
    if (!keys)
        return p.failed(keys.error());
    // Everything is checked before the database is made: a mistake leaves no file behind.
    std::optional<QByteArray> profileFile;
    if (p.isSet(profileOption)) {
        auto read = readProfileFor(p.value(profileOption), *keys, ctx.clock.today());
        if (!read)
            return p.failed(
                QStringLiteral("%1: %2").arg(p.value(profileOption), read.error().message));
        profileFile = *read;
    }
    const QString dbPath = p.value(dbOption);
    if (!profileFile && !QFileInfo::exists(dbPath))
        return p.failed(QStringLiteral("%1 does not exist; start a custodian database with "
                                       "--profile and the school's co-signed profile.")
                            .arg(dbPath));
    auto store = custodian::CustodianStore::open(dbPath, ctx.clock);
    if (!store)
        return p.failed(store.error());

    QJsonObject profileJson;
    QString profileLine;
    if (profileFile) {
        auto added = (*store)->addProfile(*profileFile);
        if (!added)
            return p.failed(added.error());
        const QString result
            = added->alreadyThere ? QStringLiteral("alreadyThere") : QStringLiteral("added");
        profileJson = { { QStringLiteral("schoolId"), added->profile.schoolId },
            { QStringLiteral("version"), added->profile.version },
            { QStringLiteral("result"), result } };
        profileLine = QStringLiteral("Profile of %1 version %2 %3.")
                          .arg(added->profile.schoolName)
                          .arg(added->profile.version)
                          .arg(added->alreadyThere ? QStringLiteral("was there already")
                                                   : QStringLiteral("added"));
    }
    if (paths.isEmpty())
        return p.print(QJsonObject { { QStringLiteral("profile"), profileJson } }, profileLine);

    // The database and the key must do before anything is printed: a failure is one line.
    auto current = (*store)->currentProfile();
    if (!current)
        return p.failed(current.error());
    if (!*current)
        return p.failed(QStringLiteral("%1 has no school profile yet; add the co-signed profile "
                                       "with --profile.")
                            .arg(dbPath));
    if (Status s = custodian::checkCustodianKey(**current, *keys); !s)
        return p.failed(s.error());

    if (!p.json() && !profileLine.isEmpty())
        ctx.out << profileLine << '\n';
    OutcomePrinter printer(ctx.out, p.json());
    printer.begin(profileJson);
    auto summary = custodian::importEachFile(
        **store, *keys, paths, [&](const FileOutcome& file) { printer.file(file); });
    if (!summary) {
        printer.abort(summary.error().message);
        return p.failed(summary.error());
    }
    printer.finish(*summary);
    return Ok;
}

} // namespace kw::cli

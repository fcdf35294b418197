// kernwijzer-cli backup and restore: the teacher's whole journal in one encrypted file
// (core/backup), and back.
#include "backup/journal_backup.h"
#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/key_input.h"
#include "exchange/crypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace kw::cli {

namespace {

/** The passphrase as a backup takes it: passphrase() (file or terminal), then its rules. */
Result<QString> backupPassphrase(const CommandArgs& p, const QString& prompt, bool twice)
{
    auto bytes = passphrase(p, prompt, twice);
    if (!bytes)
        return bytes.error();
    const QString text = QString::fromUtf8(*bytes);
    crypto::wipe(*bytes);
    if (const QString problem = backup::passphraseProblem(text); !problem.isEmpty())
        return Error { Error::Code::InvalidInput, problem };
    return text;
}

QString kilobytes(qint64 bytes)
{
    return QStringLiteral("%1 KB").arg((bytes + 1023) / 1024);
}

} // namespace

int runBackup(const Context& ctx)
{
    const QCommandLineOption outOption({ QStringLiteral("out") },
        QStringLiteral("The backup to write (a new file ending in .kwbackup)."),
        QStringLiteral("FILE"));
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "Write an encrypted backup of everything in the journal: reflections, POP, hours, "
              "check-ins, settings, the school profile, the exchange state and the device "
              "secret. It is locked with a passphrase of at least 10 characters; without the "
              "passphrase nobody can restore it, you neither."),
            .options = { outOption, passphraseFileOption() },
            .required = { &outOption } });
    if (p.finished)
        return *p.finished;
    int code = Ok;
    const auto session = p.open(false, code);
    if (!session)
        return code;
    auto secret = backupPassphrase(p, QStringLiteral("Passphrase for the backup: "), true);
    if (!secret)
        return p.failed(secret.error());
    auto summary = backup::writeBackup(*session, p.value(outOption), *secret);
    if (!summary)
        return p.failed(summary.error());
    return p.print(QJsonObject { { QStringLiteral("path"), summary->path },
                       { QStringLiteral("bytes"), summary->bytes },
                       { QStringLiteral("reflections"), summary->reflections },
                       { QStringLiteral("createdAt"), summary->createdAt.toString(Qt::ISODate) } },
        QStringLiteral("Backup written and checked: %1 (%2, %3 reflections). Keep the passphrase "
                       "safe: without it the backup cannot be restored.")
            .arg(summary->path, kilobytes(summary->bytes))
            .arg(summary->reflections));
}

int runRestore(const Context& ctx)
{
    const QCommandLineOption inOption({ QStringLiteral("in") },
        QStringLiteral("The backup to restore (.kwbackup)."), QStringLiteral("FILE"));
    const QCommandLineOption replaceOption({ QStringLiteral("replace") },
        QStringLiteral("Restore over a journal that has entries; it is kept beside it."));
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "Restore a backup into the journal at --db. A journal with entries is only "
              "replaced with --replace, and then kept beside it as "
              "<name>-voor-terugzetten-<day>.sqlite. A wrong passphrase, a damaged or unfinished "
              "backup, or one from a newer Kernwijzer changes nothing."),
            .options = { inOption, replaceOption, passphraseFileOption() },
            .required = { &inOption } });
    if (p.finished)
        return *p.finished;
    const QString in = p.value(inOption);
    const QString db = QFileInfo(p.dbPath()).absoluteFilePath();
    // What needs no passphrase is checked first: the file, the journal it would replace.
    if (auto info = backup::readBackupInfo(in); !info)
        return p.failed(info.error());
    if (!QFileInfo(db).absoluteDir().exists())
        return p.failed(
            QStringLiteral("The folder %1 does not exist.").arg(QFileInfo(db).absolutePath()));
    auto entries = backup::journalHasEntries(db);
    if (!p.isSet(replaceOption)) {
        if (!entries)
            return p.failed(QStringLiteral("%1 cannot be read (%2); restore with --replace to keep "
                                           "it beside the restored journal.")
                                .arg(db, entries.error().message));
        if (*entries)
            return p.failed(QStringLiteral("%1 has entries; restore with --replace to keep it "
                                           "beside the restored journal. Nothing was changed.")
                                .arg(db));
    }
    auto secret = backupPassphrase(p, QStringLiteral("Passphrase of the backup: "), false);
    if (!secret)
        return p.failed(secret.error());
    backup::removeLeftovers(db);
    const QString decrypted = backup::restoringPath(db);
    auto journal = backup::decryptBackup(in, *secret, decrypted);
    if (!journal)
        return p.failed(journal.error());
    auto kept = backup::replaceJournal(decrypted, db, ctx.clock.today());
    if (!kept) {
        QFile::remove(decrypted);
        return p.failed(kept.error());
    }
    // The device secret goes to this device's key store, as the app does on first opening.
    auto session = openJournal(db, ctx.clock, false);
    if (!session)
        return p.failed(session.error());
    if (Status s = backup::settleDeviceSecret(**session); !s)
        return p.failed(s.error());
    QStringList lines { QStringLiteral("Restored %1 reflections (the newest of %2) into %3.")
                            .arg(journal->reflections)
                            .arg(journal->lastEntry.isValid()
                                    ? journal->lastEntry.toString(Qt::ISODate)
                                    : QStringLiteral("-"))
                            .arg(db) };
    if (!kept->isEmpty())
        lines << QStringLiteral("The journal that was there is kept as %1.").arg(*kept);
    return p.print(
        QJsonObject { { QStringLiteral("path"), db },
            { QStringLiteral("bytes"), QFileInfo(db).size() },
            { QStringLiteral("reflections"), journal->reflections },
            { QStringLiteral("kept"), *kept },
            { QStringLiteral("createdAt"), journal->info.createdAt.toString(Qt::ISODate) } },
        lines);
}

} // namespace kw::cli

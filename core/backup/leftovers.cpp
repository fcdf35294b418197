#include "backup/journal_backup.h"
#include "exchange/crypto.h"

#include <QDir>
#include <QFileInfo>

namespace kw::backup {

namespace {

/** ".journal.sqlite.": what every temporary copy of the journal's name starts with. */
QString hiddenPrefix(const QFileInfo& journal)
{
    return QStringLiteral(".") + journal.fileName() + QStringLiteral(".");
}

} // namespace

QString restoringPath(const QString& journalPath)
{
    const QFileInfo journal(journalPath);
    return journal.absolutePath() + QLatin1Char('/') + hiddenPrefix(journal)
        + QStringLiteral("restore-") + QString::fromLatin1(crypto::randomBytes(8).toHex());
}

void removeLeftovers(const QString& journalPath)
{
    const QFileInfo journal(journalPath);
    const QString prefix = hiddenPrefix(journal);
    QDir folder = journal.absoluteDir();
    const QStringList names = folder.entryList(
        { prefix + QStringLiteral("backup-*"), prefix + QStringLiteral("restore-*") },
        QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : names)
        folder.remove(name);
}

} // namespace kw::backup

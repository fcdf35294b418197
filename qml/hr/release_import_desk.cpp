#include "release_import_desk.h"

#include "exchange/envelope.h"
#include "hr/release_advice.h"
#include "hr/release_import.h"
#include "services/hr_desk.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <algorithm>

namespace kw {

namespace {

/** The files @p urls name: a folder stands for every release file in it, by name. */
QStringList releaseFiles(const QList<QUrl>& urls)
{
    QStringList out;
    for (const QUrl& url : urls) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
        if (!QFileInfo(path).isDir()) {
            out << path;
            continue;
        }
        const QDir dir(path);
        for (const QString& name :
            dir.entryList({ QStringLiteral("*.kwvrijgave") }, QDir::Files, QDir::Name))
            out << dir.filePath(name);
    }
    return out;
}

} // namespace

ReleaseImportDesk::ReleaseImportDesk(QObject* parent)
    : QObject(parent)
    , m_results(new ReleaseImportResults(this))
{ }

void ReleaseImportDesk::setDesk(HrDesk* desk)
{
    if (desk == m_desk)
        return;
    disconnect(m_deskChanged);
    m_desk = desk;
    if (desk)
        m_deskChanged = connect(desk, &SchoolDesk::changed, this, &ReleaseImportDesk::readImported);
    emit deskChanged();
    readImported();
}

void ReleaseImportDesk::readImported()
{
    m_imported.clear();
    m_error.clear();
    hr::HrStore* store = m_desk ? m_desk->store() : nullptr;
    if (!store) {
        if (m_desk)
            m_error = tr("HR's database cannot be opened: %1").arg(m_desk->openError());
        emit importedChanged();
        return;
    }
    auto releases = store->releases();
    if (!releases) {
        m_error = releases.error().message;
        emit importedChanged();
        return;
    }
    QList<hr::ReleaseInfo> list = *releases;
    std::sort(list.begin(), list.end(), [](const hr::ReleaseInfo& a, const hr::ReleaseInfo& b) {
        return a.period != b.period ? a.period > b.period : a.releaseNumber > b.releaseNumber;
    });
    for (const hr::ReleaseInfo& r : std::as_const(list))
        m_imported << QVariantMap { { QStringLiteral("period"), r.period },
            { QStringLiteral("number"), r.releaseNumber },
            { QStringLiteral("imported"),
                QLocale().toString(r.imported.toLocalTime(), QLocale::ShortFormat) } };
    emit importedChanged();
}

bool ReleaseImportDesk::importFiles(const QList<QUrl>& urls)
{
    hr::HrStore* store = m_desk ? m_desk->store() : nullptr;
    const exchange::KeySet* keys = m_desk && m_desk->key() ? m_desk->key()->keys() : nullptr;
    if (!store || !keys) {
        m_error = !store
            ? tr("HR's database cannot be opened: %1").arg(m_desk ? m_desk->openError() : QString())
            : tr("Unlock HR's key first (under Keys): only it opens HR's parts of "
                 "a release.");
        emit importedChanged();
        return false;
    }
    QList<ReleaseImportResults::Row> rows;
    bool stored = false;
    bool allOk = true;
    for (const QString& path : releaseFiles(urls)) {
        ReleaseImportResults::Row row { QFileInfo(path).fileName(), false, {}, {} };
        auto bytes = exchange::readFileLimited(
            path, exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_RELEASE));
        auto imported = bytes ? hr::importRelease(*store, *bytes, *keys)
                              : Result<hr::ReleaseImport>(bytes.error());
        if (!imported) {
            row.headline = imported.error().message;
            row.nextStep = hr::whatToDoNext(imported.error());
            allOk = false;
        } else if (imported->outcome == hr::ReleaseImport::Outcome::AlreadyThere) {
            row.stored = true;
            row.headline = tr("Release %1 of %2 was imported before: nothing changed.")
                               .arg(imported->releaseNumber)
                               .arg(imported->period);
        } else {
            row.stored = stored = true;
            row.headline = tr("Release %1 of %2: %3 contributions, %4 figures released, %5 "
                              "withheld.")
                               .arg(imported->releaseNumber)
                               .arg(imported->period)
                               .arg(imported->contributions)
                               .arg(imported->released)
                               .arg(imported->withheld);
            if (imported->withheldByHr > 0)
                row.headline += QLatin1Char(' ')
                    + tr("HR's own check withheld %1 of them.").arg(imported->withheldByHr);
        }
        rows << row;
    }
    if (rows.isEmpty()) {
        rows << ReleaseImportResults::Row { {}, false,
            tr("No release files (.kwvrijgave) were found there."),
            tr("Choose the .kwvrijgave files the custodian sent, or the folder that holds them.") };
        allOk = false;
    }
    m_results->prepend(rows);
    if (stored)
        m_desk->notifyChanged();
    else
        readImported();
    return allOk;
}

} // namespace kw

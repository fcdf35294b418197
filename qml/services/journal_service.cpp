#include "services/journal_service.h"

#include "backup/journal_backup.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace kw {

JournalService::JournalService(
    const QString& path, const Clock& clock, std::shared_ptr<SecretVault> vault, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_clock(clock)
    , m_vault(std::move(vault))
{
    QDir().mkpath(QFileInfo(path).absolutePath()); // the app's own data folder, on first use
    backup::removeLeftovers(path); // plain copies a killed backup or restore left
    (void)open(); // ready and openError say how it went
}

Status JournalService::open()
{
    auto session = TeacherSession::open(
        m_path, m_clock, {}, TeacherSession::RemovedReflections::Erase, m_vault);
    if (!session) {
        m_openError = session.error().message;
        return session.error();
    }
    m_openError.clear();
    m_session = std::move(session).value();
    return {};
}

Result<QString> JournalService::replaceWith(const QString& decryptedPath)
{
    m_session.reset(); // the file is closed before it is moved
    auto kept = backup::replaceJournal(decryptedPath, m_path, m_clock.today());
    const Status opened = open();
    if (kept && opened)
        (void)backup::settleDeviceSecret(*m_session); // else it moves on first use
    m_lastRemoved = 0; // the reflection to undo was the other journal's
    emit undoChanged();
    emit replaced();
    emit changed();
    if (!kept)
        return kept.error();
    if (!opened)
        return opened.error();
    return kept;
}

JournalService::~JournalService() = default;

const SchoolProfile& JournalService::profile() const
{
    static const SchoolProfile unopened = demoProfile();
    return m_session ? m_session->profile() : unopened;
}

QString JournalService::exportFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString JournalService::exportTargetProblem(const QString& path) const
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return tr("That is your journal itself; choose another file.");
    return {};
}

QString JournalService::today() const
{
    return m_clock.today().toString(Qt::ISODate);
}

Result<PopYear> JournalService::popYear(int schoolYear) const
{
    if (!m_session)
        return Error { Error::Code::Io, m_openError };
    return m_session->popYear(schoolYear);
}

QString JournalService::remove(qint64 id)
{
    if (!m_session)
        return m_openError;
    if (Status s = m_session->journal().remove(id); !s)
        return s.error().message;
    m_lastRemoved = id;
    emit undoChanged();
    emit changed();
    return {};
}

QString JournalService::undoRemove()
{
    if (!m_session || m_lastRemoved == 0)
        return {};
    if (Status s = m_session->journal().restore(m_lastRemoved); !s)
        return s.error().message;
    m_lastRemoved = 0;
    emit undoChanged();
    emit changed();
    return {};
}

} // namespace kw

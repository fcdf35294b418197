#include "services/journal_service.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace kw {

JournalService::JournalService(
    const QString& path, const Clock& clock, std::shared_ptr<SecretVault> vault, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_clock(clock)
{
    QDir().mkpath(QFileInfo(path).absolutePath()); // the app's own data folder, on first use
    auto session = TeacherSession::open(
        path, clock, {}, TeacherSession::RemovedReflections::Erase, std::move(vault));
    if (!session) {
        m_openError = session.error().message;
        return;
    }
    m_session = std::move(session).value();
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

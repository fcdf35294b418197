#include "services/journal_service.h"

#include "journal/journal_schema.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace kw {

JournalService::JournalService(
    const QString& path, const SchoolProfile& profile, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_clock(clock)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = sql::Database::open(path, journalSchema());
    if (!db) {
        m_openError = db.error().message;
        return;
    }
    m_db = std::move(db).value();
    m_store = std::make_unique<JournalStore>(*m_db, profile, clock);
    m_checkins = std::make_unique<CheckinStore>(*m_db, profile, clock);
    m_pop = std::make_unique<PopStore>(*m_db, profile, clock);
    m_hours = std::make_unique<HoursStore>(*m_db, profile, clock);
    m_exchangeStore = std::make_unique<exchange::ExchangeStore>(*m_db, *m_store, clock);
    m_exchange = std::make_unique<exchange::TeacherExchange>(
        *m_exchangeStore, *m_store, *m_checkins, clock);
    // Reflections removed in an earlier session can no longer be undone: erase them for good.
    if (Status s = m_store->purgeDeleted(); !s)
        m_openError = s.error().message;
}

JournalService::~JournalService()
{
    if (m_store)
        (void)m_store->purgeDeleted();
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
    if (!m_db)
        return Error { Error::Code::Io, m_openError };
    return loadPopYear(*m_db, m_store->profile(), m_clock, schoolYear);
}

QString JournalService::remove(qint64 id)
{
    if (!m_store)
        return m_openError;
    if (Status s = m_store->remove(id); !s)
        return s.error().message;
    m_lastRemoved = id;
    emit undoChanged();
    emit changed();
    return {};
}

QString JournalService::undoRemove()
{
    if (!m_store || m_lastRemoved == 0)
        return {};
    if (Status s = m_store->restore(m_lastRemoved); !s)
        return s.error().message;
    m_lastRemoved = 0;
    emit undoChanged();
    emit changed();
    return {};
}

} // namespace kw

#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "exchange/contribution_file.h"
#include "storage/database.h"

#include <QDateTime>
#include <optional>

namespace kw {
class JournalStore;
}

namespace kw::exchange {

/** The teacher's choices for school trends. Off until the teacher turns it on. */
struct ExchangeSettings
{
    bool optedIn = false;
    Cohort cohort; ///< team, role and age band as the teacher chose them
};

/** That a period was exported, and how often. */
struct ExportRecord
{
    QString period;
    quint32 revision = 0;
    QDateTime exported;
};

/**
 * What the exchange keeps in the teacher's journal: the imported profile file exactly as it was
 * signed (it is verified again whenever it is read), the opt-in and cohort, the device secret,
 * and the export log. All of it stays in this file.
 */
class ExchangeStore
{
public:
    ExchangeStore(sql::Database& db, JournalStore& journal, const Clock& clock);

    /** The imported profile file; nothing when none was imported. */
    [[nodiscard]] Result<std::optional<QByteArray>> profileFile();
    /** Stores @p file (already verified by the caller) as the school's profile. */
    [[nodiscard]] Status installProfile(const QByteArray& file, const SchoolProfile& profile);
    /** Forgets the imported profile; the exports log and the device secret stay. */
    [[nodiscard]] Status removeProfile();

    [[nodiscard]] Result<ExchangeSettings> settings();
    [[nodiscard]] Status setSettings(const ExchangeSettings& settings);

    /** The device's 32-byte secret, made from the system's random source on first use. */
    [[nodiscard]] Result<QByteArray> deviceSecret();

    [[nodiscard]] Result<QList<ExportRecord>> exports(const QString& schoolId);
    /** The revision the next export of @p period gets: 1, then 2, … (see recordExport()). */
    [[nodiscard]] Result<quint32> nextRevision(const QString& schoolId, const QString& period);
    [[nodiscard]] Status recordExport(
        const QString& schoolId, const QString& period, quint32 revision);

private:
    sql::Database& m_db;
    JournalStore& m_journal;
    const Clock& m_clock;
};

} // namespace kw::exchange

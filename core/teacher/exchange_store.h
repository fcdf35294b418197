#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "exchange/contribution_file.h"
#include "storage/app_state_store.h"
#include "storage/database.h"
#include "teacher/device_secret.h"

#include <QDateTime>
#include <memory>
#include <optional>

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
 * signed (it is verified again whenever it is read), the opt-in and cohort, the export log, and
 * the device secret or, where the system's key store keeps it, the name of its entry there
 * (DeviceSecretStore). All of it stays in this file.
 */
class ExchangeStore
{
public:
    /** @p vault: the system's key store for the device secret; null where there is none, and the
     * secret is then kept in the journal (see DeviceSecretStore). */
    ExchangeStore(
        sql::Database& db, const Clock& clock, std::shared_ptr<SecretVault> vault = nullptr);

    /** The imported profile file; nothing when none was imported. */
    [[nodiscard]] Result<std::optional<QByteArray>> profileFile();
    /**
     * Stores @p file (already verified by the caller) as the school's profile and, in the same
     * transaction, @p settings (an import may turn sharing off; see TeacherExchange::install()).
     */
    [[nodiscard]] Status installProfile(
        const QByteArray& file, const SchoolProfile& profile, const ExchangeSettings& settings);

    /**
     * Removes the school's profile and, in the same transaction, turns sharing off and forgets
     * the cohort (its ids were that school's). The export log and the device secret stay.
     */
    [[nodiscard]] Status removeProfile();

    [[nodiscard]] Result<ExchangeSettings> settings();
    [[nodiscard]] Status setSettings(const ExchangeSettings& settings);

    /** Marks this journal as the built-in demo teacher's, the one journal that shares with the
     * demo school (whose keys are public). Installing a school's own profile unmarks it. */
    [[nodiscard]] Status markDemoJournal();
    [[nodiscard]] Result<bool> isDemoJournal();

    /**
     * The device's 32-byte secret, made from the system's random source on first use; an error
     * when it is kept in a key store that cannot be reached now (see DeviceSecretStore).
     */
    [[nodiscard]] Result<QByteArray> deviceSecret() { return m_secret.secret(); }
    /** Where the device secret lives; the key store is not asked. */
    [[nodiscard]] Result<SecretPlace> deviceSecretPlace() { return m_secret.place(); }

    [[nodiscard]] Result<QList<ExportRecord>> exports(const QString& schoolId);
    /** The revision the next export of @p period would get: 1, then 2, … */
    [[nodiscard]] Result<quint32> nextRevision(const QString& schoolId, const QString& period);
    /**
     * Hands out the next revision of @p period for good (committed before the file is written):
     * a revision is never used twice, even when the write or recordExport() fails after it.
     */
    [[nodiscard]] Result<quint32> takeRevision(const QString& schoolId, const QString& period);
    /** Logs that @p revision of @p period was written; the period shows as shared. */
    [[nodiscard]] Status recordExport(
        const QString& schoolId, const QString& period, quint32 revision);

private:
    [[nodiscard]] Status writeSettings(const ExchangeSettings& settings);

    sql::Database& m_db;
    const Clock& m_clock;
    AppStateStore m_state;
    DeviceSecretStore m_secret;
};

} // namespace kw::exchange

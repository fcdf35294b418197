#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "common/secret_vault.h"
#include "journal/journal_store.h"
#include "pop/hours_store.h"
#include "pop/pop_store.h"
#include "pop/pop_year.h"
#include "profile/school_profile.h"
#include "storage/app_state_store.h"
#include "storage/database.h"
#include "teacher/exchange_store.h"
#include "teacher/teacher_exchange.h"
#include "wellbeing/checkin_store.h"

#include <memory>

namespace kw {

/**
 * One teacher's open database with every store over it and the school profile they all use.
 * The app, the CLI and the tests open a teacher's file only through here, so they read the same
 * installed profile and follow the same rules:
 * - the schema is migrated (or a newer file refused) as the database opens;
 * - the school profile is the one imported into this file, its signatures checked again, else
 *   the built-in demo school; a stored profile that fails its check is an error, never a silent
 *   fallback to the demo school;
 * - in the app's session (RemovedReflections::Erase), reflections removed in an earlier session
 *   are erased for good on opening and closing: removal can be undone within one session. Other
 *   sessions (the CLI) keep them, since the app may still offer to undo their removal.
 *
 * The stores refer to profile(); installing a school's profile switches them all in place.
 */
class TeacherSession
{
public:
    /** Whether this session erases the reflections removed in an earlier one (see above). */
    enum class RemovedReflections { Erase, Keep };

    /**
     * Opens the teacher's database at @p path (created when @p options.create, else a missing
     * file is an error). The folder must exist. @p vault is the system's key store that keeps
     * the device secret (the app and the CLI pass platform::createSecretVault()); without one
     * the secret is kept in the journal, and the journal says so (see DeviceSecretStore).
     */
    [[nodiscard]] static Result<std::unique_ptr<TeacherSession>> open(const QString& path,
        const Clock& clock, const sql::Database::Options& options = {},
        RemovedReflections removed = RemovedReflections::Erase,
        std::shared_ptr<SecretVault> vault = nullptr);
    ~TeacherSession();
    TeacherSession(const TeacherSession&) = delete;
    TeacherSession& operator=(const TeacherSession&) = delete;

    QString path() const { return m_path; }
    const Clock& clock() const { return m_clock; }
    /** The school profile in use: the imported one, else the demo school's. */
    const SchoolProfile& profile() const { return m_profile; }

    /** Installs a checked profile import (TeacherExchange::checkImport(), install()) and
     * switches every store to it. */
    [[nodiscard]] Status install(
        const exchange::ProfileImport& import, const QString& verificationCode = {});
    /**
     * The way back from a wrong school: removes the school profile installed in the journal at
     * @p path, turns sharing off and forgets the cohort; reflections, POP, check-ins and the
     * export log stay. Works also when the stored profile fails its check (which keeps open()
     * from succeeding). The journal then uses the demo school until a school's profile is
     * installed again, as on a first install.
     */
    [[nodiscard]] static Status removeSchoolProfile(const QString& path, const Clock& clock);
    /** The same for this open session (the app's): afterwards every store uses the demo school,
     * switched in place as install() does. */
    [[nodiscard]] Status removeSchoolProfile();

    /** Installs the demo school's profile (see TeacherExchange::installDemoSchool()), marks this
     * file as the demo teacher's and switches to it; returns the profile file. */
    [[nodiscard]] Result<QByteArray> installDemoSchool();

    sql::Database& database() { return *m_db; }
    JournalStore& journal() { return *m_journal; }
    CheckinStore& checkins() { return *m_checkins; }
    PopStore& pop() { return *m_pop; }
    HoursStore& hours() { return *m_hours; }
    AppStateStore& appState() { return *m_appState; }
    exchange::ExchangeStore& exchangeStore() { return *m_exchangeStore; }
    /** The teacher's side of the exchange: profile import, opt-in, contributions. */
    exchange::TeacherExchange& exchange() { return *m_exchange; }

    /** One school year's POP and hours, read consistently (for the PDF export). */
    [[nodiscard]] Result<PopYear> popYear(int schoolYear);

private:
    TeacherSession(const QString& path, const Clock& clock, std::unique_ptr<sql::Database> db,
        RemovedReflections removed, std::shared_ptr<SecretVault> vault);
    [[nodiscard]] Status loadInstalledProfile();

    QString m_path;
    const Clock& m_clock;
    RemovedReflections m_removed;
    SchoolProfile m_profile;
    std::unique_ptr<sql::Database> m_db;
    std::unique_ptr<JournalStore> m_journal;
    std::unique_ptr<CheckinStore> m_checkins;
    std::unique_ptr<PopStore> m_pop;
    std::unique_ptr<HoursStore> m_hours;
    std::unique_ptr<AppStateStore> m_appState;
    std::unique_ptr<exchange::ExchangeStore> m_exchangeStore;
    std::unique_ptr<exchange::TeacherExchange> m_exchange;
};

} // namespace kw

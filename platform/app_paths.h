#pragma once

#include <QString>
#include <memory>

namespace kw::platform {

/** Where this device keeps Kernwijzer's files; one implementation per platform. */
class AppPaths
{
public:
    virtual ~AppPaths() = default;
    /** A folder private to the app that survives updates; created if missing. */
    virtual QString dataDir() const = 0;
    QString journalFile() const; ///< the teacher's own journal
    QString demoJournalFile() const; ///< the demo school's journal, kept apart from real data
    QString hrDatabaseFile() const; ///< HR's imported releases (role "hr")
    QString custodianDatabaseFile() const; ///< the custodian's inbox and releases
    QString leaderDatabaseFile() const; ///< the team leader's conversations (leider.sqlite)
    /** The simulated school HR and the custodian see with --demo, kept apart from real data. */
    QString demoSchoolDir() const;
};

/** The implementation for the platform this binary was built for. */
std::unique_ptr<AppPaths> createAppPaths();

/** A test double rooted in a folder the test owns. */
std::unique_ptr<AppPaths> createFixedAppPaths(const QString& root);

} // namespace kw::platform

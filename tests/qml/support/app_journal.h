#pragma once

#include "common/clock.h"
#include "journal/reflection.h"
#include "profile/school_profile.h"
#include "services/journal_service.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <initializer_list>
#include <memory>

namespace kw::test {

/** Test-mode paths and English (UK) dates and labels, the same on every machine. */
void useTestEnvironment();

/** { "a", "b" } as a QStringList, for comparisons (the project builds with QT_NO_CAST_FROM_ASCII).
 */
inline QStringList strings(std::initializer_list<const char*> utf8)
{
    QStringList out;
    for (const char* s : utf8)
        out << QString::fromUtf8(s);
    return out;
}

/**
 * The journal as the app opens it: a JournalService over journal.sqlite in a temporary folder,
 * with the demo profile (until a test imports another) and a FixedClock (2026-11-20 10:00 unless
 * told otherwise). For the tests of the QML models, controllers and pages.
 */
class AppJournal
{
public:
    explicit AppJournal(const QDateTime& now = defaultNow());
    ~AppJournal();

    JournalService& service() { return *m_service; }
    JournalStore& store() { return *m_service->store(); }
    FixedClock& clock() { return m_clock; }
    const SchoolProfile& profile() const { return m_service->profile(); }
    QString path() const;

    /** Closes the journal and opens it again with a new service, as quitting and restarting does.
     */
    void reopen();

    /** Adds through the store and tells every view, as the editor does; 0 when refused. */
    qint64 add(const Reflection& reflection);
    qint64 add(const QString& text, QDate day,
        const QStringList& valueIds = { QStringLiteral("vertrouwen") });
    /** Adds all in one transaction and tells the views once; false when refused. */
    bool addAll(const QList<Reflection>& reflections);

    /** How many reflections are stored and not removed; -1 when the journal cannot be read. */
    int storedCount();
    /** The saved quick-entry draft, or an empty string when there is none. */
    QString draft();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<JournalService> m_service;
};

} // namespace kw::test

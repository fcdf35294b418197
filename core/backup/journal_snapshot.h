#pragma once

#include "common/result.h"

#include <QString>

namespace kw {
class TeacherSession;
}

namespace kw::backup {

/**
 * A consistent copy of a session's journal (VACUUM INTO) in a temporary file beside it, in the
 * app's private folder, with the device secret put in its fallback place (the journal itself) so
 * that the copy alone carries it. The file and any SQLite companions are removed when the
 * snapshot goes, on every path.
 */
class JournalSnapshot
{
public:
    [[nodiscard]] static Result<JournalSnapshot> take(TeacherSession& session);
    ~JournalSnapshot();
    JournalSnapshot(JournalSnapshot&& other) noexcept;
    JournalSnapshot& operator=(JournalSnapshot&&) = delete;
    JournalSnapshot(const JournalSnapshot&) = delete;
    JournalSnapshot& operator=(const JournalSnapshot&) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    int reflections() const { return m_reflections; }

private:
    explicit JournalSnapshot(QString path)
        : m_path(std::move(path))
    { }
    QString m_path;
    int m_schemaVersion = 0;
    int m_reflections = 0;
};

/** Removes @p path with its SQLite companions (-wal, -shm, -journal); false if one stays. */
bool removeDatabaseFiles(const QString& path);

} // namespace kw::backup

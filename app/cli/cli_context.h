#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "profile/school_profile.h"
#include "teacher/teacher_session.h"

#include <QStringList>
#include <QTextStream>
#include <memory>

namespace kw::cli {

/** Exit codes of kernwijzer-cli: scripts may rely on them. */
enum Exit : int { Ok = 0, Failed = 1, Usage = 2 };

/** What every command gets: its arguments, the output streams and the injected clock. */
struct Context
{
    QStringList args; ///< the command's own arguments, program and command names first
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;

    /** Prints "kernwijzer-cli: <reason>" on one line and returns @p code. */
    int fail(const QString& reason, int code = Failed) const;
    int fail(const Error& error) const { return fail(error.message); }
};

/**
 * Opens the teacher's journal at @p path (TeacherSession: the installed school profile, the
 * same rules as the app, except that reflections the app removed stay until the app erases them,
 * as the app may still offer to undo their removal; the device secret in the system's key store,
 * platform::createSecretVault()); with @p create false a missing file is an error, not a new
 * journal.
 */
Result<std::unique_ptr<TeacherSession>> openJournal(
    const QString& path, const Clock& clock, bool create);

} // namespace kw::cli

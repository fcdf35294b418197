#include "cli/cli_context.h"

#include "keychain_vault.h"

#include <QFileInfo>

namespace kw::cli {

int Context::fail(const QString& reason, int code) const
{
    err << "kernwijzer-cli: " << reason << Qt::endl;
    return code;
}

Result<std::unique_ptr<TeacherSession>> openJournal(
    const QString& path, const Clock& clock, bool create)
{
    sql::Database::Options options;
    options.create = create;
    // The app may still offer to undo a removal: the CLI never erases removed reflections. The
    // device secret is kept in the same key store as the app's.
    return TeacherSession::open(path, clock, options, TeacherSession::RemovedReflections::Keep,
        platform::createSecretVault());
}

} // namespace kw::cli

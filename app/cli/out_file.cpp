#include "cli/out_file.h"

#include "exchange/envelope.h"

#include <QFileInfo>

namespace kw::cli {

Status checkNewOutFile(const QString& path)
{
    const QFileInfo target(path);
    // isSymLink() also for a dangling link, which exists() does not see.
    if (target.exists() || target.isSymLink())
        return Error { Error::Code::InvalidInput,
            QStringLiteral("--out %1 exists already (as a file, a folder or a link): it is not "
                           "overwritten. Choose a new file name.")
                .arg(path) };
    if (!QFileInfo(target.absolutePath()).isDir())
        return Error { Error::Code::InvalidInput,
            QStringLiteral("--out %1: the folder %2 does not exist.")
                .arg(path, target.absolutePath()) };
    return {};
}

Status writeNewOutFile(const QString& path, const QByteArray& bytes)
{
    return exchange::writeFileAtomically(path, bytes, exchange::ExistingPath::Refuse);
}

} // namespace kw::cli

#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace kw::cli {

/**
 * The one way a command writes the new file its --out names (gesprek prepare, verslag, respond,
 * and any command that hands a file to someone else): never over anything already there.
 * checkNewOutFile() runs before the command changes anything, so a refused --out leaves the
 * database as it was; writeNewOutFile() then writes atomically and O_EXCL-like
 * (exchange::writeFileAtomically with ExistingPath::Refuse), so a file, folder, device or
 * symlink that appeared in between is refused too and never followed.
 */
[[nodiscard]] Status checkNewOutFile(const QString& path);
[[nodiscard]] Status writeNewOutFile(const QString& path, const QByteArray& bytes);

} // namespace kw::cli

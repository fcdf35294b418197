#pragma once

#include "cli/command_args.h"
#include "exchange/key_file.h"

namespace kw::cli {

/** --passphrase-file FILE: the passphrase of a secret key file, on the first line of FILE. */
const QCommandLineOption& passphraseFileOption();

/**
 * The passphrase for a key file: the first line of --passphrase-file when given, else typed at
 * the terminal (not echoed) when there is one; @p twice asks again to confirm a new one.
 */
[[nodiscard]] Result<QByteArray> passphrase(
    const CommandArgs& args, const QString& prompt, bool twice);

/**
 * Reads a key file (secret or public) from @p path, size-limited; a locked secret key file is
 * opened with passphrase().
 */
[[nodiscard]] Result<exchange::KeySet> readKeyPath(const QString& path, const CommandArgs& args);

} // namespace kw::cli

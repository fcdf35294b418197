#pragma once

#include "common/result.h"
#include "exchange/key_file.h"

namespace kw::exchange {

/** Where createKeyFiles() wrote a new key holder's files. */
struct NewKeyFiles
{
    QString secretPath; ///< .kwsleutel: the holder's own, owner-only
    QString publicPath; ///< .kwsleutel.pub: for HR, to put in the school profile
    KeySet keys; ///< with the secret halves, for the session that made them
};

/**
 * Makes new keys for @p party (HR: PARTY_SCHOOL, or the custodian) named @p name with @p role,
 * and writes them to @p secretPath (locked with @p passphrase unless it is empty; created
 * owner-only, never wider first) and @p secretPath + ".pub". Refused: an empty name, a name or
 * role every reader would refuse (control or invisible characters, < >), a file that exists
 * (keys are never overwritten), a link at either path (never followed). On failure no file of
 * this call is left behind.
 */
[[nodiscard]] Result<NewKeyFiles> createKeyFiles(::kernwijzer::v1::Party party, const QString& name,
    const QString& role, const QString& secretPath, const QByteArray& passphrase);

} // namespace kw::exchange

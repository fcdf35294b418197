#pragma once

#include "common/result.h"
#include "common/secret_vault.h"
#include "storage/database.h"

#include <QByteArray>
#include <memory>

namespace kw::exchange {

/** Where a journal's device secret lives. */
enum class SecretPlace {
    None, ///< not made yet: the first export makes it
    Keychain, ///< in the system's key store; the journal holds only the name of its entry
    Journal, ///< in the journal itself: no key store could be reached (the documented fallback)
};

/**
 * The device secret that submission ids are derived from (see submissionIdFor()), kept where
 * someone who copies the journal file alone cannot read it: in the system's key store (@p vault),
 * with only the name of its entry in the journal. When there is no vault, or it cannot be written
 * and read back when the secret is made, the secret is kept in the journal instead, and the
 * journal says so (place()).
 *
 * A secret once kept in the key store is never replaced: when the key store cannot be reached
 * or has lost the entry, secret() is an error, since a new secret would change the teacher's
 * submission ids. A secret kept in the journal (the fallback, or a journal from before the key
 * store was used) is moved to the key store the next time one can be written and read back; the
 * journal's copy is overwritten only after that.
 */
class DeviceSecretStore
{
public:
    /** @p vault may be null: this device has no key store, so the fallback is used. */
    DeviceSecretStore(sql::Database& db, std::shared_ptr<SecretVault> vault);

    /** Where the secret lives, read from the journal alone (the key store is not asked). */
    [[nodiscard]] Result<SecretPlace> place();
    /** The 32-byte secret, made from the system's random source on first use. */
    [[nodiscard]] Result<QByteArray> secret();

private:
    [[nodiscard]] Result<QByteArray> readFromVault(const QString& entry);
    [[nodiscard]] Result<QByteArray> make();
    [[nodiscard]] Result<QByteArray> moveToVault(const QByteArray& secret);
    /** Writes @p secret under a new entry and reads it back; the entry's name, or the error. */
    [[nodiscard]] Result<QString> storeInVault(const QByteArray& secret);
    [[nodiscard]] Status moveInJournal(const QString& entry);

    sql::Database& m_db;
    std::shared_ptr<SecretVault> m_vault;
};

} // namespace kw::exchange

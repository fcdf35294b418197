#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace kw {

/**
 * A place outside the app's own files that keeps small secrets for this user on this device: the
 * system's key store (the Secret Service or KWallet on Linux, the Keychain on macOS and iOS, the
 * Credential Manager on Windows, the Keystore on Android). The core knows only this interface;
 * `platform/` implements it, and the tests use a fake.
 *
 * Each call may wait for the key store (an unlock prompt), but never forever: an implementation
 * that cannot reach its store says so with an error.
 */
class SecretVault
{
public:
    virtual ~SecretVault() = default;

    /** The secret stored under @p name; nothing when the store holds no such entry. */
    [[nodiscard]] virtual Result<std::optional<QByteArray>> read(const QString& name) = 0;
    /** Stores @p secret under @p name, replacing what was there. */
    [[nodiscard]] virtual Status write(const QString& name, const QByteArray& secret) = 0;
    /** Removes the entry @p name; removing an entry that does not exist succeeds. */
    [[nodiscard]] virtual Status remove(const QString& name) = 0;
    /** What this store is, for messages ("the Secret Service, through QtKeychain"). */
    virtual QString describe() const = 0;
};

} // namespace kw

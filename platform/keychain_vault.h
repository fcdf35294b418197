#pragma once

#include "common/secret_vault.h"

#include <chrono>
#include <memory>

namespace kw::platform {

/**
 * The system's key store through QtKeychain: the Secret Service (GNOME Keyring, KeePassXC, …) or
 * KWallet on Linux, the Keychain on macOS, the Credential Manager on Windows. Each call waits for
 * its job in a local event loop (a QCoreApplication must exist), with user input held back, and
 * for at most @p timeout: without a session D-Bus QtKeychain fails at once, but a key store
 * that never answers must not freeze the app.
 */
class KeychainVault final : public SecretVault
{
public:
    explicit KeychainVault(std::chrono::milliseconds timeout = std::chrono::seconds(60));

    Result<std::optional<QByteArray>> read(const QString& name) override;
    Status write(const QString& name, const QByteArray& secret) override;
    Status remove(const QString& name) override;
    QString describe() const override;

private:
    std::chrono::milliseconds m_timeout;
};

/**
 * The key store for the device secret on this platform; null when KERNWIJZER_KEYCHAIN is "off"
 * (the tests, or a machine where the keychain's unlock prompt is unwanted): the secret is then
 * kept in the journal, and the app says so. Android and iOS builds do not exist yet.
 */
std::shared_ptr<SecretVault> createSecretVault();

} // namespace kw::platform

#include "biometric_unlock.h"

#include <QCoreApplication>

namespace kw::platform {

namespace {

// Every build for now: the desktop unlocks with the passphrase, and Android and iOS will get
// their own implementation (BiometricPrompt, LocalAuthentication) when their builds exist. Until
// then the lock screen offers no biometric button instead of one that fails.
class PassphraseOnlyUnlock final : public BiometricUnlock
{
    Q_DECLARE_TR_FUNCTIONS(kw::BiometricUnlock)

public:
    bool available() const override { return false; }
    void request(const QString&, Done done) override
    {
        done(false, tr("This device unlocks Kernwijzer with your PIN or passphrase."));
    }
};

} // namespace

std::unique_ptr<BiometricUnlock> createBiometricUnlock()
{
    return std::make_unique<PassphraseOnlyUnlock>();
}

} // namespace kw::platform

#pragma once

#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace kw::platform {

/**
 * The platform's biometric unlock (fingerprint, face) for the app lock. The lock's PIN or
 * passphrase always works as well; biometrics are only a quicker way to the same unlock.
 */
class BiometricUnlock
{
public:
    /** Whether it opened the lock, and if not a translated line saying why (may be empty when
     * the user cancelled). */
    using Done = std::function<void(bool unlocked, const QString& message)>;

    virtual ~BiometricUnlock() = default;
    /** Whether this device can unlock with biometrics now (hardware present and enrolled). */
    virtual bool available() const = 0;
    /** Asks the platform, showing @p reason; @p done is called once, maybe later. */
    virtual void request(const QString& reason, Done done) = 0;
};

/**
 * The biometric unlock of the platform this binary was built for. Desktops have none in
 * Kernwijzer: the passphrase unlocks. Android (BiometricPrompt) and iOS (LocalAuthentication)
 * are not built yet and use the passphrase too.
 */
std::unique_ptr<BiometricUnlock> createBiometricUnlock();

/** A test double: available when told, and answering every request with @p answer. */
class FakeBiometricUnlock final : public BiometricUnlock
{
public:
    bool available() const override { return isAvailable; }
    void request(const QString& reason, Done done) override
    {
        reasons.push_back(reason);
        done(answer, answer ? QString() : QStringLiteral("not recognised"));
    }
    bool isAvailable = true;
    bool answer = true;
    std::vector<QString> reasons;
};

} // namespace kw::platform

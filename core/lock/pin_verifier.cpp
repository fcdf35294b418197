#include "lock/pin_verifier.h"

#include <sodium.h>

namespace kw::lock {

namespace {

// libsodium's INTERACTIVE cost (64 MiB, two passes): its advice for unlocking an app; a PIN is
// typed often, and the wait after wrong tries does the rest of the slowing down.
constexpr unsigned long long kOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemory = crypto_pwhash_MEMLIMIT_INTERACTIVE;

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace

QString makeVerifier(const QString& pin)
{
    if (!ready())
        return {};
    QByteArray secret = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int made = crypto_pwhash_str(
        out, secret.constData(), static_cast<unsigned long long>(secret.size()), kOps, kMemory);
    sodium_memzero(secret.data(), size_t(secret.size()));
    return made == 0 ? QString::fromLatin1(out) : QString();
}

bool matchesVerifier(const QString& verifier, const QString& pin)
{
    // Only what makeVerifier() writes: a changed journal cannot pick another algorithm.
    if (!ready() || !verifier.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray stored = verifier.toLatin1();
    QByteArray secret = pin.toUtf8();
    const bool matches = crypto_pwhash_str_verify(stored.constData(), secret.constData(),
                             static_cast<unsigned long long>(secret.size()))
        == 0;
    sodium_memzero(secret.data(), size_t(secret.size()));
    return matches;
}

} // namespace kw::lock

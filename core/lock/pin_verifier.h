#pragma once

#include <QString>

/**
 * The lock's verifier: libsodium's crypto_pwhash_str (Argon2id with a random salt, its cost
 * written into the string), so the journal holds neither the PIN nor a fast hash of it.
 */
namespace kw::lock {

/** "$argon2id$v=19$m=…": the verifier of @p pin; empty when memory ran out. */
QString makeVerifier(const QString& pin);
/** Whether @p pin is the one @p verifier was made from (constant-time in libsodium). */
bool matchesVerifier(const QString& verifier, const QString& pin);

} // namespace kw::lock

#include "conversation/teacher_conversation_key.h"

#include "exchange/crypto.h"
#include "teacher/exchange_store.h"

namespace kw::conversation {

namespace {

/** A 32-byte seed for one of the two keys, keyed with the device secret. */
QByteArray seedFor(QByteArrayView deviceSecret, const char* purpose)
{
    return crypto::hash(
        QByteArray("kernwijzer/conversation-key/v1\n") + purpose, deviceSecret, crypto::kSeedBytes);
}

} // namespace

OwnKeys teacherConversationKeys(QByteArrayView deviceSecret)
{
    if (deviceSecret.size() != 32)
        return {}; // never an unkeyed (computable) key: writers refuse empty keys
    QByteArray signSeed = seedFor(deviceSecret, "sign");
    QByteArray boxSeed = seedFor(deviceSecret, "box");
    const crypto::KeyPair sign = crypto::signKeyPair(signSeed);
    const crypto::KeyPair box = crypto::boxKeyPair(boxSeed);
    crypto::wipe(signSeed);
    crypto::wipe(boxSeed);
    return OwnKeys { sign.publicKey, sign.secretKey, box.publicKey, box.secretKey };
}

Result<OwnKeys> teacherConversationKeys(exchange::ExchangeStore& store)
{
    auto secret = store.deviceSecret();
    if (!secret)
        return secret.error();
    OwnKeys keys = teacherConversationKeys(*secret);
    crypto::wipe(*secret);
    return keys;
}

} // namespace kw::conversation

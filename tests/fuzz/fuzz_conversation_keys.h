#pragma once

#include "conversation/conversation_file.h"
#include "exchange/crypto.h"

namespace kw::fuzz {

/**
 * The fixed keys of the conversation seeds: make_corpus seals its files to them, and
 * fuzz_conversation opens with them, so a mutated seed reaches the parser behind the seal.
 */
inline conversation::OwnKeys conversationKeys(const char* label)
{
    const QByteArray seed = crypto::hash(QByteArray(label));
    const crypto::KeyPair sign = crypto::signKeyPair(seed);
    const crypto::KeyPair box = crypto::boxKeyPair(crypto::hash(seed));
    return { sign.publicKey, sign.secretKey, box.publicKey, box.secretKey };
}

inline const conversation::OwnKeys& corpusTeacher()
{
    static const conversation::OwnKeys keys = conversationKeys("corpus conversation teacher");
    return keys;
}

inline const conversation::OwnKeys& corpusLeader()
{
    static const conversation::OwnKeys keys = conversationKeys("corpus conversation leader");
    return keys;
}

} // namespace kw::fuzz

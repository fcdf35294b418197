#pragma once

#include "common/result.h"
#include "conversation/conversation_file.h"

#include <QByteArrayView>

namespace kw::exchange {
class ExchangeStore;
}

namespace kw::conversation {

/**
 * The teacher's conversation key: an Ed25519 pair that signs their preparations and responses
 * and an X25519 pair that opens the leader's verslagen, both derived from the device secret
 * (core/teacher/device_secret.h) with a BLAKE2b hash of their own domain. No new secret is
 * stored, and a device secret restored from a backup gives the same key again; another secret
 * gives another, unrelated key. Empty keys when @p deviceSecret is not 32 bytes.
 */
OwnKeys teacherConversationKeys(QByteArrayView deviceSecret);

/** The same from the journal's device secret (made on first use, like the first export). */
[[nodiscard]] Result<OwnKeys> teacherConversationKeys(exchange::ExchangeStore& store);

} // namespace kw::conversation

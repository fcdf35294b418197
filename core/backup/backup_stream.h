#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

class QIODevice;

// The encrypted part of a backup: crypto_secretstream_xchacha20poly1305 over fixed-size
// plaintext chunks. Every chunk but the last holds exactly chunkBytes and is tagged MESSAGE; the
// last holds 0..chunkBytes and is tagged FINAL. On disk each chunk is its ciphertext alone
// (plaintext + kChunkOverhead bytes): the fixed size is the framing. Usable with any key, so
// tests and the fuzzer need no Argon2.

namespace kw::backup {

inline constexpr int kStreamHeaderBytes = 24; ///< crypto_secretstream_..._HEADERBYTES
inline constexpr int kChunkOverhead = 17; ///< crypto_secretstream_..._ABYTES
inline constexpr int kStreamKeyBytes = 32;
inline constexpr int kPlainHashBytes = 32; ///< BLAKE2b of the plaintext, to compare read-backs

/** Why reading the stream stopped; Ok when it ended with FINAL and nothing after it. */
enum class StreamFault {
    Ok,
    FirstChunk, ///< the first chunk does not open: a wrong key, or damage there
    Damaged, ///< a later chunk does not open, has the wrong tag, or a short chunk before the end
    Incomplete, ///< the file ends before a FINAL chunk
    Extended, ///< bytes after the FINAL chunk
    Io, ///< reading or writing failed
};

/** The writing side: a fresh stream header from a key, then chunks in order. */
class StreamSealer
{
public:
    /** A new stream under @p key (32 bytes); header() is what the reader needs. */
    explicit StreamSealer(QByteArrayView key);
    ~StreamSealer();
    StreamSealer(const StreamSealer&) = delete;
    StreamSealer& operator=(const StreamSealer&) = delete;

    QByteArray header() const { return m_header; }
    /** @p plain sealed with @p additional as its additional data, tagged FINAL when @p last. */
    QByteArray seal(QByteArrayView plain, QByteArrayView additional, bool last);

private:
    struct State;
    std::unique_ptr<State> m_state;
    QByteArray m_header;
};

/** Plaintext from @p in (all of it, until its end) sealed into @p out in chunks of
 * @p chunkBytes; @p plainHash gets the BLAKE2b of the plaintext. Fails on a read or write error. */
[[nodiscard]] Status sealStream(QIODevice& in, StreamSealer& sealer, QByteArrayView additional,
    qsizetype chunkBytes, QIODevice& out, QByteArray* plainHash);

/** What reading a stream gave. */
struct StreamRead
{
    StreamFault fault = StreamFault::Ok;
    quint64 plainBytes = 0; ///< plaintext bytes written to the output (all of it when Ok)
    QByteArray plainHash; ///< BLAKE2b of the plaintext (when Ok)
};

/**
 * Reads the chunks from @p in (from its position to its end) with @p key and @p streamHeader,
 * writing the plaintext to @p out when given (only chunks that opened). Refuses a stream whose
 * chunks fail to open, come in another order, lack FINAL or go on after it.
 */
StreamRead openStream(QIODevice& in, QByteArrayView key, QByteArrayView streamHeader,
    QByteArrayView additional, qsizetype chunkBytes, QIODevice* out);

} // namespace kw::backup

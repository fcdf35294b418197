#include "backup/backup_stream.h"

#include "exchange/crypto.h"

#include <QFileDevice>
#include <QIODevice>
#include <sodium.h>

namespace kw::backup {

static_assert(kStreamHeaderBytes == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(kChunkOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);
static_assert(kStreamKeyBytes == crypto_secretstream_xchacha20poly1305_KEYBYTES);

namespace {

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

unsigned char* bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

/** Up to @p count bytes: fewer only at the device's end (or on an error, see @p failed). */
QByteArray readUpTo(QIODevice& in, qsizetype count, bool& failed)
{
    QByteArray buffer(count, Qt::Uninitialized);
    qsizetype got = 0;
    while (got < count) {
        const qint64 n = in.read(buffer.data() + got, count - got);
        if (n < 0) {
            failed = true;
            break;
        }
        if (n == 0)
            break;
        got += qsizetype(n);
    }
    buffer.truncate(got);
    return buffer;
}

/** BLAKE2b over the plaintext as it passes. */
class PlainHash
{
public:
    PlainHash() { crypto_generichash_init(&m_state, nullptr, 0, kPlainHashBytes); }
    ~PlainHash() { sodium_memzero(&m_state, sizeof m_state); }
    void add(QByteArrayView part)
    {
        crypto_generichash_update(&m_state, bytes(part), quint64(part.size()));
    }
    QByteArray result()
    {
        QByteArray out(kPlainHashBytes, '\0');
        crypto_generichash_final(&m_state, bytes(out), size_t(out.size()));
        return out;
    }

private:
    crypto_generichash_state m_state;
};

} // namespace

struct StreamSealer::State
{
    crypto_secretstream_xchacha20poly1305_state state;
};

StreamSealer::StreamSealer(QByteArrayView key)
    : m_state(std::make_unique<State>())
    , m_header(kStreamHeaderBytes, '\0')
{
    (void)crypto::randomBytes(0); // initialises libsodium
    Q_ASSERT(key.size() == kStreamKeyBytes);
    crypto_secretstream_xchacha20poly1305_init_push(&m_state->state, bytes(m_header), bytes(key));
}

StreamSealer::~StreamSealer()
{
    sodium_memzero(&m_state->state, sizeof m_state->state);
}

QByteArray StreamSealer::seal(QByteArrayView plain, QByteArrayView additional, bool last)
{
    QByteArray cipher(plain.size() + kChunkOverhead, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_push(&m_state->state, bytes(cipher), nullptr,
        bytes(plain), quint64(plain.size()), bytes(additional), quint64(additional.size()),
        last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
             : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    return cipher;
}

Status sealStream(QIODevice& in, StreamSealer& sealer, QByteArrayView additional,
    qsizetype chunkBytes, QIODevice& out, QByteArray* plainHash)
{
    PlainHash hash;
    bool readFailed = false;
    // One chunk is read ahead, so the last one (possibly empty) is known to be the last.
    QByteArray chunk = readUpTo(in, chunkBytes, readFailed);
    for (;;) {
        if (readFailed)
            return Error { Error::Code::Io, in.errorString() };
        QByteArray next;
        if (chunk.size() == chunkBytes)
            next = readUpTo(in, chunkBytes, readFailed);
        if (readFailed)
            return Error { Error::Code::Io, in.errorString() };
        const bool last = chunk.size() < chunkBytes || next.isEmpty();
        hash.add(chunk);
        const QByteArray cipher = sealer.seal(chunk, additional, last);
        if (out.write(cipher) != cipher.size())
            return Error { Error::Code::Io, out.errorString() };
        if (last)
            break;
        chunk = std::move(next);
    }
    if (plainHash)
        *plainHash = hash.result();
    return {};
}

StreamRead openStream(QIODevice& in, QByteArrayView key, QByteArrayView streamHeader,
    QByteArrayView additional, qsizetype chunkBytes, QIODevice* out)
{
    (void)crypto::randomBytes(0); // initialises libsodium
    StreamRead read;
    crypto_secretstream_xchacha20poly1305_state state;
    if (key.size() != kStreamKeyBytes || streamHeader.size() != kStreamHeaderBytes
        || crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes(streamHeader), bytes(key))
            != 0) {
        read.fault = StreamFault::FirstChunk;
        return read;
    }
    PlainHash hash;
    const qsizetype cipherBytes = chunkBytes + kChunkOverhead;
    QByteArray plain(chunkBytes, Qt::Uninitialized);
    bool readFailed = false;
    for (quint64 index = 0;; ++index) {
        const QByteArray cipher = readUpTo(in, cipherBytes, readFailed);
        if (readFailed) {
            read.fault = StreamFault::Io;
            break;
        }
        if (cipher.isEmpty()) {
            read.fault = StreamFault::Incomplete; // ended before FINAL
            break;
        }
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        const bool opened = cipher.size() >= kChunkOverhead
            && crypto_secretstream_xchacha20poly1305_pull(&state, bytes(plain), &plainLength, &tag,
                   bytes(cipher), quint64(cipher.size()), bytes(additional),
                   quint64(additional.size()))
                == 0;
        if (!opened) {
            read.fault = index == 0 ? StreamFault::FirstChunk : StreamFault::Damaged;
            break;
        }
        const bool final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        // Only MESSAGE and FINAL are written; a short chunk can only be the last.
        if ((!final && tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
            || (!final && cipher.size() < cipherBytes)) {
            read.fault = StreamFault::Damaged;
            break;
        }
        const QByteArrayView chunk(plain.constData(), qsizetype(plainLength));
        hash.add(chunk);
        if (out && out->write(chunk.data(), chunk.size()) != chunk.size()) {
            read.fault = StreamFault::Io;
            break;
        }
        read.plainBytes += plainLength;
        if (final) {
            char extra = 0;
            const qint64 more = in.read(&extra, 1);
            read.fault
                = more < 0 ? StreamFault::Io : (more > 0 ? StreamFault::Extended : StreamFault::Ok);
            break;
        }
    }
    sodium_memzero(&state, sizeof state);
    sodium_memzero(plain.data(), size_t(plain.size()));
    if (read.fault == StreamFault::Ok)
        read.plainHash = hash.result();
    return read;
}

} // namespace kw::backup

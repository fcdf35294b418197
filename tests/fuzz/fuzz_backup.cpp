// libFuzzer target: any bytes as a backup file: the plain header, then the encrypted chunks
// opened with the corpus key (fuzz_backup_key.h; no Argon2 in the loop).
#include "backup/backup_file.h"
#include "fuzz_backup_key.h"

#include <QBuffer>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    auto prefix = kw::backup::readPrefix(in, bytes.size());
    if (!prefix) {
        if (prefix.error().message.isEmpty())
            std::abort();
        return 0;
    }
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto hash = kw::backup::readChunks(in, *prefix, kw::fuzz::backupKey(), &out);
    if (!hash && hash.error().message.isEmpty())
        std::abort();
    // Whatever opened is exactly what the header promised, never more than the file held.
    if (hash
        && (quint64(out.data().size()) != prefix->header.plainBytes
            || out.data().size() > bytes.size()))
        std::abort();
    return 0;
}

#include "exchange/envelope.h"

#include "exchange/exchange_text.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <cerrno>
#include <cstring>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#include <google/protobuf/stubs/logging.h>

namespace kw::exchange {

namespace {

// The bytes every exchange file starts with: field 1 (tag 0x0A), length 4, "KWZR".
constexpr char kPrefix[] = "\x0A\x04KWZR";
constexpr qsizetype kPrefixBytes = 6;

} // namespace

qsizetype maxFileBytes(v1::FileKind kind)
{
    switch (kind) {
    case v1::FILE_KIND_PROFILE:
        return 256 * 1024;
    case v1::FILE_KIND_CONTRIBUTION:
        return 16 * 1024;
    case v1::FILE_KIND_RELEASE: // 10 000 teachers' parts for HR fit
    case v1::FILE_KIND_CHECK_REQUEST: // the same parts, before the release
        return 64 * 1024 * 1024;
    case v1::FILE_KIND_CHECK_ANSWER: // a verdict takes about 110 bytes: the largest request's fit
        return 16 * 1024 * 1024;
    case v1::FILE_KIND_AGGREGATE:
        return 16 * 1024 * 1024;
    case v1::FILE_KIND_PUBLIC_KEYS:
    case v1::FILE_KIND_SECRET_KEYS:
    case v1::FILE_KIND_LOCKED_SECRET_KEYS:
    case v1::FILE_KIND_HANDOVER:
        return 4 * 1024;
    case v1::FILE_KIND_PREPARATION: // a year of reflections, each up to 4 000 characters, fits
    case v1::FILE_KIND_VERSLAG:
    case v1::FILE_KIND_RESPONSE:
        return 4 * 1024 * 1024;
    default:
        return 16 * 1024 * 1024; // the largest of any kind: the kind is not known yet
    }
}

QString kindName(v1::FileKind kind)
{
    switch (kind) {
    case v1::FILE_KIND_PROFILE:
        return Text::tr("school profile");
    case v1::FILE_KIND_CONTRIBUTION:
        return Text::tr("contribution");
    case v1::FILE_KIND_RELEASE:
        return Text::tr("release");
    case v1::FILE_KIND_AGGREGATE:
        return Text::tr("aggregate");
    case v1::FILE_KIND_PUBLIC_KEYS:
        return Text::tr("public key file");
    case v1::FILE_KIND_SECRET_KEYS:
    case v1::FILE_KIND_LOCKED_SECRET_KEYS:
        return Text::tr("secret key file");
    case v1::FILE_KIND_HANDOVER:
        return Text::tr("custodian handover");
    case v1::FILE_KIND_CHECK_REQUEST:
        return Text::tr("check request");
    case v1::FILE_KIND_CHECK_ANSWER:
        return Text::tr("check answer");
    case v1::FILE_KIND_PREPARATION:
        return Text::tr("conversation preparation");
    case v1::FILE_KIND_VERSLAG:
        return Text::tr("conversation report");
    case v1::FILE_KIND_RESPONSE:
        return Text::tr("conversation response");
    default:
        return Text::tr("unknown file");
    }
}

quint32 formatVersionOf(v1::FileKind kind)
{
    switch (kind) {
    case v1::FILE_KIND_CONTRIBUTION:
    case v1::FILE_KIND_RELEASE:
    case v1::FILE_KIND_AGGREGATE:
        return 2;
    default:
        return 1;
    }
}

QByteArray writeEnvelope(v1::Envelope envelope)
{
    envelope.set_magic(kMagic);
    envelope.set_format_version(formatVersionOf(envelope.kind()));
    std::string bytes;
    envelope.SerializeToString(&bytes); // fields in number order: the magic comes first
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

Error damaged()
{
    return Error { Error::Code::Corrupt,
        Text::tr("The file is damaged or incomplete: it cannot be read.") };
}

Result<v1::Envelope> readEnvelope(QByteArrayView bytes, std::optional<v1::FileKind> expected)
{
    // A hostile file makes protobuf log to stderr (invalid UTF-8, …); the reader already gets a
    // clear error, so the log would only be noise in the CLI and the app's output.
    static const bool quiet = [] {
        google::protobuf::SetLogHandler(nullptr);
        return true;
    }();
    Q_UNUSED(quiet);
    const qsizetype limit = maxFileBytes(expected.value_or(v1::FILE_KIND_UNSPECIFIED));
    if (bytes.size() > limit)
        return Error { Error::Code::InvalidInput,
            Text::tr("The file is too large for a Kernwijzer %1 (%2 KB, at most %3 KB).")
                .arg(kindName(expected.value_or(v1::FILE_KIND_UNSPECIFIED)))
                .arg((bytes.size() + 1023) / 1024)
                .arg(limit / 1024) };
    if (bytes.size() < kPrefixBytes
        || QByteArrayView(kPrefix, kPrefixBytes) != bytes.first(kPrefixBytes))
        return Error { Error::Code::InvalidInput, Text::tr("This is not a Kernwijzer file.") };

    v1::Envelope envelope;
    if (!envelope.ParseFromArray(bytes.data(), int(bytes.size())) || envelope.magic() != kMagic)
        return damaged();
    const quint32 current = formatVersionOf(envelope.kind());
    if (envelope.format_version() > current)
        return Error { Error::Code::NewerSchema,
            Text::tr("This file was made by a newer version of Kernwijzer (format %1). Update "
                     "the app to read it.")
                .arg(envelope.format_version()) };
    if (envelope.format_version() == 0)
        return damaged();
    if (envelope.format_version() < current)
        return Error { Error::Code::InvalidInput,
            Text::tr("This %1 was made by an older version of Kernwijzer (format %2), which is "
                     "no longer read. Ask whoever made it to update the app and make it again.")
                .arg(kindName(envelope.kind()))
                .arg(envelope.format_version()) };
    if (expected && envelope.kind() != *expected)
        return Error {
            Error::Code::InvalidInput,
            Text::tr("This is a %1, not a %2.").arg(kindName(envelope.kind()), kindName(*expected))
        };
    // A conversation file has nothing outside its one seal; every other kind has a payload.
    const bool sealOnly = envelope.kind() == v1::FILE_KIND_PREPARATION
        || envelope.kind() == v1::FILE_KIND_VERSLAG || envelope.kind() == v1::FILE_KIND_RESPONSE;
    if (envelope.payload().empty() != sealOnly)
        return damaged();
    return envelope;
}

Result<QByteArray> readFileLimited(const QString& path, qsizetype maxBytes)
{
    // A pipe, socket or device would be read until it ends, which may be never.
    if (const QFileInfo info(path); info.exists() && !info.isFile())
        return Error { Error::Code::InvalidInput,
            Text::tr("%1 is not a regular file; nothing was read.").arg(path) };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { file.exists() ? Error::Code::Io : Error::Code::NotFound,
            Text::tr("Cannot open %1: %2").arg(path, file.errorString()) };
    if (file.size() > maxBytes) {
        // Most often another kind of Kernwijzer file (a release in the custodian's inbox): say so.
        const QByteArray head = file.read(kPrefixBytes + 2);
        const bool known = head.size() == kPrefixBytes + 2
            && head.startsWith(QByteArrayView(kPrefix, kPrefixBytes))
            && head[kPrefixBytes] == '\x10' && v1::FileKind_IsValid(head[kPrefixBytes + 1])
            && head[kPrefixBytes + 1] != v1::FILE_KIND_UNSPECIFIED;
        if (known)
            return Error { Error::Code::InvalidInput,
                Text::tr("%1 is a %2 (%3 KB), not the kind of file expected here.")
                    .arg(path, kindName(v1::FileKind(head[kPrefixBytes + 1])))
                    .arg((file.size() + 1023) / 1024) };
        return Error { Error::Code::InvalidInput,
            Text::tr("%1 is too large for a Kernwijzer file (%2 KB, at most %3 KB).")
                .arg(path)
                .arg((file.size() + 1023) / 1024)
                .arg(maxBytes / 1024) };
    }
    QByteArray bytes = file.read(maxBytes + 1); // a file that grew meanwhile is still capped
    if (bytes.size() > maxBytes)
        return Error { Error::Code::InvalidInput,
            Text::tr("%1 is too large for a Kernwijzer file.").arg(path) };
    return bytes;
}

namespace {

Error existsAlready(const QString& path)
{
    return Error { Error::Code::InvalidInput,
        Text::tr("%1 exists already (as a file, a folder or a link): it is not overwritten. "
                 "Choose a new file name.")
            .arg(path) };
}

} // namespace

Status placeNewFile(const QString& finishedPath, const QString& path)
{
#ifdef Q_OS_UNIX
    // link() never follows or replaces what is at the new name: it fails with EEXIST instead,
    // also for a link or file that appeared after the caller looked.
    const QByteArray from = QFile::encodeName(finishedPath);
    const QByteArray to = QFile::encodeName(path);
    if (::link(from.constData(), to.constData()) != 0)
        return errno == EEXIST
            ? existsAlready(path)
            : Error {
                  Error::Code::Io,
                  Text::tr("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)))
              };
    return {};
#else
    // QFile::rename never replaces an existing file; the finished name is gone afterwards.
    if (QFileInfo(path).isSymLink() || !QFile::rename(finishedPath, path))
        return existsAlready(path);
    return {};
#endif
}

namespace {

/** A new file at @p path, never over anything: written beside it, then linked in. */
Status writeNewFile(const QString& path, const QByteArray& bytes)
{
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink())
        return existsAlready(path);
    QTemporaryFile temp(target.absolutePath() + QStringLiteral("/.kw-new-XXXXXX"));
    if (!temp.open())
        return Error { Error::Code::ReadOnly,
            Text::tr("Cannot write %1: %2").arg(path, temp.errorString()) };
    const bool written = temp.write(bytes) == bytes.size() && temp.flush();
#ifdef Q_OS_UNIX
    const bool synced = written && ::fsync(temp.handle()) == 0;
#else
    const bool synced = written;
#endif
    if (!synced) {
        const bool full = temp.error() == QFileDevice::ResourceError || errno == ENOSPC;
        return Error { full ? Error::Code::DiskFull : Error::Code::Io,
            full ? Text::tr("The disk is full: %1 was not written. Nothing was changed.").arg(path)
                 : Text::tr("Cannot write %1: %2").arg(path, temp.errorString()) };
    }
    if (Status placed = placeNewFile(temp.fileName(), target.absoluteFilePath()); !placed)
        return placed.error().code == Error::Code::InvalidInput ? existsAlready(path) : placed;
    return {}; // the temporary name is removed when temp goes (on Unix: the link stays)
}

} // namespace

Status writeFileAtomically(const QString& path, const QByteArray& bytes, ExistingPath existing)
{
    if (existing == ExistingPath::Refuse)
        return writeNewFile(path, bytes);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { Error::Code::ReadOnly,
            Text::tr("Cannot write %1: %2").arg(path, file.errorString()) };
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const bool full = file.error() == QFileDevice::ResourceError;
        return Error { full ? Error::Code::DiskFull : Error::Code::Io,
            full ? Text::tr("The disk is full: %1 was not written. Nothing was changed.").arg(path)
                 : Text::tr("Cannot write %1: %2").arg(path, file.errorString()) };
    }
    return {};
}

} // namespace kw::exchange

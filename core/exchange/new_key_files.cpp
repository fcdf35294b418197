#include "exchange/new_key_files.h"

#include "common/errors.h"
#include "exchange/exchange_text.h"
#include "exchange/plain_text.h"

#include <QFile>
#include <QFileInfo>
#include <memory>

namespace kw::exchange {

namespace {

constexpr int kMaxNameChars = 200; // every reader refuses a key file over 4 KB

/** Creates @p path anew, owner-only, never following a link or replacing a file. */
std::unique_ptr<QFile> createNew(const QString& path, QString& error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::NewOnly | QIODevice::WriteOnly,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        error = QFileInfo(path).isSymLink() || QFileInfo::exists(path)
            ? Text::tr("%1 exists already; keys are never overwritten.").arg(path)
            : Text::tr("Cannot write %1: %2").arg(path, file->errorString());
        return nullptr;
    }
    return file;
}

bool writeAll(QFile& file, const QByteArray& bytes)
{
    return file.write(bytes) == bytes.size() && file.flush();
}

} // namespace

Result<NewKeyFiles> createKeyFiles(::kernwijzer::v1::Party party, const QString& name,
    const QString& role, const QString& secretPath, const QByteArray& passphrase)
{
    if (name.trimmed().isEmpty())
        return invalid(Text::tr("A key needs the holder's name, as teachers will see it."));
    if (hasUnsafeCharacters(name) || hasUnsafeCharacters(role))
        return invalid(
            Text::tr("The name and role may not hold control characters, invisible "
                     "characters or < >: every reader of the key file would refuse it."));
    if (name.size() > kMaxNameChars || role.size() > kMaxNameChars)
        return invalid(
            Text::tr("The name and role have at most %1 characters each.").arg(kMaxNameChars));

    // Both files are made first, exclusively (O_CREAT|O_EXCL: a link planted at either path is
    // never followed), and written through those handles: nothing can slip in between.
    const QString publicPath = secretPath + QStringLiteral(".pub");
    QString error;
    auto secretFile = createNew(secretPath, error);
    if (!secretFile)
        return Error { Error::Code::Io, error };
    auto publicFile = createNew(publicPath, error);
    if (!publicFile) {
        secretFile->remove();
        return Error { Error::Code::Io, error };
    }
    const auto failed = [&](const QString& path, const QString& reason) -> Error {
        secretFile->remove();
        publicFile->remove();
        return Error { Error::Code::Io, Text::tr("Cannot write %1: %2").arg(path, reason) };
    };

    KeySet keys = createKeySet(party, name.trimmed(), role.trimmed());
    QByteArray secret = writeSecretKeyFile(keys, passphrase);
    const bool secretWritten = writeAll(*secretFile, secret);
    crypto::wipe(secret);
    if (!secretWritten)
        return failed(secretPath, secretFile->errorString());
    if (!writeAll(*publicFile, writePublicKeyFile(keys)))
        return failed(publicPath, publicFile->errorString());
    secretFile->close();
    publicFile->close();
    // The public half is for others to read.
    publicFile->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return NewKeyFiles { secretPath, publicPath, std::move(keys) };
}

} // namespace kw::exchange

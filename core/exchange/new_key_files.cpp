#include "exchange/new_key_files.h"

#include "common/errors.h"
#include "exchange/envelope.h"
#include "exchange/exchange_text.h"
#include "exchange/plain_text.h"

#include <QFile>
#include <QFileInfo>

namespace kw::exchange {

Result<NewKeyFiles> createKeyFiles(::kernwijzer::v1::Party party, const QString& name,
    const QString& role, const QString& secretPath, const QByteArray& passphrase)
{
    if (name.trimmed().isEmpty())
        return invalid(Text::tr("A key needs the holder's name, as teachers will see it."));
    if (hasUnsafeCharacters(name) || hasUnsafeCharacters(role))
        return invalid(
            Text::tr("The name and role may not hold control characters, invisible "
                     "characters or < >: every reader of the key file would refuse it."));
    const QString publicPath = secretPath + QStringLiteral(".pub");
    if (QFileInfo::exists(secretPath) || QFileInfo::exists(publicPath))
        return Error { Error::Code::Io, // not the input's fault: a usage message would mislead
            Text::tr("%1 exists already; keys are never overwritten.").arg(secretPath) };

    KeySet keys = createKeySet(party, name.trimmed(), role.trimmed());
    QByteArray secret = writeSecretKeyFile(keys, passphrase);
    QFile file(secretPath);
    // Owner-only from the start: created with mode 0600 (open(2)), never wider first. A file
    // that appeared meanwhile is left alone: only a file this call created is removed.
    if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        crypto::wipe(secret);
        return Error { Error::Code::ReadOnly,
            Text::tr("Cannot write %1: %2").arg(secretPath, file.errorString()) };
    }
    const bool written = file.write(secret) == secret.size() && file.flush();
    crypto::wipe(secret);
    if (!written) {
        const QString reason = file.errorString();
        file.remove();
        return Error { Error::Code::Io, Text::tr("Cannot write %1: %2").arg(secretPath, reason) };
    }
    file.close();
    if (Status s = writeFileAtomically(publicPath, writePublicKeyFile(keys)); !s) {
        QFile::remove(secretPath);
        return s.error();
    }
    return NewKeyFiles { secretPath, publicPath, std::move(keys) };
}

} // namespace kw::exchange

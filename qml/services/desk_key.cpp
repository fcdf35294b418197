#include "services/desk_key.h"

#include "common/secret_vault.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/new_key_files.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace kw {

namespace {

Result<QByteArray> readKeyBytes(const QString& path)
{
    return exchange::readFileLimited(
        path, exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_SECRET_KEYS));
}

} // namespace

DeskKey::DeskKey(::kernwijzer::v1::Party party, QString role, QString fixedPath,
    std::shared_ptr<SecretVault> vault, QObject* parent)
    : QObject(parent)
    , m_party(party)
    , m_role(std::move(role))
    , m_fixed(!fixedPath.isEmpty())
    , m_vault(std::move(vault))
{
    m_path = m_fixed ? fixedPath
                     : QSettings().value(QStringLiteral("keys/%1/path").arg(m_role)).toString();
}

DeskKey::~DeskKey()
{
    if (m_keys) {
        crypto::wipe(m_keys->signSecret);
        crypto::wipe(m_keys->boxSecret);
    }
}

QString DeskKey::fingerprint() const
{
    return m_public.signPublic.isEmpty() ? QString() : crypto::fingerprint(m_public.signPublic);
}

QString DeskKey::sealFingerprint() const
{
    return m_public.boxPublic.isEmpty() ? QString() : crypto::fingerprint(m_public.boxPublic);
}

QString DeskKey::vaultEntry() const
{
    // One entry per key file: a holder who switches files never unlocks the new one with the
    // old passphrase.
    return QStringLiteral("key-passphrase/%1/%2")
        .arg(m_role, QString::fromLatin1(crypto::hash(m_path.toUtf8(), {}, 16).toHex()));
}

QString DeskKey::partyMismatch() const
{
    return m_party == ::kernwijzer::v1::PARTY_SCHOOL
        ? tr("This key belongs to the custodian, not to HR.")
        : tr("This key belongs to HR, not to the custodian.");
}

bool DeskKey::fail(const QString& message)
{
    m_lastError = message;
    emit changed();
    return false;
}

void DeskKey::readPublicPart()
{
    m_public = {};
    if (m_path.isEmpty())
        return;
    auto bytes = readKeyBytes(m_path);
    if (!bytes) {
        m_lastError = bytes.error().message;
        return;
    }
    // A locked file still says whose it is, with the fingerprints.
    auto keys = exchange::readKeyFileHolder(*bytes);
    if (!keys)
        m_lastError = keys.error().message;
    else if (keys->party != m_party) // never show another party's key in this role's place
        m_lastError = partyMismatch();
    else
        m_public = *keys;
}

bool DeskKey::readWith(const QString& path, const QByteArray& passphrase)
{
    auto bytes = readKeyBytes(path);
    if (!bytes)
        return fail(bytes.error().message);
    auto keys = exchange::readKeyFile(*bytes, passphrase);
    if (!keys)
        return fail(keys.error().message);
    if (!keys->hasSecrets())
        return fail(tr("This is a public key file (.pub): open the secret key file beside it."));
    if (keys->party != m_party)
        return fail(partyMismatch());
    m_keys = std::move(*keys);
    m_public = *m_keys;
    m_public.signSecret.clear();
    m_public.boxSecret.clear();
    m_lastError.clear();
    return true;
}

void DeskKey::unlockQuietly()
{
    if (m_keys || m_path.isEmpty())
        return;
    readPublicPart();
    auto bytes = readKeyBytes(m_path);
    if (!bytes) {
        emit changed();
        return;
    }
    if (!exchange::isLockedKeyFile(*bytes)) {
        if (readWith(m_path, {}))
            emit changed();
        return;
    }
    if (!m_vault)
        return;
    auto kept = m_vault->read(vaultEntry());
    if (!kept || !kept->has_value())
        return;
    QByteArray passphrase = **kept;
    m_inKeychain = readWith(m_path, passphrase);
    crypto::wipe(passphrase);
    emit changed();
}

void DeskKey::remember(const QString& passphrase)
{
    if (!m_vault)
        return;
    QByteArray secret = passphrase.toUtf8();
    m_inKeychain = bool(m_vault->write(vaultEntry(), secret));
    crypto::wipe(secret);
    if (!m_inKeychain)
        m_lastError = tr("The passphrase could not be kept in %1; you will be asked again next "
                         "time.")
                          .arg(m_vault->describe());
}

bool DeskKey::unlock(const QString& passphrase, bool remember)
{
    if (m_path.isEmpty())
        return fail(tr("Choose a key file first."));
    QByteArray secret = passphrase.toUtf8();
    const bool ok = readWith(m_path, secret);
    crypto::wipe(secret);
    if (!ok)
        return false;
    if (remember)
        this->remember(passphrase);
    emit changed();
    return true;
}

bool DeskKey::openFile(const QUrl& fileUrl, const QString& passphrase, bool remember)
{
    if (m_fixed)
        return fail(tr("The demo school uses its own keys."));
    const QString path = fileUrl.isLocalFile() ? fileUrl.toLocalFile() : fileUrl.toString();
    QByteArray secret = passphrase.toUtf8();
    const bool ok = readWith(path, secret);
    crypto::wipe(secret);
    if (!ok)
        return false;
    m_path = QFileInfo(path).absoluteFilePath();
    QSettings().setValue(QStringLiteral("keys/%1/path").arg(m_role), m_path);
    m_inKeychain = false;
    if (remember)
        this->remember(passphrase);
    emit changed();
    return true;
}

bool DeskKey::create(const QString& name, const QString& holderRole, const QString& passphrase,
    const QString& repeat, const QUrl& folderUrl, bool remember)
{
    if (m_fixed)
        return fail(tr("The demo school uses its own keys."));
    if (passphrase.size() < exchange::kMinPassphraseChars)
        return fail(
            tr("A passphrase has at least %1 characters.").arg(exchange::kMinPassphraseChars));
    if (passphrase != repeat)
        return fail(tr("The two passphrases differ; nothing was written."));
    const QString folder = folderUrl.isLocalFile() ? folderUrl.toLocalFile() : folderUrl.toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return fail(tr("Choose a folder for the key file."));
    const QString path
        = QDir(folder).absoluteFilePath(QStringLiteral("kernwijzer-%1.kwsleutel").arg(m_role));
    QByteArray secret = passphrase.toUtf8();
    auto made = exchange::createKeyFiles(m_party, name, holderRole, path, secret);
    crypto::wipe(secret);
    if (!made)
        return fail(made.error().message);
    m_keys = std::move(made->keys);
    m_public = *m_keys;
    m_public.signSecret.clear();
    m_public.boxSecret.clear();
    m_path = path;
    QSettings().setValue(QStringLiteral("keys/%1/path").arg(m_role), m_path);
    m_lastError.clear();
    m_inKeychain = false;
    if (remember)
        this->remember(passphrase);
    emit changed();
    return true;
}

void DeskKey::lock()
{
    if (m_vault && m_inKeychain)
        (void)m_vault->remove(vaultEntry());
    m_inKeychain = false;
    if (m_keys) {
        crypto::wipe(m_keys->signSecret);
        crypto::wipe(m_keys->boxSecret);
    }
    m_keys.reset();
    emit changed();
}

} // namespace kw

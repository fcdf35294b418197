#pragma once

#include "common/clock.h"
#include "exchange/key_file.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <memory>
#include <optional>

namespace kw {

class SecretVault;

/**
 * The key of HR or the custodian in this session (Hr.key, Custodian.key): which key file is
 * theirs (remembered per role on this device), and its secret keys once unlocked. The passphrase
 * is asked once per session and held nowhere in plain text; where the desktop has a key store,
 * the holder may keep it there, and the key then unlocks by itself.
 */
class DeskKey : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Hr.key and Custodian.key are made by the app")
    Q_PROPERTY(bool known READ known NOTIFY changed)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY changed)
    Q_PROPERTY(QString path READ path NOTIFY changed)
    Q_PROPERTY(QString holderName READ holderName NOTIFY changed)
    Q_PROPERTY(QString holderRole READ holderRole NOTIFY changed)
    Q_PROPERTY(QString fingerprint READ fingerprint NOTIFY changed)
    Q_PROPERTY(QString sealFingerprint READ sealFingerprint NOTIFY changed)
    Q_PROPERTY(bool keychainAvailable READ keychainAvailable CONSTANT)
    Q_PROPERTY(bool inKeychain READ inKeychain NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)

public:
    /**
     * The key of @p party for the role @p role ("hr", "vertrouwenshouder"). @p fixedPath is a
     * key the app was given (the demo school's); empty: the one the holder chose, remembered in
     * the settings. @p vault may be null (no key store).
     */
    DeskKey(::kernwijzer::v1::Party party, QString role, QString fixedPath,
        std::shared_ptr<SecretVault> vault, QObject* parent = nullptr);
    ~DeskKey() override;

    bool known() const { return !m_path.isEmpty(); }
    bool unlocked() const { return m_keys.has_value(); }
    QString path() const { return m_path; }
    QString holderName() const { return m_public.name; }
    QString holderRole() const { return m_public.role; }
    /** The signing key's fingerprint, five groups of four digits, to read aloud and compare. */
    QString fingerprint() const;
    QString sealFingerprint() const;
    bool keychainAvailable() const { return m_vault != nullptr; }
    bool inKeychain() const { return m_inKeychain; }
    QString lastError() const { return m_lastError; }

    /** The secret keys; null while locked. */
    const exchange::KeySet* keys() const { return m_keys ? &*m_keys : nullptr; }

    /**
     * Reads whose the key file is and unlocks it without asking when it can: an unlocked key
     * file (the demo's), or a passphrase kept in the key store. Called on the role's first use.
     */
    void unlockQuietly();
    /** Unlocks the known key file with @p passphrase; @p remember keeps it in the key store. */
    Q_INVOKABLE bool unlock(const QString& passphrase, bool remember);
    /** Makes @p fileUrl this role's key file and unlocks it (as unlock() does). */
    Q_INVOKABLE bool openFile(const QUrl& fileUrl, const QString& passphrase, bool remember);
    /**
     * New keys for @p name (@p holderRole: "Secretaris MR"), written into @p folderUrl as
     * kernwijzer-<role>.kwsleutel and its .pub, locked with @p passphrase (typed twice: @p repeat)
     * and made this role's key.
     */
    Q_INVOKABLE bool create(const QString& name, const QString& holderRole,
        const QString& passphrase, const QString& repeat, const QUrl& folderUrl, bool remember);
    /** Locks the key for the rest of the session and forgets its passphrase in the key store. */
    Q_INVOKABLE void lock();

signals:
    void changed();

private:
    bool fail(const QString& message);
    QString partyMismatch() const;
    bool readWith(const QString& path, const QByteArray& passphrase);
    void readPublicPart();
    QString vaultEntry() const;
    void remember(const QString& passphrase);

    ::kernwijzer::v1::Party m_party;
    QString m_role;
    bool m_fixed = false;
    QString m_path;
    exchange::KeySet m_public; ///< the public half of the key file, readable while locked
    std::optional<exchange::KeySet> m_keys;
    std::shared_ptr<SecretVault> m_vault;
    bool m_inKeychain = false;
    QString m_lastError;
};

} // namespace kw

#include "teacher/device_secret.h"

#include "exchange/crypto.h"

#include <QCoreApplication>
#include <QUuid>

namespace kw::exchange {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::DeviceSecret)
};

constexpr int kSecretBytes = 32;
const QString kEntryPrefix = QStringLiteral("kernwijzer/device-secret/");

Result<std::optional<QString>> keychainEntry(sql::Database& db)
{
    auto stmt = db.prepare("SELECT entry FROM exchange_secret_keychain WHERE id = 1");
    if (!stmt)
        return stmt.error();
    return stmt->first([](const sql::Statement& row) { return row.columnText(0); });
}

Result<std::optional<QByteArray>> journalSecret(sql::Database& db)
{
    auto stmt = db.prepare("SELECT secret FROM exchange_secret WHERE id = 1");
    if (!stmt)
        return stmt.error();
    return stmt->first([](const sql::Statement& row) { return row.columnBlob(0); });
}

QString unchanged()
{
    return Text::tr("Kernwijzer does not make a new secret, as that would change the ids of the "
                    "contributions you share.");
}

} // namespace

DeviceSecretStore::DeviceSecretStore(sql::Database& db, std::shared_ptr<SecretVault> vault)
    : m_db(db)
    , m_vault(std::move(vault))
{ }

Result<SecretPlace> DeviceSecretStore::place()
{
    auto entry = keychainEntry(m_db);
    if (!entry)
        return entry.error();
    if (entry->has_value())
        return SecretPlace::Keychain;
    auto stored = journalSecret(m_db);
    if (!stored)
        return stored.error();
    return stored->has_value() ? SecretPlace::Journal : SecretPlace::None;
}

Result<QByteArray> DeviceSecretStore::secret()
{
    auto entry = keychainEntry(m_db);
    if (!entry)
        return entry.error();
    if (entry->has_value())
        return readFromVault(**entry);
    auto stored = journalSecret(m_db);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return make();
    return m_vault ? moveToVault(**stored) : **stored;
}

Result<QByteArray> DeviceSecretStore::readFromVault(const QString& entry)
{
    const auto unreachable = [](const QString& reason) {
        return Error { Error::Code::Io,
            Text::tr("Your device secret is kept in your system's keychain, which cannot be "
                     "reached now (%1). Unlock or start the keychain and try again. %2")
                .arg(reason, unchanged()) };
    };
    if (!m_vault)
        return unreachable(Text::tr("this program runs without a keychain"));
    auto read = m_vault->read(entry);
    if (!read)
        return unreachable(QStringLiteral("%1: %2").arg(m_vault->describe(), read.error().message));
    if (!read->has_value())
        return Error { Error::Code::NotFound,
            Text::tr("Your device secret is kept in your system's keychain, but %1 has no entry "
                     "\"%2\" now: the keychain may be locked or another one than before, or this "
                     "journal was copied from another device. %3")
                .arg(m_vault->describe(), entry, unchanged()) };
    if ((*read)->size() != kSecretBytes)
        return Error { Error::Code::Corrupt,
            Text::tr("The device secret in your system's keychain (entry \"%1\") is damaged. %2")
                .arg(entry, unchanged()) };
    return **read;
}

Result<QByteArray> DeviceSecretStore::make()
{
    const QByteArray secret = crypto::randomBytes(kSecretBytes);
    if (m_vault) {
        if (auto entry = storeInVault(secret)) {
            if (Status s = m_db.run(
                    "INSERT INTO exchange_secret_keychain (id, entry) VALUES (1, ?)", { *entry });
                !s) {
                (void)m_vault->remove(*entry); // an entry nothing refers to
                return s.error();
            }
            return secret;
        }
        // No key store could take it: the documented fallback, which place() reports.
    }
    auto insert = m_db.prepare("INSERT INTO exchange_secret (id, secret) VALUES (1, ?)");
    if (!insert)
        return insert.error();
    if (Status s = insert->bindBlob(1, secret).run(); !s)
        return s.error();
    return secret;
}

Result<QByteArray> DeviceSecretStore::moveToVault(const QByteArray& secret)
{
    // Any failure here leaves the secret where it was, in the journal: the next export tries
    // again. Only a copy in the key store that was read back lets the journal's copy go.
    auto entry = storeInVault(secret);
    if (!entry)
        return secret;
    if (Status s = moveInJournal(*entry); !s)
        (void)m_vault->remove(*entry);
    return secret;
}

Result<QString> DeviceSecretStore::storeInVault(const QByteArray& secret)
{
    const QString entry = kEntryPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status s = m_vault->write(entry, secret); !s)
        return s.error();
    auto back = m_vault->read(entry);
    if (back && back->has_value() && **back == secret)
        return entry;
    (void)m_vault->remove(entry);
    return back ? Error { Error::Code::Io, QStringLiteral("the secret did not read back") }
                : back.error();
}

Status DeviceSecretStore::moveInJournal(const QString& entry)
{
    // secure_delete overwrites the deleted row in the file rather than leaving it in a free page;
    // the checkpoint then writes that page back into the journal file and empties the WAL.
    bool wasSecure = false;
    {
        auto previous = m_db.prepare("PRAGMA secure_delete");
        if (!previous)
            return previous.error();
        auto row = previous->step();
        if (!row)
            return row.error();
        wasSecure = *row && previous->columnInt64(0) == 1;
    }
    if (Status s = m_db.exec("PRAGMA secure_delete = ON"); !s)
        return s;
    Status moved = [&]() -> Status {
        sql::Transaction tx(m_db);
        if (!tx.began())
            return tx.status();
        if (Status s = m_db.run("DELETE FROM exchange_secret WHERE id = 1"); !s)
            return s;
        if (Status s
            = m_db.run("INSERT INTO exchange_secret_keychain (id, entry) VALUES (1, ?)", { entry });
            !s)
            return s;
        return tx.commit();
    }();
    if (!wasSecure)
        (void)m_db.exec("PRAGMA secure_delete = OFF");
    if (moved)
        (void)m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); // another reader may delay it
    return moved;
}

} // namespace kw::exchange

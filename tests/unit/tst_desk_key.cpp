// The key of HR or the custodian in the app (qml/services/desk_key.h): made, remembered per role,
// unlocked once per session (or by itself with a passphrase kept in the key store), refused when
// it is the wrong file, and never written anywhere in plain text by the app itself.
#include "exchange/key_file.h"
#include "fake_vault.h"
#include "services/desk_key.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;
using kw::test::FakeVault;

namespace {

const QString passphrase = QStringLiteral("lange wachtzin 42");

std::unique_ptr<DeskKey> hrKey(std::shared_ptr<SecretVault> vault = {})
{
    return std::make_unique<DeskKey>(
        ::kernwijzer::v1::PARTY_SCHOOL, QStringLiteral("hr"), QString(), std::move(vault));
}

QByteArray settingsBytes()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDeskKey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().remove(QStringLiteral("keys")); }

    void aNewKeyIsOwnerOnlyRememberedAndLocksAgainNextSession()
    {
        QTemporaryDir dir;
        auto key = hrKey();
        QVERIFY2(key->create(QStringLiteral("P&O De Linde"), QStringLiteral("HR-adviseur"),
                     passphrase, passphrase, QUrl::fromLocalFile(dir.path()), false),
            qPrintable(key->lastError()));
        QVERIFY(key->unlocked());
        QVERIFY(key->keys() && key->keys()->hasSecrets());
        const QString secret = dir.filePath(QStringLiteral("kernwijzer-hr.kwsleutel"));
        QCOMPARE(key->path(), secret);
        QVERIFY(!(QFile(secret).permissions() & (QFile::ReadGroup | QFile::ReadOther)));
        QVERIFY(QFile::exists(secret + QStringLiteral(".pub")));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}( \\d{4}){4}$"))
                     .match(key->fingerprint())
                     .hasMatch(),
            qPrintable(key->fingerprint()));
        const QString fingerprint = key->fingerprint();

        // The next session knows the file, shows whose it is, and asks for the passphrase.
        auto next = hrKey();
        next->unlockQuietly();
        QVERIFY(next->known());
        QVERIFY(!next->unlocked());
        QCOMPARE(next->holderName(), QStringLiteral("P&O De Linde"));
        QCOMPARE(next->fingerprint(), fingerprint);
        QVERIFY(!next->unlock(QStringLiteral("verkeerde wachtzin"), false));
        QVERIFY(!next->unlocked());
        QVERIFY(!next->lastError().isEmpty());
        QVERIFY(next->unlock(passphrase, false));
        QCOMPARE(next->keys()->signPublic, key->keys()->signPublic);
        QVERIFY(!settingsBytes().contains(passphrase.toUtf8()));
    }

    void aKeptPassphraseUnlocksByItselfUntilLockForgetsIt()
    {
        QTemporaryDir dir;
        auto vault = std::make_shared<FakeVault>();
        auto key = hrKey(vault);
        QVERIFY(key->create(QStringLiteral("P&O"), {}, passphrase, passphrase,
            QUrl::fromLocalFile(dir.path()), true));
        QCOMPARE(vault->entries.size(), 1);
        QVERIFY(key->inKeychain());
        QVERIFY(!settingsBytes().contains(passphrase.toUtf8()));

        auto next = hrKey(vault);
        next->unlockQuietly();
        QVERIFY(next->unlocked());
        next->lock();
        QVERIFY(!next->unlocked());
        QVERIFY(vault->entries.isEmpty());

        auto after = hrKey(vault);
        after->unlockQuietly();
        QVERIFY(!after->unlocked());
    }

    void theWrongFileIsRefused()
    {
        QTemporaryDir dir;
        auto key = hrKey();
        QVERIFY(!key->create(QStringLiteral("P&O"), {}, QStringLiteral("kort"),
            QStringLiteral("kort"), QUrl::fromLocalFile(dir.path()), false));
        QVERIFY(!key->create(QStringLiteral("P&O"), {}, passphrase, passphrase + QLatin1Char('!'),
            QUrl::fromLocalFile(dir.path()), false));
        QVERIFY(QDir(dir.path()).isEmpty());
        QVERIFY(key->create(QStringLiteral("P&O"), {}, passphrase, passphrase,
            QUrl::fromLocalFile(dir.path()), false));
        const QByteArray before = [&] {
            QFile f(key->path());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        // A second key in the same folder would overwrite the first: never.
        QVERIFY(!key->create(QStringLiteral("Iemand anders"), {}, passphrase, passphrase,
            QUrl::fromLocalFile(dir.path()), false));
        QFile kept(key->path());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), before);

        // The public half is not a key to work with.
        auto other = hrKey();
        QVERIFY(!other->openFile(
            QUrl::fromLocalFile(key->path() + QStringLiteral(".pub")), QString(), false));
        QVERIFY(!other->unlocked());

        // Nor is the custodian's key HR's.
        QTemporaryDir custodianDir;
        DeskKey custodian(
            ::kernwijzer::v1::PARTY_CUSTODIAN, QStringLiteral("vertrouwenshouder"), QString(), {});
        QVERIFY(custodian.create(QStringLiteral("Carla"), QStringLiteral("Secretaris MR"),
            passphrase, passphrase, QUrl::fromLocalFile(custodianDir.path()), false));
        QVERIFY(!other->openFile(QUrl::fromLocalFile(custodian.path()), passphrase, false));
        QVERIFY(other->lastError().contains(QStringLiteral("custodian")));
        QVERIFY(!other->unlocked());
    }
};

QTEST_GUILESS_MAIN(TestDeskKey)
#include "tst_desk_key.moc"

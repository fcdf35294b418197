// Qt Quick Test runner for the pages. Before any QML loads, the setup creates the services the app
// creates in main() and registers them as the QML singletons Journal, Profile, Language,
// Reminders (with a notifier that records instead of showing), Exchange, Roles (the teacher's,
// whatever an earlier test chose), and the desks of HR and the custodian on a simulated school
// (demo_school.h), made the first time a test uses a desk; schoolFixtures says where its files
// are. The leader's desk (Leader) runs on an empty leider.sqlite with the test leader's unlocked
// key; leaderFixtures (leader_fixtures.h) holds the files the leader's tests import. Lock is the
// teacher's app lock over the same journal, off until a test turns it on.

#include "app_journal.h"
#include "biometric_unlock.h"
#include "demo/demo_bestuur.h"
#include "demo/demo_school.h"
#include "exchange/custodian_handover.h"
#include "exchange/profile_file.h"
#include "exchange/verification_code.h"
#include "exchange_fixtures.h"
#include "gesprek_fixtures.h"
#include "leader_fixtures.h"
#include "notifier.h"
#include "services/singletons.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(KernwijzerPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        kw::test::useTestEnvironment();
        // Offscreen, no GPU. Under xvfb-run (KW_SCREENSHOT_DIR) the default renderer draws
        // Material's elevation, which the software one drops.
        if (qEnvironmentVariable("QT_QPA_PLATFORM") == QStringLiteral("offscreen"))
            QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_journal = std::make_unique<kw::test::AppJournal>();
        m_profile = std::make_unique<kw::ProfileService>(m_journal->service());
        m_language = std::make_unique<kw::LanguageService>(QStringLiteral("en"));
        m_reminders = std::make_unique<kw::ReminderService>(m_journal->service(), m_notifier);
        m_exchange = std::make_unique<kw::ExchangeService>(m_journal->service(), *m_profile);
        QObject::connect(m_language.get(), &kw::LanguageService::changed, &m_journal->service(),
            &kw::JournalService::notifyChanged); // as main() does: texts from C++ follow
        m_roles = std::make_unique<kw::RoleService>(QStringLiteral("leraar"));
        const QString school = m_files.filePath(QStringLiteral("school"));
        const auto prepare = [this, school]() -> kw::Status {
            auto made = kw::demo::ensureDemoSchool(school, m_journal->clock());
            if (!made)
                return made.error();
            auto bestuur = kw::demo::ensureDemoBestuur(*made, m_journal->clock());
            return bestuur ? kw::Status() : kw::Status(bestuur.error());
        };
        const auto paths = kw::demo::demoSchoolPaths(school);
        m_hr = std::make_unique<kw::HrDesk>(paths.hrDatabase,
            new kw::DeskKey(::kernwijzer::v1::PARTY_SCHOOL, QStringLiteral("hr"), paths.hrKey, {}),
            m_journal->clock(), prepare);
        m_custodian = std::make_unique<kw::CustodianDesk>(paths.custodianDatabase,
            new kw::DeskKey(::kernwijzer::v1::PARTY_CUSTODIAN, QStringLiteral("vertrouwenshouder"),
                paths.custodianKey, {}),
            m_journal->clock(), prepare);
        m_hr->setDemoProfile(QUrl::fromLocalFile(paths.profile));
        m_custodian->setDemoProfile(QUrl::fromLocalFile(paths.profile));
        m_leader
            = std::make_unique<kw::LeaderDesk>(m_files.filePath(QStringLiteral("leider.sqlite")),
                new kw::DeskKey(::kernwijzer::v1::PARTY_LEADER, QStringLiteral("leidinggevende"),
                    LeaderFixtures::writeKeyFile(m_files.path()), {}),
                m_journal->clock(), kw::SchoolDesk::Prepare());
        kw::Services::current()
            = { &m_journal->service(), m_profile.get(), m_language.get(), m_reminders.get(),
                  m_exchange.get(), m_roles.get(), m_hr.get(), m_custodian.get(), m_leader.get() };
        // The teacher's app lock, off until a test turns it on; no biometrics, no cover.
        m_biometrics.isAvailable = false;
        m_lock = std::make_unique<kw::LockService>(
            m_journal->service(), m_biometrics, kw::LockService::Cover::Never);
        kw::Services::current().lock = m_lock.get();
    }

    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // Profile files for tst_exchange: made here with libsodium, since QML cannot sign. A
        // context property is fine in a test runner; the app itself registers none.
        engine->rootContext()->setContextProperty(
            QStringLiteral("exchangeFixtures"), writeExchangeFixtures());
        const auto school = kw::demo::demoSchoolPaths(m_files.filePath(QStringLiteral("school")));
        QDir().mkpath(m_files.filePath(QStringLiteral("scratch"))); // for files a test writes
        // Bad files for the custodian's inbox: one that is no contribution, one that is empty.
        const QString bad = m_files.filePath(QStringLiteral("bad-inbox"));
        QDir().mkpath(bad);
        writeFile(bad + QStringLiteral("/corrupt.kwbijdrage"), QByteArray(400, '\x5a'));
        writeFile(bad + QStringLiteral("/leeg.kwbijdrage"), {});
        engine->rootContext()->setContextProperty(QStringLiteral("schoolFixtures"),
            QVariantMap { { QStringLiteral("folder"), school.folder },
                { QStringLiteral("inbox"), school.inbox },
                { QStringLiteral("releases"), school.releases },
                { QStringLiteral("profile"), school.profile },
                { QStringLiteral("hrKey"), school.hrKey },
                { QStringLiteral("custodianKey"), school.custodianKey },
                { QStringLiteral("badInbox"), bad },
                { QStringLiteral("scratch"), m_files.filePath(QStringLiteral("scratch")) } });
        m_leaderFixtures = std::make_unique<LeaderFixtures>(m_files.path());
        engine->rootContext()->setContextProperty(
            QStringLiteral("leaderFixtures"), m_leaderFixtures.get());
        // The leader of tst_gesprek_teacher: the profile listing them, and their verslag.
        engine->rootContext()->setContextProperty(
            QStringLiteral("gesprekFixtures"), new kw::test::GesprekFixtures(engine));
        m_language->attach(engine);
    }

private:
    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
    }

    QVariantMap writeExchangeFixtures()
    {
        using namespace kw;
        const auto school = test::schoolKeys();
        const auto custodian = test::custodianKeys();
        auto newCustodian = test::custodianKeys("new custodian");
        newCustodian.name = QStringLiteral("Victor Vertrouwenspersoon");
        const SchoolProfile linde = test::signedProfileFor(school, custodian, 3);
        // Version 4 names Victor, with Carla's signed consent; the same without it is what HR
        // alone could make.
        SchoolProfile changed = test::signedProfileFor(school, newCustodian, 4);
        auto handover
            = exchange::createHandoverFile(linde, custodian, newCustodian, QDate(2026, 11, 2));
        if (!handover)
            qFatal("createHandoverFile: %s", qPrintable(handover.error().message));
        changed.handovers = { *handover };
        SchoolProfile unconsented = changed;
        unconsented.handovers.clear();
        QByteArray tampered = test::coSignedFile(linde, school, custodian);
        tampered.replace("De Linde", "De Lende");
        const QList<std::pair<QString, QByteArray>> files {
            { QStringLiteral("linde.kwprofiel"), test::coSignedFile(linde, school, custodian) },
            { QStringLiteral("new-custodian.kwprofiel"),
                test::coSignedFile(changed, school, newCustodian) },
            { QStringLiteral("no-handover.kwprofiel"),
                test::coSignedFile(unconsented, school, newCustodian) },
            { QStringLiteral("tampered.kwprofiel"), tampered },
        };
        // The code the school would publish on its poster: the test types it as a teacher does.
        QVariantMap urls { { QStringLiteral("folder"), QUrl::fromLocalFile(m_files.path()) },
            { QStringLiteral("lindeCode"), exchange::verificationCode(linde) },
            // Where tst_exchange_screens saves what it shows; none unless asked.
            { QStringLiteral("screenshots"), qEnvironmentVariable("KW_SCREENSHOT_DIR") } };
        for (const auto& [name, bytes] : files) {
            QFile file(m_files.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(name));
            urls.insert(name.section(QLatin1Char('.'), 0, 0), QUrl::fromLocalFile(file.fileName()));
        }
        return urls;
    }

    QTemporaryDir m_files;
    std::unique_ptr<kw::test::AppJournal> m_journal;
    std::unique_ptr<kw::ProfileService> m_profile;
    std::unique_ptr<kw::LanguageService> m_language;
    kw::platform::RecordingNotifier m_notifier;
    std::unique_ptr<kw::ReminderService> m_reminders;
    std::unique_ptr<kw::ExchangeService> m_exchange;
    std::unique_ptr<kw::RoleService> m_roles;
    std::unique_ptr<kw::HrDesk> m_hr;
    std::unique_ptr<kw::CustodianDesk> m_custodian;
    std::unique_ptr<kw::LeaderDesk> m_leader;
    std::unique_ptr<LeaderFixtures> m_leaderFixtures;
    kw::platform::FakeBiometricUnlock m_biometrics;
    std::unique_ptr<kw::LockService> m_lock;
};

// As QUICK_TEST_MAIN_WITH_SETUP, but on a QApplication, as in the app: Qt Charts in QML needs one
// (HR's dashboard).
int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "tst_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qml.moc"

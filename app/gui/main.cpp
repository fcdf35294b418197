#include "app_options.h"
#include "app_paths.h"
#include "biometric_unlock.h"
#include "common/clock_from_env.h"
#include "demo/demo_bestuur.h"
#include "demo/demo_school.h"
#include "demo/demo_teacher.h"
#include "file_open_router.h"
#include "keychain_vault.h"
#include "leader/leader_reminder.h"
#include "notifier.h"
#include "page_tour.h"
#include "services/singletons.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(KernwijzerPlugin)

namespace {

QtMessageHandler previousHandler = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        kw::PageTour::warnings() << message;
    previousHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    const bool touring = [&] {
        for (int i = 1; i < argc; ++i) {
            const QByteArray arg(argv[i]);
            if (arg == "--screenshot" || arg.startsWith("--screenshot=") || arg == "--self-test")
                return true;
        }
        return false;
    }();
    // Without a display, render offscreen in software so screenshots work on any machine. Note
    // that Material's elevation shadows need shaders; under xvfb-run they render as on a device.
    const bool noDisplay
        = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (touring && noDisplay && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == QStringLiteral("offscreen")
        && qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    QApplication app(argc, argv); // Qt Charts in QML needs QApplication
    QApplication::setOrganizationName(QStringLiteral("Kernwijzer"));
    QApplication::setApplicationName(QStringLiteral("Kernwijzer"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    const kw::AppOptions options = kw::AppOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error));
        return 2;
    }
    if (options.selfTest || !options.screenshotDir.isEmpty())
        previousHandler = qInstallMessageHandler(recordWarnings);

    const auto clock = kw::clockFromEnvironment();
    const auto paths = kw::platform::createAppPaths();

    // A tour without a given journal runs on a throw-away demo journal, never the teacher's own.
    QTemporaryDir tourDir;
    const bool tourOnDemo
        = (options.selfTest || !options.screenshotDir.isEmpty()) && options.journalPath.isEmpty();
    QString journalPath = options.journalPath;
    if (journalPath.isEmpty())
        journalPath = tourOnDemo ? tourDir.filePath(QStringLiteral("journal.sqlite"))
            : options.demo       ? paths->demoJournalFile()
                                 : paths->journalFile();

    const auto vault = kw::platform::createSecretVault();
    kw::JournalService journal(journalPath, *clock, vault);
    if (!journal.ready()) // the window says so too; this line is for logs and scripts
        std::fprintf(stderr, "kernwijzer: %s\n", qPrintable(journal.openError()));
    if (journal.ready() && (options.demo || tourOnDemo)) {
        if (auto seeded = kw::seedDemoTeacher(*journal.session()); !seeded)
            std::fprintf(stderr, "kernwijzer: demo data not written: %s\n",
                qPrintable(seeded.error().message));
    }
    kw::ProfileService profileService(journal);
    kw::LanguageService language(options.language);
    const auto notifier = kw::platform::createNotifier();
    kw::ReminderService reminders(journal, *notifier);
    kw::ExchangeService exchange(journal, profileService);
    // A tour without --role visits the teacher's pages, whatever this device remembers; a teacher
    // who had a journal before roles existed is not asked again.
    const QString teacher = QStringLiteral("leraar");
    kw::RoleService roles(options.role.isEmpty() && touring ? teacher : options.role,
        !options.journalPath.isEmpty() || QFileInfo::exists(paths->journalFile()) ? teacher
                                                                                  : QString());

    // HR and the custodian: their own databases, opened only when their pages are used. The
    // demo (and a tour) works on the simulated school, made on first use.
    const bool schoolDemo = options.demo || tourOnDemo;
    const QString demoSchool
        = tourOnDemo ? tourDir.filePath(QStringLiteral("school")) : paths->demoSchoolDir();
    const kw::demo::DemoSchoolPaths demoPaths = kw::demo::demoSchoolPaths(demoSchool);
    kw::SchoolDesk::Prepare prepare;
    if (schoolDemo) {
        prepare = [&demoSchool, &clock]() -> kw::Status {
            std::fprintf(stderr, "kernwijzer: preparing the demo school…\n");
            auto made = kw::demo::ensureDemoSchool(demoSchool, *clock);
            if (!made)
                return made.error();
            // Two more simulated schools of the same bestuur, for HR's bestuur page.
            auto bestuur = kw::demo::ensureDemoBestuur(*made, *clock);
            return bestuur ? kw::Status() : kw::Status(bestuur.error());
        };
    }
    kw::HrDesk hr(schoolDemo ? demoPaths.hrDatabase : paths->hrDatabaseFile(),
        new kw::DeskKey(::kernwijzer::v1::PARTY_SCHOOL, QStringLiteral("hr"),
            schoolDemo ? demoPaths.hrKey : QString(), vault),
        *clock, prepare);
    kw::CustodianDesk custodian(
        schoolDemo ? demoPaths.custodianDatabase : paths->custodianDatabaseFile(),
        new kw::DeskKey(::kernwijzer::v1::PARTY_CUSTODIAN, QStringLiteral("vertrouwenshouder"),
            schoolDemo ? demoPaths.custodianKey : QString(), vault),
        *clock, prepare);
    // The team leader: the conversations database and the leader's key (the demo's leader comes
    // with the demo conversations).
    kw::LeaderDesk leader(schoolDemo ? demoPaths.leaderDatabase : paths->leaderDatabaseFile(),
        new kw::DeskKey(::kernwijzer::v1::PARTY_LEADER, QStringLiteral("leidinggevende"),
            schoolDemo ? demoPaths.leaderKey : QString(), vault),
        *clock, prepare);
    if (schoolDemo) {
        hr.setDemoProfile(QUrl::fromLocalFile(demoPaths.profile));
        custodian.setDemoProfile(QUrl::fromLocalFile(demoPaths.profile));
        leader.setDemoProfile(QUrl::fromLocalFile(demoPaths.profile));
    }
    kw::Services::current() = { &journal, &profileService, &language, &reminders, &exchange, &roles,
        &hr, &custodian, &leader };
    // The teacher's app lock: locked from the start when it is on.
    const auto biometrics = kw::platform::createBiometricUnlock();
    kw::LockService lock(journal, *biometrics, kw::LockService::platformCover());
    kw::Services::current().lock = &lock;
    // The leader's reminder the day before a waarderingsgesprek (only while the role is theirs).
    kw::LeaderReminder leaderReminder(leader, roles, *notifier);

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    language.attach(&engine);
    QObject::connect(&language, &kw::LanguageService::changed, &journal,
        &kw::JournalService::notifyChanged); // lists re-read their date labels
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Kernwijzer/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    window->resize(options.size);
    // "Open with Kernwijzer" on a school profile: the import dialog shows what it is.
    kw::platform::FileOpenRouter fileOpener(window);
    if (!options.openFile.isEmpty())
        fileOpener.open(QUrl::fromLocalFile(QFileInfo(options.openFile).absoluteFilePath()));

    if (qEnvironmentVariable("KERNWIJZER_EXIT_AFTER_FIRST_FRAME") == QStringLiteral("1")) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [] {
                std::printf("first-frame\n");
                std::fflush(stdout);
                QCoreApplication::exit(0);
            },
            Qt::SingleShotConnection);
    }

    if (options.selfTest || !options.screenshotDir.isEmpty()) {
        auto* tour = new kw::PageTour(window, options.screenshotDir, tourOnDemo, &app);
        QObject::connect(tour, &kw::PageTour::finished, &app, &QCoreApplication::exit);
        tour->start();
    }
    return QApplication::exec();
}

// Qt Quick Test runner for the pages. Before any QML loads, the setup creates the services the app
// creates in main() and registers them as the QML singletons Journal, Profile, Language and
// Reminders (with a notifier that records instead of showing).

#include "app_journal.h"
#include "notifier.h"
#include "services/singletons.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
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
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software); // offscreen, no GPU
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_journal = std::make_unique<kw::test::AppJournal>();
        m_profile = std::make_unique<kw::ProfileService>(m_journal->profile());
        m_language = std::make_unique<kw::LanguageService>(QStringLiteral("en"));
        m_reminders = std::make_unique<kw::ReminderService>(m_journal->service(), m_notifier);
        kw::Services::current()
            = { &m_journal->service(), m_profile.get(), m_language.get(), m_reminders.get() };
    }

    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_language->attach(engine);
    }

private:
    std::unique_ptr<kw::test::AppJournal> m_journal;
    std::unique_ptr<kw::ProfileService> m_profile;
    std::unique_ptr<kw::LanguageService> m_language;
    kw::platform::RecordingNotifier m_notifier;
    std::unique_ptr<kw::ReminderService> m_reminders;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "tst_qml.moc"

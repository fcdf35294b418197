// Qt Quick Test runner for the pages. Before any QML loads, the setup creates the services the app
// creates in main() and registers them as the QML singletons Journal, Profile and Language.

#include "app_journal.h"
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
        kw::Services::current() = { &m_journal->service(), m_profile.get(), m_language.get() };
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
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "tst_qml.moc"

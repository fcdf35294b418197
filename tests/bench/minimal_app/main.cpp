// A minimal Qt Quick Controls app, built like kernwijzer (QApplication, Material, a QML module
// under qrc:/qt/qml), so bench_startup can say how much kernwijzer's own start-up adds.
#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv); // as kernwijzer, which needs it for Qt Charts
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/KwMinimal/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (!window)
        return 1;

    // The contract bench_startup relies on, shared with kernwijzer.
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
    return QApplication::exec();
}

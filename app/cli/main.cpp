#include "cli/run_cli.h"
#include "common/clock_from_env.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstring>
#include <memory>

namespace {

/**
 * `pop export`, `gesprek pdf` and `report --pdf` lay out a PDF, which needs fonts and so a
 * QGuiApplication; every other command stays a plain QCoreApplication, so it runs without a
 * display or the Qt Gui platform plugins.
 */
bool needsGui(int argc, char* argv[])
{
    if (argc > 2 && std::strcmp(argv[1], "pop") == 0 && std::strcmp(argv[2], "export") == 0)
        return true;
    if (argc > 2 && std::strcmp(argv[1], "gesprek") == 0 && std::strcmp(argv[2], "pdf") == 0)
        return true;
    if (argc < 2 || std::strcmp(argv[1], "report") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    if (!needsGui(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // On a server or in CI there is no display: render offscreen rather than fail to start.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without XDG_RUNTIME_DIR (containers, CI) Qt Gui warns on start-up; the CLI promises one
    // line on stderr for a failure, so that one harmless warning is dropped while starting.
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
                previous(type, context, message);
        });
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    qInstallMessageHandler(previous);
    return app;
}

} // namespace

int main(int argc, char* argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kernwijzer-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto clock = kw::clockFromEnvironment();
    return kw::cli::run(QCoreApplication::arguments(), out, err, *clock);
}

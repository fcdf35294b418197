#include "cli/run_cli.h"
#include "common/clock_from_env.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kernwijzer-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto clock = kw::clockFromEnvironment();
    return kw::cli::run(QCoreApplication::arguments(), out, err, *clock);
}

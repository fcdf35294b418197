#include "cli_in_process.h"

#include "cli/run_cli.h"

namespace kw::test {

CliRun runCliInProcess(const QStringList& args)
{
    const FixedClock clock(defaultNow());
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code
        = cli::run(QStringList { QStringLiteral("kernwijzer-cli") } + args, out, err, clock);
    out.flush();
    err.flush();
    return result;
}

} // namespace kw::test

// kernwijzer-cli report: the released figures. --hr-db reads HR's database (one school);
// --bestuur-db the bestuur's (its schools' aggregates, and their merged figures).
#include "cli/commands.h"

namespace kw::cli {

int runReport(const Context& ctx)
{
    if (ctx.args.contains(QStringLiteral("--bestuur-db")))
        return runBestuurReport(ctx);
    return runHrReport(ctx);
}

} // namespace kw::cli

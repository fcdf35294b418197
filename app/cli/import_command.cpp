// kernwijzer-cli import: the inboxes of the school side. --hr-db takes the custodian's releases
// (HR); --custodian-db takes teachers' contributions (the custodian); --bestuur-db takes the
// schools' aggregates (the bestuur).
#include "cli/commands.h"

namespace kw::cli {

int runImport(const Context& ctx)
{
    if (ctx.args.contains(QStringLiteral("--hr-db")))
        return runHrImport(ctx);
    if (ctx.args.contains(QStringLiteral("--bestuur-db")))
        return runBestuurImport(ctx);
    return runCustodianImport(ctx);
}

} // namespace kw::cli

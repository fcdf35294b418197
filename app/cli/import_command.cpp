// kernwijzer-cli import: the school side's inbox. --hr-db takes the custodian's releases (HR);
// --custodian-db takes teachers' contributions (the custodian).
#include "cli/commands.h"

namespace kw::cli {

int runImport(const Context& ctx)
{
    if (ctx.args.contains(QStringLiteral("--hr-db")))
        return runHrImport(ctx);
    return runCustodianImport(ctx);
}

} // namespace kw::cli

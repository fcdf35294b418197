// kernwijzer-cli import: the school side's inbox. --hr-db takes the custodian's releases;
// --custodian-db takes teachers' contributions.
#include "cli/commands.h"

namespace kw::cli {

int runImport(const Context& ctx)
{
    if (ctx.args.contains(QStringLiteral("--hr-db")))
        return runHrImport(ctx);
    return ctx.fail(QStringLiteral("import needs --hr-db FILE (HR: releases) or --custodian-db "
                                   "FILE (the custodian: contributions); see docs/cli.md."),
        Usage);
}

} // namespace kw::cli

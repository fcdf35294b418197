#include "cli/subcommands.h"

namespace kw::cli {

int runSubcommand(const Context& ctx, const QList<Subcommand>& subcommands, const QString& usage)
{
    for (const Subcommand& sub : subcommands) {
        const qsizetype words = sub.words.size();
        if (ctx.args.mid(1, words) != sub.words)
            continue;
        Context inner { ctx.args.mid(words), ctx.out, ctx.err, ctx.clock };
        inner.args[0] = QStringList(ctx.args.mid(0, words + 1)).join(QLatin1Char(' '));
        return sub.run(inner);
    }
    return ctx.fail(usage, Usage);
}

} // namespace kw::cli

#pragma once

#include "cli/cli_context.h"

namespace kw::cli {

/** A subcommand: the words that name it after its command (`add`, `goal add`) and its runner. */
struct Subcommand
{
    QStringList words;
    int (*run)(const Context&);
};

/**
 * Runs the first of @p subcommands whose words follow the command's name in @p ctx.args, with
 * a context that names it ("kernwijzer-cli pop goal add") and holds the arguments after it.
 * Without a match prints @p usage as a usage error and returns 2.
 */
int runSubcommand(const Context& ctx, const QList<Subcommand>& subcommands, const QString& usage);

} // namespace kw::cli

#include "cli/run_cli.h"

#include "cli/cli_context.h"

namespace kw::cli {

namespace {

constexpr auto usage = "usage: kernwijzer-cli <command> [options]\n"
                       "\n"
                       "commands:\n"
                       "  journal add|list|search   write and find reflections\n"
                       "  checkin add|list|due|instruments\n"
                       "                            wellbeing check-ins (WHO-5, weekly pulse)\n"
                       "  pop goal|action|evidence|hours|settings|export\n"
                       "                            your POP and professionaliseringsuren;\n"
                       "                            export writes them as a PDF\n"
                       "  demo                      write a demo teacher's journal\n"
                       "\n"
                       "Every command takes --help, and --json for machine-readable output.\n";

} // namespace

int run(const QStringList& args, QTextStream& out, QTextStream& err, const Clock& clock)
{
    const QString command = args.value(1);
    if (command.isEmpty() || command == QStringLiteral("--help")
        || command == QStringLiteral("-h")) {
        (command.isEmpty() ? err : out) << usage;
        return command.isEmpty() ? Usage : Ok;
    }
    Context ctx { args.mid(1), out, err, clock };
    ctx.args[0] = QStringLiteral("kernwijzer-cli ") + command;
    if (command == QStringLiteral("journal"))
        return runJournal(ctx);
    if (command == QStringLiteral("checkin"))
        return runCheckin(ctx);
    if (command == QStringLiteral("pop"))
        return runPop(ctx);
    if (command == QStringLiteral("demo"))
        return runDemo(ctx);
    return ctx.fail(
        QStringLiteral("unknown command \"%1\"; see kernwijzer-cli --help.").arg(command), Usage);
}

} // namespace kw::cli

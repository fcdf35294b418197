#include "cli/run_cli.h"

#include "cli/cli_context.h"
#include "cli/exchange_cli.h"

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
                       "  keys create               HR's or the custodian's keys\n"
                       "  profile template|create|sign|show|verify|import\n"
                       "                            the school profile, co-signed by HR and the\n"
                       "                            custodian; import installs it in a journal\n"
                       "  export                    a teacher's contribution for a closed period\n"
                       "  inspect FILE              any exchange file as JSON, for audit\n"
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
    if (command == QStringLiteral("keys"))
        return runKeys(ctx);
    if (command == QStringLiteral("profile"))
        return runProfile(ctx);
    if (command == QStringLiteral("export"))
        return runExport(ctx);
    if (command == QStringLiteral("inspect"))
        return runInspect(ctx);
    return ctx.fail(
        QStringLiteral("unknown command \"%1\"; see kernwijzer-cli --help.").arg(command), Usage);
}

} // namespace kw::cli

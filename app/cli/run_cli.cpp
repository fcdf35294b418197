#include "cli/run_cli.h"

#include "cli/commands.h"
#include "cli/subcommands.h"

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
                       "  backup | restore          the journal in one encrypted file, and back\n"
                       "  keys create               HR's or the custodian's keys\n"
                       "  profile template|create|sign|show|verify|import\n"
                       "                            the school profile, co-signed by HR and the\n"
                       "                            custodian; import installs it in a journal\n"
                       "  export                    a teacher's contribution for a closed period\n"
                       "  import --custodian-db     the custodian imports teachers' files and\n"
                       "                            folders of them\n"
                       "  release                   the custodian's release of a closed period:\n"
                       "                            --check-out asks HR to check the parts first\n"
                       "  validate                  HR checks the custodian's check request\n"
                       "  import --hr-db            HR imports the custodian's releases\n"
                       "  aggregate                 HR's figures of a period for the bestuur\n"
                       "  import --bestuur-db       the bestuur imports its schools' aggregates\n"
                       "  inspect FILE              any exchange file as JSON, for audit\n"
                       "  report --hr-db|--bestuur-db\n"
                       "                            HR's released figures, or the bestuur's per\n"
                       "                            school and merged (--csv, --json)\n"
                       "  gesprek                   the waarderingsgesprek: the teacher's\n"
                       "                            preparation, the leader's verslag, the\n"
                       "                            teacher's response\n"
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
    Context ctx { args, out, err, clock };
    ctx.args[0] = QStringLiteral("kernwijzer-cli");
    return runSubcommand(ctx,
        {
            { { QStringLiteral("journal") }, runJournal },
            { { QStringLiteral("checkin") }, runCheckin },
            { { QStringLiteral("pop") }, runPop },
            { { QStringLiteral("demo") }, runDemo },
            { { QStringLiteral("backup") }, runBackup },
            { { QStringLiteral("restore") }, runRestore },
            { { QStringLiteral("keys") }, runKeys },
            { { QStringLiteral("profile") }, runProfile },
            { { QStringLiteral("export") }, runExport },
            { { QStringLiteral("import") }, runImport },
            { { QStringLiteral("release") }, runRelease },
            { { QStringLiteral("validate") }, runValidate },
            { { QStringLiteral("aggregate") }, runAggregate },
            { { QStringLiteral("inspect") }, runInspect },
            { { QStringLiteral("report") }, runReport },
            { { QStringLiteral("gesprek") }, runGesprek },
        },
        QStringLiteral("unknown command \"%1\"; see kernwijzer-cli --help.").arg(command));
}

} // namespace kw::cli

// kernwijzer-cli gesprek: the waarderingsgesprek from both sides. `import`, `show` and `pdf` are
// the leader's with --leader-db and the teacher's without it; the other subcommands belong to
// one side.
#include "cli/commands.h"
#include "cli/subcommands.h"

namespace kw::cli {

namespace {

constexpr auto usage = "usage: kernwijzer-cli gesprek <subcommand> [options]\n"
                       "\n"
                       "the leader (--leader-db FILE):\n"
                       "  profile     install the co-signed school profile for your leader key\n"
                       "  import      teachers' preparations (.kwgesprek) and responses\n"
                       "              (.kwreactie)\n"
                       "  verslag     write the signed verslag (.kwverslag) of a conversation\n"
                       "  show        the conversations, or one of them with everything in it\n"
                       "  teachers    the teachers with their last and next conversation\n"
                       "  left        mark a teacher uit dienst\n"
                       "  pdf         a signed verslag as an A4 PDF (--conversation ID), or\n"
                       "              everything held about a teacher (--teacher NAME --access)\n"
                       "\n"
                       "the teacher (--db FILE, your journal):\n"
                       "  prepare     your preparation (.kwgesprek), sealed to your leader;\n"
                       "              --preview shows what your leader will see\n"
                       "  import      your leader's verslag (.kwverslag)\n"
                       "  respond     akkoord or gezien per agreement (.kwreactie); the ones you\n"
                       "              accept become POP actions\n"
                       "  show        your conversations, or one of them with everything in it\n"
                       "  pdf         a signed verslag as an A4 PDF for your bekwaamheidsdossier\n"
                       "\n"
                       "Every subcommand takes --help, and --json for machine-readable output.\n";

QList<Subcommand> word(const char* name, int (*run)(const Context&))
{
    return { { { QString::fromLatin1(name) }, run } };
}

/** The subcommands only the leader has. */
QList<Subcommand> leaderOnly()
{
    return word("profile", runGesprekLeaderProfile) + word("verslag", runGesprekVerslag)
        + word("teachers", runGesprekTeachers) + word("left", runGesprekLeft);
}

/** What `import`, `show` and `pdf` mean with --leader-db. */
QList<Subcommand> leaderShared()
{
    return word("import", runGesprekLeaderImport) + word("show", runGesprekLeaderShow)
        + word("pdf", runGesprekLeaderPdf);
}

/** What `import`, `show` and `pdf` mean without --leader-db, on the teacher's journal. */
QList<Subcommand> teacherShared()
{
    return word("import", runGesprekTeacherImport) + word("show", runGesprekTeacherShow)
        + word("pdf", runGesprekTeacherPdf);
}

/** The subcommands only the teacher has. */
QList<Subcommand> teacherOnly()
{
    return word("prepare", runGesprekPrepare) + word("respond", runGesprekRespond);
}

} // namespace

int runGesprek(const Context& ctx)
{
    const QString sub = ctx.args.value(1);
    if (sub.isEmpty() || sub == QStringLiteral("--help") || sub == QStringLiteral("-h")) {
        (sub.isEmpty() ? ctx.err : ctx.out) << usage;
        return sub.isEmpty() ? Usage : Ok;
    }
    const bool leader = ctx.args.contains(QStringLiteral("--leader-db"))
        || ctx.args.filter(QStringLiteral("--leader-db=")).size() > 0;
    return runSubcommand(ctx,
        leaderOnly() + (leader ? leaderShared() : teacherShared()) + teacherOnly(),
        QStringLiteral("unknown gesprek subcommand \"%1\"; see kernwijzer-cli gesprek --help.")
            .arg(sub));
}

} // namespace kw::cli

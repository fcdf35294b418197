#include "cli/cli_context.h"

#include "journal/journal_schema.h"

#include <QFileInfo>

namespace kw::cli {

int Context::fail(const QString& reason, int code) const
{
    err << "kernwijzer-cli: " << reason << Qt::endl;
    return code;
}

SchoolProfile cliProfile()
{
    return demoProfile();
}

Result<std::unique_ptr<OpenJournal>> openJournal(
    const QString& path, const Clock& clock, bool create)
{
    if (!create && !QFileInfo::exists(path))
        return Error { Error::Code::NotFound, QStringLiteral("%1 does not exist.").arg(path) };
    auto journal = std::make_unique<OpenJournal>();
    journal->profile = cliProfile();
    sql::Database::Options options;
    options.create = create;
    auto db = sql::Database::open(path, journalSchema(), options);
    if (!db)
        return db.error();
    journal->db = std::move(db).value();
    journal->store = std::make_unique<JournalStore>(*journal->db, journal->profile, clock);
    journal->checkins = std::make_unique<CheckinStore>(*journal->db, journal->profile, clock);
    journal->exchangeStore
        = std::make_unique<exchange::ExchangeStore>(*journal->db, *journal->store, clock);
    journal->exchange = std::make_unique<exchange::TeacherExchange>(
        *journal->exchangeStore, *journal->store, *journal->checkins, clock);
    // The school's own profile once the teacher imported one; the stores see it through the
    // reference they hold.
    auto installed = journal->exchange->installedProfile();
    if (!installed)
        return installed.error();
    if (installed->has_value())
        journal->profile = **installed;
    return journal;
}

bool parse(QCommandLineParser& parser, const Context& ctx, int& exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(ctx.args)) {
        exitCode = ctx.fail(parser.errorText(), Usage);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        exitCode = Ok;
        return false;
    }
    return true;
}

} // namespace kw::cli

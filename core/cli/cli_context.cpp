#include "cli/cli_context.h"

#include "exchange/exchange_store.h"
#include "exchange/teacher_exchange.h"
#include "journal/journal_schema.h"
#include "wellbeing/checkin_store.h"

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
    // The school's own profile once the teacher imported one; the stores see it through the
    // reference they hold.
    exchange::ExchangeStore exchangeStore(*journal->db, *journal->store, clock);
    CheckinStore checkins(*journal->db, journal->profile, clock);
    exchange::TeacherExchange teacher(exchangeStore, *journal->store, checkins, clock);
    auto installed = teacher.installedProfile();
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

#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "exchange/teacher_exchange.h"
#include "journal/journal_store.h"
#include "wellbeing/checkin_store.h"
#include "profile/school_profile.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <memory>

namespace kw::cli {

/** Exit codes of kernwijzer-cli: scripts may rely on them. */
enum Exit : int { Ok = 0, Failed = 1, Usage = 2 };

/** What every command gets: its arguments, the output streams and the injected clock. */
struct Context
{
    QStringList args; ///< the command's own arguments, program and command names first
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;

    /** Prints "kernwijzer-cli: <reason>" on one line and returns @p code. */
    int fail(const QString& reason, int code = Failed) const;
    int fail(const Error& error) const { return fail(error.message); }
};

/** An opened journal: the database and the stores over it, with the profile they use. */
struct OpenJournal
{
    SchoolProfile profile;
    std::unique_ptr<sql::Database> db;
    std::unique_ptr<JournalStore> store;
    std::unique_ptr<CheckinStore> checkins;
    std::unique_ptr<exchange::ExchangeStore> exchangeStore;
    std::unique_ptr<exchange::TeacherExchange> exchange; ///< the teacher's side of the exchange
};

/** The built-in profile: the demo school, until the teacher imports their school's profile. */
SchoolProfile cliProfile();

/** Opens the journal at @p path, with the school profile imported into it (else the demo
 * school's); with @p create false a missing file is an error, not a new journal. */
Result<std::unique_ptr<OpenJournal>> openJournal(
    const QString& path, const Clock& clock, bool create);

/**
 * Parses @p ctx.args with @p parser; on a parse error prints the reason and returns false with
 * @p exitCode set. Adds --help.
 */
bool parse(QCommandLineParser& parser, const Context& ctx, int& exitCode);

int runJournal(const Context& ctx);
int runPop(const Context& ctx);
int runCheckin(const Context& ctx);
int runDemo(const Context& ctx);

} // namespace kw::cli

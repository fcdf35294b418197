#pragma once

#include "cli/cli_context.h"
#include "pop/hours_entry.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <optional>

namespace kw::cli {

/**
 * The journal at --db for a command that checks its values against the school's profile before
 * it writes: opened once, when the file exists, with its installed profile; otherwise the demo
 * school's profile applies (a new journal starts with it) and CommandArgs::open() creates it.
 */
struct JournalAtDb
{
    std::unique_ptr<TeacherSession> session; ///< null while the file does not exist
    SchoolProfile newJournalProfile; ///< the demo school's, when there is no file yet

    const SchoolProfile& profile() const
    {
        return session ? session->profile() : newJournalProfile;
    }
};

/** Whether a command takes the journal as --db FILE, and whether it must. */
enum class DbOption { Required, Optional, None };

/** A positional argument as --help shows it; the command checks how many it got. */
struct Positional
{
    QString name;
    QString description;
    QString syntax = {};
};

/** What a command takes besides --help and --json. */
struct CommandSpec
{
    QString description;
    QList<QCommandLineOption> options = {};
    /** Options that must be set; the first one missing (after a required --db) is reported. */
    QList<const QCommandLineOption*> required = {};
    /** Without any, a positional argument is a usage error. */
    QList<Positional> positionals = {};
    DbOption db = DbOption::Required;
    QString jsonDescription = QStringLiteral("Print machine-readable JSON.");
};

/**
 * One command's arguments, parsed and checked for presence in the constructor: --help, --json,
 * --db (see DbOption) and the command's own options. Commands check their values next with the
 * typed parsers below and open the journal last, so a mistake never creates or changes a file.
 * Usage mistakes exit 2, bad input 1, each with one line on stderr.
 *
 * The typed parsers return nullopt after printing the reason, with @p code set to the exit code.
 */
class CommandArgs
{
public:
    CommandArgs(const Context& ctx, const CommandSpec& spec);

    /** Set when parsing already decided the exit code (--help, a usage error). */
    std::optional<int> finished;

    bool isSet(const QCommandLineOption& option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption& option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption& option) const { return m_parser.values(option); }
    QStringList positionals() const { return m_parser.positionalArguments(); }
    bool json() const;
    /** The journal path given with --db (empty when not set). */
    QString dbPath() const;

    /** Prints @p reason as a usage error and returns 2. */
    int usage(const QString& reason) const { return m_ctx.fail(reason, Usage); }
    /** Prints @p reason as bad input and returns 1. */
    int failed(const QString& reason) const { return m_ctx.fail(reason, Failed); }
    int failed(const Error& error) const { return m_ctx.fail(error); }

    /** False after printing "--x is required." for the first of @p options that is not set. */
    [[nodiscard]] bool require(const QList<const QCommandLineOption*>& options, int& code) const;

    /** A positive whole number (an id). */
    [[nodiscard]] std::optional<qint64> id(const QCommandLineOption& option, int& code) const;
    /** A whole number of at least @p min, or nullopt when the option is not set and @p code Ok. */
    [[nodiscard]] std::optional<int> atLeast(
        const QCommandLineOption& option, int min, int& code) const;
    /**
     * A score as a whole number; its range (1 to 5) is the rules' to check, so an out-of-range
     * score is bad input rather than a usage error. nullopt with @p code Ok when not set.
     */
    [[nodiscard]] std::optional<int> score(const QCommandLineOption& option, int& code) const;
    /** A day (YYYY-MM-DD), or an invalid date when the option is not set. */
    [[nodiscard]] std::optional<QDate> day(const QCommandLineOption& option, int& code) const;
    /** A school year as 2026 or 2026-2027; @p fallback when the option is not set. */
    [[nodiscard]] std::optional<int> schoolYear(
        const QCommandLineOption& option, int fallback, int& code) const;
    /** Hours such as 2, 1.5 or 1,5 as minutes; 0 when the option is not set. */
    [[nodiscard]] std::optional<Minutes> hours(const QCommandLineOption& option, int& code) const;

    /** Opens the journal at --db (creating it when @p create); null after printing why. */
    [[nodiscard]] std::unique_ptr<TeacherSession> open(bool create, int& code) const;
    /** The journal at --db as JournalAtDb: nothing after printing why it cannot be opened. */
    [[nodiscard]] std::optional<JournalAtDb> journalAtDb(int& code) const;
    /** @p journal's session, opened (creating the file when @p create) if it was not yet. */
    [[nodiscard]] TeacherSession* open(JournalAtDb& journal, bool create, int& code) const;

    /** Prints @p json (compact, one line) with --json, else @p lines; returns Ok. */
    int print(const QJsonValue& json, const QStringList& lines) const;
    int print(const QJsonValue& json, const QString& text) const
    {
        return print(json, QStringList { text });
    }

    const Context& ctx() const { return m_ctx; }

private:
    const Context& m_ctx;
    QCommandLineParser m_parser;
};

/** --db FILE, the journal database. */
const QCommandLineOption& dbOption();
/** --year YEAR, a school year for CommandArgs::schoolYear() (default: the current one). */
const QCommandLineOption& schoolYearOption();

/** A whole number from @p min to @p max in @p text, or nullopt; prints nothing. */
[[nodiscard]] std::optional<qint64> parseWholeNumber(const QString& text, qint64 min, qint64 max);

} // namespace kw::cli

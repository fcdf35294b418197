#pragma once

#include "cli/cli_context.h"
#include "pop/hours_store.h"
#include "pop/pop_store.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <optional>

namespace kw::cli {

/**
 * One `pop` subcommand's arguments: --db and --json plus its own options, parsed and checked
 * for presence in the constructor. Subcommands check their values next and open the journal
 * last, so a mistake never creates a file. Usage mistakes exit 2, bad input 1, each one line.
 */
class PopArgs
{
public:
    PopArgs(const Context& ctx, const QString& description,
        const QList<QCommandLineOption>& options,
        const QList<const QCommandLineOption*>& required = {});

    /** Set when parsing already decided the exit code (--help, a usage error). */
    std::optional<int> finished;

    bool isSet(const QCommandLineOption& option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption& option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption& option) const { return m_parser.values(option); }
    bool json() const;

    int usage(const QString& reason) const { return m_ctx.fail(reason, Usage); }
    int failed(const QString& reason) const { return m_ctx.fail(reason, Failed); }
    int failed(const Error& error) const { return m_ctx.fail(error); }

    /** A positive whole number (an id) from @p option; nullopt after printing a usage error. */
    std::optional<qint64> id(const QCommandLineOption& option, int& code) const;
    /** A day (YYYY-MM-DD) or an invalid date when the option is not set. */
    std::optional<QDate> day(const QCommandLineOption& option, int& code) const;
    /** A school year as 2026 or 2026-2027; @p fallback when the option is not set. */
    std::optional<int> schoolYear(const QCommandLineOption& option, int fallback, int& code) const;
    /** Hours such as 2, 1.5 or 1,5 as minutes; 0 when the option is not set. */
    std::optional<Minutes> hours(const QCommandLineOption& option, int& code) const;

    /** Opens the journal (creating it when @p create); prints the reason and returns null. */
    std::unique_ptr<TeacherSession> open(bool create, int& code) const;
    /** The school profile to check values against before open(): see profileAt(). */
    std::optional<SchoolProfile> profile(int& code) const;

    /** Prints @p json with --json, else @p text; returns Ok. */
    int print(const QJsonValue& json, const QString& text) const;

    const Context& ctx() const { return m_ctx; }

private:
    const Context& m_ctx;
    QCommandLineParser m_parser;
};

/** The --db and --json options every pop subcommand takes. */
const QCommandLineOption& dbFileOption();

} // namespace kw::cli

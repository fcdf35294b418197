#include "cli/command_args.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <limits>

namespace kw::cli {

namespace {

QString name(const QCommandLineOption& option)
{
    return option.names().first();
}

} // namespace

const QCommandLineOption& dbOption()
{
    static const QCommandLineOption option(
        { QStringLiteral("db") }, QStringLiteral("The journal database."), QStringLiteral("FILE"));
    return option;
}

const QCommandLineOption& schoolYearOption()
{
    static const QCommandLineOption option({ QStringLiteral("year") },
        QStringLiteral("School year, as 2026 or 2026-2027 (default: the current one)."),
        QStringLiteral("YEAR"));
    return option;
}

std::optional<qint64> parseWholeNumber(const QString& text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (ok && value >= min && value <= max)
        return value;
    return std::nullopt;
}

CommandArgs::CommandArgs(const Context& ctx, const CommandSpec& spec)
    : m_ctx(ctx)
{
    m_parser.setApplicationDescription(spec.description);
    if (spec.db != DbOption::None)
        m_parser.addOption(dbOption());
    m_parser.addOptions(spec.options);
    m_parser.addOption(QCommandLineOption({ QStringLiteral("json") }, spec.jsonDescription));
    for (const Positional& p : spec.positionals)
        m_parser.addPositionalArgument(p.name, p.description, p.syntax);
    m_parser.addHelpOption();
    if (!m_parser.parse(ctx.args)) {
        finished = usage(m_parser.errorText());
        return;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        ctx.out << m_parser.helpText();
        finished = Ok;
        return;
    }
    if (spec.positionals.isEmpty() && !m_parser.positionalArguments().isEmpty()) {
        finished = usage(QStringLiteral("unexpected argument \"%1\"; see --help.")
                             .arg(m_parser.positionalArguments().first()));
        return;
    }
    QList<const QCommandLineOption*> required;
    if (spec.db == DbOption::Required)
        required << &dbOption();
    required << spec.required;
    if (int code = Ok; !require(required, code))
        finished = code;
}

bool CommandArgs::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

QString CommandArgs::dbPath() const
{
    return m_parser.value(dbOption());
}

bool CommandArgs::require(const QList<const QCommandLineOption*>& options, int& code) const
{
    for (const QCommandLineOption* option : options) {
        if (!m_parser.isSet(*option)) {
            code = usage(QStringLiteral("--%1 is required.").arg(name(*option)));
            return false;
        }
    }
    return true;
}

std::optional<qint64> CommandArgs::id(const QCommandLineOption& option, int& code) const
{
    if (auto value
        = parseWholeNumber(m_parser.value(option), 1, std::numeric_limits<qint64>::max()))
        return value;
    code = usage(QStringLiteral("--%1 takes a number above 0.").arg(name(option)));
    return std::nullopt;
}

std::optional<int> CommandArgs::atLeast(const QCommandLineOption& option, int min, int& code) const
{
    if (!m_parser.isSet(option))
        return std::nullopt;
    if (auto value = parseWholeNumber(m_parser.value(option), min, std::numeric_limits<int>::max()))
        return int(*value);
    code = usage(
        QStringLiteral("--%1 takes a whole number above %2.").arg(name(option)).arg(min - 1));
    return std::nullopt;
}

std::optional<int> CommandArgs::score(const QCommandLineOption& option, int& code) const
{
    if (!m_parser.isSet(option))
        return std::nullopt;
    if (auto value = parseWholeNumber(m_parser.value(option), std::numeric_limits<int>::min(),
            std::numeric_limits<int>::max()))
        return int(*value);
    code = usage(QStringLiteral("--%1 takes a whole number from 1 to 5.").arg(name(option)));
    return std::nullopt;
}

std::optional<QDate> CommandArgs::day(const QCommandLineOption& option, int& code) const
{
    if (!m_parser.isSet(option))
        return QDate();
    const QDate day = QDate::fromString(m_parser.value(option), Qt::ISODate);
    if (day.isValid())
        return day;
    code = usage(QStringLiteral("--%1 takes a day as YYYY-MM-DD.").arg(name(option)));
    return std::nullopt;
}

std::optional<int> CommandArgs::schoolYear(
    const QCommandLineOption& option, int fallback, int& code) const
{
    if (!m_parser.isSet(option))
        return fallback;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{4}))?$"));
    const auto match = pattern.match(m_parser.value(option));
    const int year = match.captured(1).toInt();
    if (match.hasMatch() && (match.captured(2).isEmpty() || match.captured(2).toInt() == year + 1))
        return year;
    code
        = usage(QStringLiteral("--%1 takes a school year as 2026 or 2026-2027.").arg(name(option)));
    return std::nullopt;
}

std::optional<Minutes> CommandArgs::hours(const QCommandLineOption& option, int& code) const
{
    if (!m_parser.isSet(option))
        return Minutes(0);
    if (const auto minutes = parseHours(m_parser.value(option)))
        return minutes;
    code = usage(
        QStringLiteral("--%1 takes hours as a number, such as 2, 1.5 or 1:30.").arg(name(option)));
    return std::nullopt;
}

std::unique_ptr<TeacherSession> CommandArgs::open(bool create, int& code) const
{
    auto journal = openJournal(dbPath(), m_ctx.clock, create);
    if (!journal) {
        code = failed(journal.error());
        return nullptr;
    }
    return std::move(journal).value();
}

std::optional<JournalAtDb> CommandArgs::journalAtDb(int& code) const
{
    JournalAtDb journal;
    if (!QFileInfo::exists(dbPath())) {
        journal.newJournalProfile = demoProfile();
        return journal;
    }
    journal.session = open(false, code);
    if (!journal.session)
        return std::nullopt;
    return journal;
}

TeacherSession* CommandArgs::open(JournalAtDb& journal, bool create, int& code) const
{
    if (!journal.session)
        journal.session = open(create, code);
    return journal.session.get();
}

int CommandArgs::print(const QJsonValue& json, const QStringList& lines) const
{
    if (this->json()) {
        const QJsonDocument doc
            = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        m_ctx.out << doc.toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (const QString& line : lines)
            m_ctx.out << line << '\n';
    }
    m_ctx.out.flush();
    return Ok;
}

} // namespace kw::cli

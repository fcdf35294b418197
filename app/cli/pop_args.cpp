#include "cli/pop_args.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kw::cli {

namespace {

const QCommandLineOption jsonOption(
    { QStringLiteral("json") }, QStringLiteral("Print machine-readable JSON."));

} // namespace

const QCommandLineOption& dbFileOption()
{
    static const QCommandLineOption option(
        { QStringLiteral("db") }, QStringLiteral("The journal database."), QStringLiteral("FILE"));
    return option;
}

PopArgs::PopArgs(const Context& ctx, const QString& description,
    const QList<QCommandLineOption>& options, const QList<const QCommandLineOption*>& required)
    : m_ctx(ctx)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(dbFileOption());
    m_parser.addOptions(options);
    m_parser.addOption(jsonOption);
    int code = Ok;
    if (!parse(m_parser, ctx, code)) {
        finished = code;
        return;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        finished = usage(QStringLiteral("unexpected argument \"%1\"; see --help.")
                             .arg(m_parser.positionalArguments().first()));
        return;
    }
    QList<const QCommandLineOption*> all { &dbFileOption() };
    all << required;
    for (const QCommandLineOption* option : all) {
        if (!m_parser.isSet(*option)) {
            finished = usage(QStringLiteral("--%1 is required.").arg(option->names().first()));
            return;
        }
    }
}

bool PopArgs::json() const
{
    return m_parser.isSet(jsonOption);
}

std::optional<qint64> PopArgs::id(const QCommandLineOption& option, int& code) const
{
    bool ok = false;
    const qint64 value = m_parser.value(option).toLongLong(&ok);
    if (ok && value > 0)
        return value;
    code = usage(QStringLiteral("--%1 takes a number above 0.").arg(option.names().first()));
    return std::nullopt;
}

std::optional<QDate> PopArgs::day(const QCommandLineOption& option, int& code) const
{
    if (!m_parser.isSet(option))
        return QDate();
    const QDate day = QDate::fromString(m_parser.value(option), Qt::ISODate);
    if (day.isValid())
        return day;
    code = usage(QStringLiteral("--%1 takes a day as YYYY-MM-DD.").arg(option.names().first()));
    return std::nullopt;
}

std::optional<int> PopArgs::schoolYear(
    const QCommandLineOption& option, int fallback, int& code) const
{
    if (!m_parser.isSet(option))
        return fallback;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{4}))?$"));
    const auto match = pattern.match(m_parser.value(option));
    const int year = match.captured(1).toInt();
    if (match.hasMatch() && (match.captured(2).isEmpty() || match.captured(2).toInt() == year + 1))
        return year;
    code = usage(QStringLiteral("--%1 takes a school year as 2026 or 2026-2027.")
                     .arg(option.names().first()));
    return std::nullopt;
}

std::optional<Minutes> PopArgs::hours(const QCommandLineOption& option, int& code) const
{
    if (!m_parser.isSet(option))
        return Minutes(0);
    if (const auto minutes = parseHours(m_parser.value(option)))
        return minutes;
    code = usage(QStringLiteral("--%1 takes hours as a number, such as 2, 1.5 or 1:30.")
                     .arg(option.names().first()));
    return std::nullopt;
}

std::unique_ptr<TeacherSession> PopArgs::open(bool create, int& code) const
{
    auto journal = openJournal(m_parser.value(dbFileOption()), m_ctx.clock, create);
    if (!journal) {
        code = failed(journal.error());
        return nullptr;
    }
    return std::move(journal).value();
}

std::optional<SchoolProfile> PopArgs::profile(int& code) const
{
    auto profile = profileAt(m_parser.value(dbFileOption()), m_ctx.clock);
    if (!profile) {
        code = failed(profile.error());
        return std::nullopt;
    }
    return std::move(profile).value();
}

int PopArgs::print(const QJsonValue& json, const QString& text) const
{
    if (m_parser.isSet(jsonOption)) {
        const QJsonDocument doc
            = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        m_ctx.out << doc.toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        m_ctx.out << text << Qt::endl;
    }
    return Ok;
}

} // namespace kw::cli

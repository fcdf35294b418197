#include "pop/hours_entry.h"

#include "common/errors.h"
#include "pop/school_year.h"

#include <QCoreApplication>
#include <cmath>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Pop)
};

} // namespace

QList<HoursKind> hoursKinds()
{
    return {
        { QStringLiteral("training"), Text::tr("Training") },
        { QStringLiteral("coaching"), Text::tr("Coaching") },
        { QStringLiteral("intervisie"), Text::tr("Peer supervision") },
        { QStringLiteral("collegiale-consultatie"), Text::tr("Peer consultation") },
        { QStringLiteral("studiedag"), Text::tr("Study day") },
        { QStringLiteral("overig"), Text::tr("Other") },
    };
}

std::optional<HoursKind> hoursKind(const QString& id)
{
    for (const HoursKind& kind : hoursKinds()) {
        if (kind.id == id)
            return kind;
    }
    return std::nullopt;
}

int HoursEntry::schoolYear() const
{
    return schoolYearOf(date);
}

int TeacherSettings::ftePermilleIn(int schoolYear) const
{
    int permille = 0;
    for (const FteChange& change : fte) {
        if (change.fromYear <= schoolYear)
            permille = change.permille;
    }
    return permille;
}

namespace hours_rules {

Status validate(const HoursEntry& e)
{
    if (!e.date.isValid())
        return invalid(Text::tr("Choose the date of the activity."));
    if (e.schoolYear() < school_year::first || e.schoolYear() > school_year::last)
        return invalid(
            Text::tr("Choose a date in the school years %1 to %2.")
                .arg(schoolYearLabel(school_year::first), schoolYearLabel(school_year::last)));
    if (!hoursKind(e.kindId))
        return invalid(
            Text::tr("\"%1\" is not a kind of professionalisation activity.").arg(e.kindId));
    const QString description = e.description.trimmed();
    if (description.isEmpty())
        return invalid(Text::tr("Describe the activity in a few words."));
    if (description.size() > maxDescriptionLength)
        return invalid(Text::tr("The description is %1 characters long; the limit is %2.")
                           .arg(description.size())
                           .arg(maxDescriptionLength));
    if (e.planned < 0 || e.spent < 0)
        return invalid(Text::tr("Hours cannot be negative."));
    if (e.planned == 0 && e.spent == 0)
        return invalid(Text::tr("Enter the planned hours, the spent hours or both."));
    if (e.planned > maxMinutesPerEntry || e.spent > maxMinutesPerEntry)
        return invalid(
            Text::tr("One activity can count for at most %1 hours.").arg(maxMinutesPerEntry / 60));
    return {};
}

Status validateFte(int permille)
{
    if (permille < 1 || permille > 1000)
        return invalid(Text::tr("The FTE must be more than 0 and at most 1.0."));
    return {};
}

Status validateBirthYear(int birthYear, QDate today)
{
    const int latest = today.year() - 15;
    if (birthYear < 1930 || birthYear > latest)
        return invalid(Text::tr("Enter a birth year from 1930 to %1.").arg(latest));
    return {};
}

} // namespace hours_rules

std::optional<Minutes> parseHours(const QString& input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return Minutes(0);
    if (const qsizetype colon = text.indexOf(QLatin1Char(':')); colon > 0) {
        bool hoursOk = false;
        bool minutesOk = false;
        const qint64 h = text.left(colon).toLongLong(&hoursOk);
        const QString mm = text.mid(colon + 1);
        const qint64 m = mm.toLongLong(&minutesOk);
        if (!hoursOk || !minutesOk || mm.size() != 2 || h < 0 || h >= 1'000'000 || m < 0 || m > 59)
            return std::nullopt;
        return Minutes(h * 60 + m);
    }
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double hours = text.toDouble(&ok);
    if (!ok || !std::isfinite(hours) || std::abs(hours) >= 1e6)
        return std::nullopt;
    return Minutes(std::llround(hours * 60.0));
}

QString formatHours(Minutes minutes, const QLocale& locale)
{
    QString text = locale.toString(double(minutes) / 60.0, 'f', 2);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

} // namespace kw

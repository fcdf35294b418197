#include "teacher/pop/hours_ledger_model.h"

#include "pop/school_year.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::HoursLedgerModel)
};

} // namespace

HoursLedgerModel::HoursLedgerModel(QObject* parent)
    : JournalListModel(parent)
{ }

int HoursLedgerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString HoursLedgerModel::hoursText(Minutes minutes)
{
    return formatHours(minutes, QLocale());
}

QVariant HoursLedgerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HoursEntry& e = m_entries.at(index.row());
    switch (role) {
    case EntryIdRole:
        return e.id;
    case DayRole:
        return e.date.toString(Qt::ISODate);
    case DayLabelRole:
        return QLocale().toString(e.date, QStringLiteral("d MMM yyyy"));
    case KindIdRole:
        return e.kindId;
    case KindNameRole: {
        const auto kind = hoursKind(e.kindId);
        return kind ? kind->name : e.kindId;
    }
    case Qt::DisplayRole:
    case DescriptionRole:
        return e.description;
    case PlannedTextRole:
        return e.planned != 0 ? hoursText(e.planned) : QString();
    case SpentTextRole:
        return e.spent != 0 ? hoursText(e.spent) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> HoursLedgerModel::roleNames() const
{
    return { { EntryIdRole, "entryId" }, { DayRole, "day" }, { DayLabelRole, "dayLabel" },
        { KindIdRole, "kindId" }, { KindNameRole, "kindName" }, { DescriptionRole, "description" },
        { PlannedTextRole, "plannedText" }, { SpentTextRole, "spentText" } };
}

void HoursLedgerModel::setSchoolYear(int year)
{
    if (year == m_schoolYear)
        return;
    m_schoolYear = year;
    emit schoolYearChanged();
    refresh();
}

int HoursLedgerModel::shownYear() const
{
    if (m_schoolYear != 0)
        return m_schoolYear;
    return journal() ? schoolYearOf(journal()->clock().today()) : 0;
}

QString HoursLedgerModel::shownYearLabel() const
{
    return shownYear() != 0 ? schoolYearLabel(shownYear()) : QString();
}

QString HoursLedgerModel::overspentText() const
{
    return m_summary.overspent > 0 ? hoursText(m_summary.overspent) : QString();
}

double HoursLedgerModel::spentShare() const
{
    if (m_summary.available <= 0)
        return m_summary.spent > 0 ? 1.0 : 0.0;
    return std::min(1.0, double(m_summary.spent) / double(m_summary.available));
}

QVariantList HoursLedgerModel::expiring() const
{
    QVariantList list;
    for (const HoursTranche& t : m_summary.left) {
        list << QVariantMap { { QStringLiteral("hours"), hoursText(t.minutes) },
            { QStringLiteral("expires"),
                QLocale().toString(t.expires(), QStringLiteral("d MMMM yyyy")) },
            { QStringLiteral("expiresIso"), t.expires().toString(Qt::ISODate) } };
    }
    return list;
}

QString HoursLedgerModel::fteText() const
{
    const int permille = m_teacher.ftePermilleIn(shownYear());
    return permille > 0 ? QLocale().toString(permille / 1000.0, 'g', 4) : QString();
}

bool HoursLedgerModel::extraHours() const
{
    return store() && extraHoursApply(store()->profile().hoursPolicy, m_teacher, shownYear());
}

QString HoursLedgerModel::saveEntry(qint64 entryId, const QString& isoDay, const QString& kindId,
    const QString& description, const QString& planned, const QString& spent)
{
    if (!hours())
        return notOpenError();
    const auto plannedMinutes = parseHours(planned);
    const auto spentMinutes = parseHours(spent);
    if (!plannedMinutes || !spentMinutes)
        return Text::tr("Enter hours as a number, such as 2, 1,5 or 1:30.");
    HoursEntry e;
    e.id = entryId;
    e.date = QDate::fromString(isoDay, Qt::ISODate);
    e.kindId = kindId;
    e.description = description;
    e.planned = *plannedMinutes;
    e.spent = *spentMinutes;
    if (entryId != 0)
        return afterWrite(hours()->update(e));
    auto id = hours()->add(e);
    return afterWrite(id ? Status() : Status(id.error()));
}

QString HoursLedgerModel::removeEntry(qint64 entryId)
{
    return hours() ? afterWrite(hours()->remove(entryId)) : notOpenError();
}

QString HoursLedgerModel::setFte(const QString& fte)
{
    if (!hours())
        return notOpenError();
    QString text = fte.trimmed();
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return Text::tr("Enter your FTE as a number, such as 0,8 or 1.");
    return afterWrite(hours()->setFte(shownYear(), int(std::lround(value * 1000))));
}

QString HoursLedgerModel::setBirthYear(int year)
{
    return hours() ? afterWrite(hours()->setBirthYear(year)) : notOpenError();
}

QVariantList HoursLedgerModel::kinds() const
{
    QVariantList list;
    for (const HoursKind& kind : hoursKinds())
        list << QVariantMap { { QStringLiteral("id"), kind.id },
            { QStringLiteral("name"), kind.name } };
    return list;
}

int HoursLedgerModel::rowOf(qint64 entryId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == entryId)
            return row;
    }
    return -1;
}

void HoursLedgerModel::refresh()
{
    beginResetModel();
    m_entries.clear();
    m_summary = {};
    m_teacher = {};
    m_error.clear();
    if (HoursStore* store = hours()) {
        const int year = shownYear();
        auto entries = store->entries(year);
        auto summary = entries ? store->summary(year) : Result<HoursYearSummary>(entries.error());
        auto teacher = summary ? store->settings() : Result<TeacherSettings>(summary.error());
        if (teacher) {
            m_entries = *entries;
            m_summary = *summary;
            m_teacher = *teacher;
        } else {
            m_error = teacher.error().message;
        }
    }
    endResetModel();
    emit loaded();
}

} // namespace kw

#include "teacher/journal/reflection_list_model.h"

#include <QLocale>

namespace kw {

namespace {

/** Escapes the text for StyledText and turns the store's match markers into bold. */
QString richTextFor(const JournalEntry& e)
{
    const QString source = e.highlighted.isEmpty() ? e.reflection.text : e.highlighted;
    return source.toHtmlEscaped()
        .replace(QChar(1), QStringLiteral("<b><font color=\"#b04a00\">"))
        .replace(QChar(2), QStringLiteral("</font></b>"))
        .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QDate dateFrom(const QString& iso)
{
    return iso.isEmpty() ? QDate() : QDate::fromString(iso, Qt::ISODate);
}

} // namespace

ReflectionListModel::ReflectionListModel(QObject* parent)
    : JournalListModel(parent)
{ }

int ReflectionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ReflectionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry& e = m_entries.at(index.row());
    const Reflection& r = e.reflection;
    switch (role) {
    case ReflectionIdRole:
        return r.id;
    case Qt::DisplayRole:
    case TextRole:
        return r.text;
    case RichTextRole:
        return richTextFor(e);
    case DayRole:
        return r.day.toString(Qt::ISODate);
    case DayLabelRole:
        return QLocale().toString(r.day, QStringLiteral("ddd d MMM"));
    case WeekLabelRole:
        return weekLabel(r.day);
    case ValueIdsRole:
        return r.valueIds;
    case OutcomeRole:
        return r.outcome;
    case EnergyRole:
        return r.energy.value_or(0);
    case TagIdsRole:
        return r.tagIds;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReflectionListModel::roleNames() const
{
    return {
        { ReflectionIdRole, "reflectionId" },
        { TextRole, "plainText" },
        { RichTextRole, "richText" },
        { DayRole, "day" },
        { DayLabelRole, "dayLabel" },
        { WeekLabelRole, "weekLabel" },
        { ValueIdsRole, "valueIds" },
        { OutcomeRole, "outcome" },
        { EnergyRole, "energy" },
        { TagIdsRole, "tagIds" },
    };
}

QString ReflectionListModel::weekLabel(QDate day) const
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    const QDate sunday = monday.addDays(6);
    const QDate thisMonday = journal() ? journal()->clock().today() : QDate::currentDate();
    const qint64 weeksAgo = monday.daysTo(thisMonday.addDays(1 - thisMonday.dayOfWeek())) / 7;
    const QString range = QLocale().toString(monday, QStringLiteral("d MMM"))
        + QStringLiteral(" – ") + QLocale().toString(sunday, QStringLiteral("d MMM yyyy"));
    if (weeksAgo == 0)
        return tr("This week · %1").arg(range);
    if (weeksAgo == 1)
        return tr("Last week · %1").arg(range);
    return tr("Week %1 · %2").arg(monday.weekNumber()).arg(range);
}

bool ReflectionListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && store() && m_entries.size() < m_total;
}

void ReflectionListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    JournalQuery page = m_query;
    page.offset = int(m_entries.size());
    page.limit = pageSize;
    auto more = store()->list(page);
    if (!more) {
        m_error = more.error().message;
        emit loaded();
        return;
    }
    if (more->isEmpty()) {
        m_total = int(m_entries.size()); // the journal shrank under us; stop asking
        emit loaded();
        return;
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + more->size() - 1));
    m_entries << *more;
    endInsertRows();
}

void ReflectionListModel::refresh()
{
    beginResetModel();
    m_entries.clear();
    m_total = 0;
    m_error.clear();
    if (store()) {
        JournalQuery firstPage = m_query;
        firstPage.limit = pageSize;
        auto total = store()->count(m_query);
        auto rows = store()->list(firstPage);
        if (total && rows) {
            m_total = *total;
            m_entries = *rows;
        } else {
            m_error = (total ? rows.error() : total.error()).message;
        }
    }
    endResetModel();
    emit loaded();
}

void ReflectionListModel::setSearchText(const QString& text)
{
    if (text == m_query.search)
        return;
    const bool sameQuery = ftsQueryFor(text) == ftsQueryFor(m_query.search);
    m_query.search = text;
    emit filtersChanged();
    if (!sameQuery)
        refresh();
}

void ReflectionListModel::setValueFilter(const QStringList& ids)
{
    if (ids == m_query.valueIds)
        return;
    m_query.valueIds = ids;
    emit filtersChanged();
    refresh();
}

void ReflectionListModel::setFromDate(const QString& isoDate)
{
    const QDate day = dateFrom(isoDate);
    if (day == m_query.from)
        return;
    m_query.from = day;
    emit filtersChanged();
    refresh();
}

void ReflectionListModel::setToDate(const QString& isoDate)
{
    const QDate day = dateFrom(isoDate);
    if (day == m_query.to)
        return;
    m_query.to = day;
    emit filtersChanged();
    refresh();
}

bool ReflectionListModel::filtered() const
{
    return !ftsQueryFor(m_query.search).isEmpty() || !m_query.valueIds.isEmpty()
        || m_query.from.isValid() || m_query.to.isValid();
}

void ReflectionListModel::toggleValue(const QString& valueId)
{
    QStringList ids = m_query.valueIds;
    if (!ids.removeOne(valueId))
        ids << valueId;
    setValueFilter(ids);
}

void ReflectionListModel::clearFilters()
{
    m_query = JournalQuery {};
    emit filtersChanged();
    refresh();
}

int ReflectionListModel::rowOf(qint64 reflectionId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].reflection.id == reflectionId)
            return i;
    }
    return -1;
}

} // namespace kw

namespace kw {

qint64 ReflectionListModel::idAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].reflection.id : 0;
}

} // namespace kw

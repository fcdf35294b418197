#include "teacher/pop/goal_list_model.h"

#include "pop/school_year.h"

#include <QLocale>
#include <algorithm>

namespace kw {

namespace {

/** The order goals are shown in: what the teacher works on now first. */
int rank(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Actief:
        return 0;
    case GoalStatus::Idee:
        return 1;
    case GoalStatus::Afgerond:
        return 2;
    case GoalStatus::Losgelaten:
        return 3;
    }
    return 4;
}

} // namespace

GoalListModel::GoalListModel(QObject* parent)
    : JournalListModel(parent)
{ }

int GoalListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GoalListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Goal& g = row.goal;
    switch (role) {
    case GoalIdRole:
        return g.id;
    case Qt::DisplayRole:
    case TitleRole:
        return g.title;
    case StatusRole:
        return goalStatusId(g.status);
    case StatusNameRole:
        return goalStatusName(g.status);
    case ValueIdsRole:
        return g.valueIds;
    case ThemeNameRole: {
        const ProfileItem* theme = store()->profile().theme(g.themeId);
        return theme ? theme->name : QString();
    }
    case TargetDateRole:
        return g.targetDate.toString(Qt::ISODate);
    case TargetLabelRole:
        return g.targetDate.isValid()
            ? QLocale().toString(g.targetDate, QStringLiteral("d MMM yyyy"))
            : QString();
    case SchoolYearLabelRole:
        return schoolYearLabel(g.schoolYear);
    case ActionsDoneRole:
        return row.progress.actionsDone;
    case ActionsTotalRole:
        return row.progress.actionsTotal;
    case EvidenceCountRole:
        return row.progress.evidenceCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> GoalListModel::roleNames() const
{
    return { { GoalIdRole, "goalId" }, { TitleRole, "title" }, { StatusRole, "status" },
        { StatusNameRole, "statusName" }, { ValueIdsRole, "valueIds" },
        { ThemeNameRole, "themeName" }, { TargetDateRole, "targetDate" },
        { TargetLabelRole, "targetLabel" }, { SchoolYearLabelRole, "schoolYearLabel" },
        { ActionsDoneRole, "actionsDone" }, { ActionsTotalRole, "actionsTotal" },
        { EvidenceCountRole, "evidenceCount" } };
}

void GoalListModel::setSchoolYear(int year)
{
    if (year == m_schoolYear)
        return;
    m_schoolYear = year;
    emit filterChanged();
    refresh();
}

void GoalListModel::setReflectionId(qint64 id)
{
    if (id == m_reflectionId)
        return;
    m_reflectionId = id;
    emit filterChanged();
    refresh();
}

int GoalListModel::currentYear() const
{
    return journal() ? schoolYearOf(journal()->clock().today()) : 0;
}

int GoalListModel::shownYear() const
{
    return m_schoolYear != 0 ? m_schoolYear : currentYear();
}

QString GoalListModel::shownYearLabel() const
{
    const int year = shownYear();
    return year != 0 ? schoolYearLabel(year) : QString();
}

int GoalListModel::activeCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const Row& r) { return r.goal.status == GoalStatus::Actief; }));
}

qint64 GoalListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).goal.id : 0;
}

bool GoalListModel::contains(qint64 goalId) const
{
    return std::any_of(
        m_rows.cbegin(), m_rows.cend(), [goalId](const Row& r) { return r.goal.id == goalId; });
}

void GoalListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    if (PopStore* pop = this->pop()) {
        GoalQuery query;
        query.schoolYear = shownYear();
        auto goals
            = m_reflectionId != 0 ? pop->goalsForReflection(m_reflectionId) : pop->goals(query);
        if (goals) {
            for (const Goal& g : *goals) {
                auto progress = pop->progress(g.id);
                if (!progress) {
                    m_error = progress.error().message;
                    m_rows.clear();
                    break;
                }
                m_rows << Row { g, *progress };
            }
            std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
                return rank(a.goal.status) < rank(b.goal.status);
            });
        } else {
            m_error = goals.error().message;
        }
    } else if (journal()) {
        m_error = journal()->openError();
    }
    endResetModel();
    emit loaded();
}

} // namespace kw

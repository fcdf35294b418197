#include "hr/hr_sources_model.h"

#include "hr/figure_labels.h"

#include <algorithm>

namespace kw {

HrSourcesModel::HrSourcesModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void HrSourcesModel::setDashboard(HrDashboard* dashboard)
{
    if (!followDashboard(this, m_dashboard, dashboard, &HrSourcesModel::refresh))
        return;
    emit dashboardChanged();
    refresh();
}

void HrSourcesModel::setListId(const QString& id)
{
    if (id == m_listId)
        return;
    m_listId = id;
    refresh();
}

void HrSourcesModel::setTeamId(const QString& id)
{
    if (id == m_teamId)
        return;
    m_teamId = id;
    refresh();
}

const hr::ReportRow* HrSourcesModel::rowOf(
    hr::Dimension dimension, const QString& cell, const QString& option) const
{
    if (!m_dashboard)
        return nullptr;
    return m_dashboard->row(m_dashboard->periodIndex(), dimension, cell,
        QStringLiteral("choice.%1.%2").arg(m_listId, option));
}

void HrSourcesModel::refresh()
{
    beginResetModel();
    m_options.clear();
    const SchoolProfile* profile = m_dashboard ? m_dashboard->profile() : nullptr;
    const ChoiceList* list = profile ? findChoiceList(profile->choiceLists, m_listId) : nullptr;
    if (list) {
        for (const ChoiceOption& option : list->options)
            m_options << Option { option.id, option.name };
        const auto shareOf = [this](const Option& o) {
            const hr::ReportRow* row = rowOf(hr::Dimension::School, {}, o.id);
            return row && row->released() ? row->statistics.share.value_or(-1) : -1.0;
        };
        std::stable_sort(m_options.begin(), m_options.end(),
            [&](const Option& a, const Option& b) { return shareOf(a) > shareOf(b); });
    }
    endResetModel();
    emit changed();
}

QString HrSourcesModel::question() const
{
    const SchoolProfile* profile = m_dashboard ? m_dashboard->profile() : nullptr;
    const ChoiceList* list = profile ? findChoiceList(profile->choiceLists, m_listId) : nullptr;
    return list ? list->question.text() : QString();
}

QVariantList HrSourcesModel::teams() const
{
    QVariantList out;
    const SchoolProfile* profile = m_dashboard ? m_dashboard->profile() : nullptr;
    if (profile) {
        for (const ProfileItem& team : profile->teams)
            out << QVariantMap { { QStringLiteral("id"), team.id },
                { QStringLiteral("name"), team.name } };
    }
    return out;
}

QString HrSourcesModel::teamName() const
{
    const SchoolProfile* profile = m_dashboard ? m_dashboard->profile() : nullptr;
    return profile && !m_teamId.isEmpty() ? hr::cellName(*profile, hr::Dimension::Team, m_teamId)
                                          : QString();
}

QString HrSourcesModel::basisOf(hr::Dimension dimension, const QString& cell) const
{
    if (!m_dashboard || m_listId.isEmpty())
        return {};
    const hr::ReportRow* asked = m_dashboard->row(
        m_dashboard->periodIndex(), dimension, cell, QStringLiteral("asked.") + m_listId);
    if (!asked)
        return tr("No figure in this period's release.");
    if (!asked->released())
        return asked->withheldText();
    return tr("Share of %1 check-ins by %2 colleagues.")
        .arg(asked->statistics.total.value_or(0))
        .arg(asked->statistics.n);
}

QString HrSourcesModel::teamBasis() const
{
    return m_teamId.isEmpty() ? QString() : basisOf(hr::Dimension::Team, m_teamId);
}

double HrSourcesModel::largestShare() const
{
    double largest = 0;
    for (const Option& o : m_options) {
        for (const hr::ReportRow* row : { rowOf(hr::Dimension::School, {}, o.id),
                 m_teamId.isEmpty() ? nullptr : rowOf(hr::Dimension::Team, m_teamId, o.id) }) {
            if (row && row->released())
                largest = std::max(largest, row->statistics.share.value_or(0));
        }
    }
    return largest;
}

int HrSourcesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_options.size());
}

QVariant HrSourcesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Option& o = m_options[index.row()];
    const bool team = role == TeamShareRole || role == TeamTextRole || role == TeamReasonRole;
    if (team && m_teamId.isEmpty())
        return role == TeamShareRole ? QVariant(-1.0) : QVariant(QString());
    const hr::ReportRow* row = team ? rowOf(hr::Dimension::Team, m_teamId, o.id)
                                    : rowOf(hr::Dimension::School, {}, o.id);
    const bool released = row && row->released() && row->statistics.share;
    switch (Role(role)) {
    case OptionIdRole:
        return o.id;
    case NameRole:
        return o.name;
    case SchoolShareRole:
    case TeamShareRole:
        return released ? *row->statistics.share : -1.0;
    case SchoolTextRole:
    case TeamTextRole:
        return released ? figure_labels::value(*row) : QString();
    case SchoolReasonRole:
    case TeamReasonRole:
        return !row ? tr("No figure in this period's release.") : row->withheldText();
    }
    return {};
}

QHash<int, QByteArray> HrSourcesModel::roleNames() const
{
    return { { OptionIdRole, "optionId" }, { NameRole, "name" }, { SchoolShareRole, "schoolShare" },
        { SchoolTextRole, "schoolText" }, { SchoolReasonRole, "schoolReason" },
        { TeamShareRole, "teamShare" }, { TeamTextRole, "teamText" },
        { TeamReasonRole, "teamReason" } };
}

} // namespace kw

#include "teacher/pop/goal_editor.h"

#include "pop/school_year.h"

namespace kw {

GoalEditor::GoalEditor(QObject* parent)
    : QObject(parent)
{ }

void GoalEditor::setJournal(JournalService* journal)
{
    if (m_journal == journal)
        return;
    m_journal = journal;
    emit journalChanged();
}

PopStore* GoalEditor::pop()
{
    if (m_journal && m_journal->pop())
        return m_journal->pop();
    setError(m_journal ? m_journal->openError() : QString());
    return nullptr;
}

void GoalEditor::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorTextChanged();
}

void GoalEditor::changed()
{
    setError({}); // fixing what was wrong clears the message
    emit contentChanged();
}

void GoalEditor::setTitle(const QString& title)
{
    if (title == m_goal.title)
        return;
    m_goal.title = title;
    changed();
}

void GoalEditor::setValueIds(const QStringList& ids)
{
    if (ids == m_goal.valueIds)
        return;
    m_goal.valueIds = ids;
    changed();
}

void GoalEditor::toggleValue(const QString& valueId)
{
    QStringList ids = m_goal.valueIds;
    if (!ids.removeOne(valueId))
        ids << valueId;
    setValueIds(ids);
}

void GoalEditor::setThemeId(const QString& id)
{
    if (id == m_goal.themeId)
        return;
    m_goal.themeId = id;
    changed();
}

QString GoalEditor::themeName() const
{
    if (!m_journal || !m_journal->store())
        return {};
    const ProfileItem* theme = m_journal->store()->profile().theme(m_goal.themeId);
    return theme ? theme->name : QString();
}

void GoalEditor::setSuccessCriteria(const QString& text)
{
    if (text == m_goal.successCriteria)
        return;
    m_goal.successCriteria = text;
    changed();
}

void GoalEditor::setTargetDate(const QString& isoDay)
{
    const QDate day = QDate::fromString(isoDay, Qt::ISODate);
    if (day == m_goal.targetDate)
        return;
    m_goal.targetDate = day;
    changed();
}

void GoalEditor::setStatus(const QString& statusId)
{
    const auto status = goalStatusFromId(statusId);
    if (!status || *status == m_goal.status)
        return;
    m_goal.status = *status;
    changed();
}

QString GoalEditor::schoolYearLabel() const
{
    return m_goal.schoolYear != 0 ? kw::schoolYearLabel(m_goal.schoolYear) : QString();
}

QVariantList GoalEditor::statuses() const
{
    QVariantList list;
    for (GoalStatus s : allGoalStatuses())
        list << QVariantMap { { QStringLiteral("id"), goalStatusId(s) },
            { QStringLiteral("name"), goalStatusName(s) } };
    return list;
}

QVariantList GoalEditor::themes() const
{
    QVariantList list;
    if (!m_journal || !m_journal->store())
        return list;
    for (const ProfileItem& theme : m_journal->store()->profile().themes)
        list << QVariantMap { { QStringLiteral("id"), theme.id },
            { QStringLiteral("name"), theme.name } };
    return list;
}

void GoalEditor::startNew(int schoolYear)
{
    m_goal = Goal {};
    m_goal.status = GoalStatus::Actief;
    m_goal.schoolYear
        = schoolYear != 0 || !m_journal ? schoolYear : schoolYearOf(m_journal->clock().today());
    setError({});
    emit loaded();
    emit contentChanged();
}

bool GoalEditor::edit(qint64 goalId)
{
    PopStore* store = pop();
    if (!store)
        return false;
    auto goal = store->goal(goalId);
    if (!goal) {
        setError(goal.error().message);
        return false;
    }
    m_goal = *goal;
    setError({});
    emit loaded();
    emit contentChanged();
    return true;
}

bool GoalEditor::save()
{
    PopStore* store = pop();
    if (!store)
        return false;
    if (m_goal.id == 0) {
        auto id = store->addGoal(m_goal);
        if (!id) {
            setError(id.error().message);
            return false;
        }
        m_goal.id = *id;
        emit loaded();
    } else if (Status s = store->updateGoal(m_goal); !s) {
        setError(s.error().message);
        return false;
    }
    setError({});
    m_journal->notifyChanged();
    emit saved(m_goal.id);
    return true;
}

bool GoalEditor::saveStatus(const QString& statusId)
{
    PopStore* store = pop();
    const auto status = goalStatusFromId(statusId);
    if (!store || !status || m_goal.id == 0)
        return false;
    if (Status s = store->setStatus(m_goal.id, *status); !s) {
        setError(s.error().message);
        return false;
    }
    m_goal.status = *status;
    emit contentChanged();
    m_journal->notifyChanged();
    return true;
}

bool GoalEditor::remove(bool confirmed)
{
    PopStore* store = pop();
    if (!store || m_goal.id == 0)
        return false;
    const Status s = store->removeGoal(
        m_goal.id, confirmed ? RemoveMode::EvenWithEvidence : RemoveMode::RefuseWithEvidence);
    if (!s) {
        setError(s.error().message);
        return false;
    }
    m_goal = Goal {};
    setError({});
    emit loaded();
    emit contentChanged();
    m_journal->notifyChanged();
    emit removed();
    return true;
}

} // namespace kw

#include "teacher/wellbeing/checkin_form.h"

#include <QLocale>

namespace kw {

CheckinForm::CheckinForm(QObject* parent)
    : QObject(parent)
{ }

void CheckinForm::setJournal(JournalService* journal)
{
    if (m_journal == journal)
        return;
    m_journal = journal;
    emit journalChanged();
    load();
}

void CheckinForm::setInstrumentId(const QString& id)
{
    if (id == m_instrumentId)
        return;
    m_instrumentId = id;
    load();
}

void CheckinForm::load()
{
    m_instrument = nullptr;
    m_answeredBefore = false;
    if (m_journal && m_journal->store())
        m_instrument = findInstrument(m_journal->store()->profile().instruments, m_instrumentId);
    if (m_instrument) {
        m_period = periodOf(m_instrument->period, m_journal->clock().today());
        auto latest = m_journal->checkins()->latest(m_instrumentId);
        m_answeredBefore
            = latest && latest->has_value() && latest->value().period.start == m_period.start;
    }
    m_answers = Answers(m_instrument ? m_instrument->items.size() : 0, std::nullopt);
    m_selections.clear();
    m_error.clear();
    m_done = false;
    emit instrumentChanged();
    emit answersChanged();
    emit resultChanged();
}

void CheckinForm::reset()
{
    load();
}

QString CheckinForm::title() const
{
    return m_instrument ? m_instrument->name.text() : QString();
}

QString CheckinForm::intro() const
{
    return m_instrument ? m_instrument->intro.text() : QString();
}

QString CheckinForm::periodLabel() const
{
    if (!m_instrument)
        return {};
    return QLocale().toString(m_period.start, QStringLiteral("d MMM")) + QStringLiteral(" – ")
        + QLocale().toString(m_period.end, QStringLiteral("d MMM yyyy"));
}

QVariantList CheckinForm::items() const
{
    QVariantList list;
    if (!m_instrument)
        return list;
    for (const InstrumentItem& item : m_instrument->items)
        list << QVariantMap { { QStringLiteral("id"), item.id },
            { QStringLiteral("text"), item.text.text() } };
    return list;
}

QString CheckinForm::anchorText(int value) const
{
    if (!m_instrument)
        return {};
    for (const ScaleAnchor& a : m_instrument->scale.anchors) {
        if (a.value == value)
            return a.label.text();
    }
    return {};
}

QString CheckinForm::lowLabel() const
{
    return anchorText(scaleMin());
}

QString CheckinForm::highLabel() const
{
    return anchorText(scaleMax());
}

QVariantList CheckinForm::choiceLists() const
{
    QVariantList lists;
    if (!m_instrument)
        return lists;
    const SchoolProfile& profile = m_journal->store()->profile();
    for (const QString& listId : m_instrument->choiceListIds) {
        const ChoiceList* list = findChoiceList(profile.choiceLists, listId);
        if (!list)
            continue;
        QVariantList options;
        for (const ChoiceOption& o : list->options)
            options << QVariantMap { { QStringLiteral("id"), o.id },
                { QStringLiteral("name"), o.name } };
        lists << QVariantMap { { QStringLiteral("id"), list->id },
            { QStringLiteral("question"), list->question.text() },
            { QStringLiteral("options"), options } };
    }
    return lists;
}

QVariantList CheckinForm::answers() const
{
    QVariantList list;
    for (const std::optional<int>& a : m_answers)
        list << (a ? *a : -1);
    return list;
}

QVariantMap CheckinForm::selections() const
{
    QVariantMap map;
    for (auto it = m_selections.cbegin(); it != m_selections.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

int CheckinForm::openCount() const
{
    return int(std::count(m_answers.cbegin(), m_answers.cend(), std::nullopt));
}

void CheckinForm::setAnswer(int item, int value)
{
    if (item < 0 || item >= m_answers.size() || m_done)
        return;
    m_answers[item] = m_answers[item] == value ? std::nullopt : std::optional<int>(value);
    m_error.clear();
    emit answersChanged();
    emit resultChanged();
}

void CheckinForm::toggleChoice(const QString& listId, const QString& optionId)
{
    if (m_done)
        return;
    QStringList& picked = m_selections[listId];
    if (!picked.removeOne(optionId))
        picked << optionId;
    if (picked.isEmpty())
        m_selections.remove(listId);
    emit answersChanged();
}

bool CheckinForm::save()
{
    if (!m_instrument || !m_journal || !m_journal->checkins()) {
        m_error = m_journal ? m_journal->openError() : QString();
        emit resultChanged();
        return false;
    }
    auto saved = m_journal->checkins()->add(
        CheckinInput { m_instrumentId, m_journal->clock().today(), m_answers, m_selections });
    if (!saved) {
        m_error = saved.error().message; // the answers stay on screen
        emit resultChanged();
        return false;
    }
    m_result = saved->checkin;
    m_done = true;
    m_answeredBefore = true;
    m_error.clear();
    m_journal->notifyChanged();
    emit resultChanged();
    return true;
}

QString CheckinForm::scoreText() const
{
    if (!m_done || !m_instrument)
        return {};
    if (m_instrument->scoring.kind == ScoringRule::Kind::SumTimes)
        return tr("%1 out of %2").arg(qRound(m_result.score)).arg(qRound(m_instrument->maxScore()));
    return tr("average %1 out of %2")
        .arg(QLocale().toString(m_result.score, 'f', 1))
        .arg(m_instrument->scale.max);
}

QVariantList CheckinForm::supportContacts() const
{
    QVariantList list;
    if (!m_done || m_result.band == Band::Ok || !m_journal || !m_journal->store())
        return list;
    for (const SupportContact& c : m_journal->store()->profile().supportContacts)
        list << QVariantMap { { QStringLiteral("role"), c.role },
            { QStringLiteral("name"), c.name }, { QStringLiteral("reach"), c.reach } };
    return list;
}

} // namespace kw

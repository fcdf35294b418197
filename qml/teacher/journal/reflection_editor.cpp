#include "teacher/journal/reflection_editor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace kw {

const QString ReflectionEditor::draftKey = QStringLiteral("draft/new-reflection");

namespace {

QJsonObject draftJson(const Reflection& r)
{
    return { { QStringLiteral("text"), r.text },
        { QStringLiteral("day"), r.day.toString(Qt::ISODate) },
        { QStringLiteral("values"), QJsonArray::fromStringList(r.valueIds) },
        { QStringLiteral("outcome"), r.outcome },
        { QStringLiteral("energy"), r.energy.value_or(0) },
        { QStringLiteral("tags"), QJsonArray::fromStringList(r.tagIds) } };
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out << item.toString();
    return out;
}

Reflection reflectionFromDraft(const QJsonObject& o, QDate today)
{
    Reflection r;
    r.text = o.value(QStringLiteral("text")).toString();
    r.day = QDate::fromString(o.value(QStringLiteral("day")).toString(), Qt::ISODate);
    if (!r.day.isValid())
        r.day = today;
    r.valueIds = strings(o.value(QStringLiteral("values")));
    r.outcome = o.value(QStringLiteral("outcome")).toInt();
    if (const int energy = o.value(QStringLiteral("energy")).toInt(); energy > 0)
        r.energy = energy;
    r.tagIds = strings(o.value(QStringLiteral("tags")));
    return r;
}

bool isEmptyDraft(const Reflection& r)
{
    return r.text.trimmed().isEmpty() && r.valueIds.isEmpty() && r.outcome == 0 && !r.energy
        && r.tagIds.isEmpty();
}

} // namespace

ReflectionEditor::ReflectionEditor(QObject* parent)
    : QObject(parent)
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(400);
    connect(&m_draftTimer, &QTimer::timeout, this, &ReflectionEditor::writeDraft);
    // The app may be closed at any moment: whatever was typed since the last tick goes to disk.
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
        &ReflectionEditor::writeDraft);
}

ReflectionEditor::~ReflectionEditor()
{
    writeDraft();
}

QString ReflectionEditor::createdLabel() const
{
    return m_r.created.isValid()
        ? QLocale().toString(m_r.created.toLocalTime(), QLocale::ShortFormat)
        : QString();
}

QString ReflectionEditor::editedLabel() const
{
    return m_r.edited.isValid() && m_r.edited != m_r.created
        ? QLocale().toString(m_r.edited.toLocalTime(), QLocale::ShortFormat)
        : QString();
}

void ReflectionEditor::setJournal(JournalService* journal)
{
    if (m_journal == journal)
        return;
    m_journal = journal;
    emit journalChanged();
}

void ReflectionEditor::startNew()
{
    writeDraft();
    m_r = Reflection {};
    m_r.day = m_journal ? m_journal->clock().today() : QDate::currentDate();
    m_restoredDraft = false;
    if (m_journal && m_journal->store()) {
        auto draft = m_journal->appState()->value(draftKey);
        if (draft && draft->has_value()) {
            const auto doc = QJsonDocument::fromJson(draft->value().toUtf8());
            m_r = reflectionFromDraft(doc.object(), m_r.day);
            m_restoredDraft = !isEmptyDraft(m_r);
        }
    }
    m_draftDirty = false;
    setError({});
    emit loaded();
    emit contentChanged();
}

bool ReflectionEditor::edit(qint64 reflectionId)
{
    writeDraft();
    if (!m_journal || !m_journal->store()) {
        setError(m_journal ? m_journal->openError() : QString());
        return false;
    }
    auto r = m_journal->store()->get(reflectionId);
    if (!r) {
        setError(r.error().message);
        return false;
    }
    m_r = *r;
    m_restoredDraft = false;
    m_draftDirty = false;
    setError({});
    emit loaded();
    emit contentChanged();
    return true;
}

void ReflectionEditor::changed()
{
    if (!editing()) {
        m_draftDirty = true;
        m_draftTimer.start();
    }
    if (!m_error.isEmpty())
        setError({});
    emit contentChanged();
}

void ReflectionEditor::setText(const QString& text)
{
    if (text == m_r.text)
        return;
    m_r.text = text;
    changed();
}

void ReflectionEditor::setDay(const QString& isoDay)
{
    const QDate day = QDate::fromString(isoDay, Qt::ISODate);
    if (day == m_r.day)
        return;
    m_r.day = day;
    changed();
}

void ReflectionEditor::setValueIds(const QStringList& ids)
{
    if (ids == m_r.valueIds)
        return;
    m_r.valueIds = ids;
    changed();
}

void ReflectionEditor::setOutcome(int outcome)
{
    if (outcome == m_r.outcome)
        return;
    m_r.outcome = outcome;
    changed();
}

void ReflectionEditor::setEnergy(int energy)
{
    const std::optional<int> value = energy > 0 ? std::optional<int>(energy) : std::nullopt;
    if (value == m_r.energy)
        return;
    m_r.energy = value;
    changed();
}

void ReflectionEditor::setTagIds(const QStringList& ids)
{
    if (ids == m_r.tagIds)
        return;
    m_r.tagIds = ids;
    changed();
}

void ReflectionEditor::toggleValue(const QString& valueId)
{
    QStringList ids = m_r.valueIds;
    if (!ids.removeOne(valueId))
        ids << valueId;
    setValueIds(ids);
}

void ReflectionEditor::toggleTag(const QString& tagId)
{
    QStringList ids = m_r.tagIds;
    if (!ids.removeOne(tagId))
        ids << tagId;
    setTagIds(ids);
}

bool ReflectionEditor::save()
{
    if (!m_journal || !m_journal->store()) {
        setError(m_journal ? m_journal->openError() : QString());
        return false;
    }
    JournalStore& store = *m_journal->store();
    qint64 id = m_r.id;
    if (editing()) {
        if (Status s = store.update(m_r); !s) {
            setError(s.error().message);
            return false;
        }
    } else {
        writeDraft(); // if saving fails below, the draft on disk is what the teacher sees now
        auto added = store.add(m_r);
        if (!added) {
            setError(added.error().message);
            return false;
        }
        id = *added;
        m_draftTimer.stop();
        m_draftDirty = false;
        (void)m_journal->appState()->remove(
            draftKey); // a stale draft only costs a "restored" notice
    }
    m_journal->notifyChanged();
    emit saved(id);
    return true;
}

void ReflectionEditor::discard()
{
    m_draftTimer.stop();
    m_draftDirty = false;
    if (!editing() && m_journal && m_journal->store())
        (void)m_journal->appState()->remove(draftKey);
    startNew();
}

void ReflectionEditor::writeDraft()
{
    if (!m_draftDirty || editing() || !m_journal || !m_journal->store())
        return;
    m_draftTimer.stop();
    AppStateStore& state = *m_journal->appState();
    Status s = isEmptyDraft(m_r)
        ? state.remove(draftKey)
        : state.setValue(draftKey,
            QString::fromUtf8(QJsonDocument(draftJson(m_r)).toJson(QJsonDocument::Compact)));
    if (s)
        m_draftDirty = false;
}

void ReflectionEditor::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorTextChanged();
}

} // namespace kw
